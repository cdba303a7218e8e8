/**
 * The demo article's claim the claim-memory scenarios check first (issue #16): its text, its
 * rewording on the republished copy (page-variants.ts), and the steps that check it "false"
 * with a Tass source, shared by claim-memory.test.ts and memory-marks.test.ts.
 */
import { actInCard, openCardOn, waitForCardClosed, waitForSaved } from './card';
import { waitForClaimHighlights } from './page-helpers';
import type { ExtensionBrowser } from './types';

export const DEMO_CLAIM =
  'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.';
export const DEMO_CLAIM_REWORDED =
  'La justice russe a retiré en avril 2025 les talibans de sa liste des « organisations terroristes ».';
export const TASS_SOURCE = 'https://tass.example/afghanistan/2025-04-17';

/** Opens the demo article at `demoUrl`, checks DEMO_CLAIM "false" with the Tass source, and closes it once saved. */
export async function checkDemoClaimFalse(browser: ExtensionBrowser, demoUrl: string): Promise<void> {
  const demo = await browser.newPage(demoUrl);
  await waitForClaimHighlights(demo);
  await openCardOn(demo, DEMO_CLAIM);
  await actInCard(demo, [
    { kind: 'click', selector: 'input[value="false"]' },
    { kind: 'click', selector: '.fm-sources > .fm-button' },
    { kind: 'input', selector: 'input[type="url"]', value: TASS_SOURCE },
    { kind: 'input', selector: 'input[id$="-title"]', value: 'Tass' },
  ]);
  await waitForSaved(demo);
  await demo.press('Escape');
  await waitForCardClosed(demo);
  await demo.close();
}
