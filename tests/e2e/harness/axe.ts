/**
 * Accessibility checks with axe-core in the real browsers: the library runs in the page's main
 * world (addScriptFile), on the whole document of an extension page, or in the card's frame
 * (reached through the remote protocol, as the card page object does).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { CARD_PAGE } from './card';
import type { FrameFunction } from './closed-root';
import type { PageHandle } from './types';

const AXE_FILE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One broken rule: its id, what it asks, and the first offending nodes. */
export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

interface AxeGlobal {
  run(
    context: Element | Document,
    options: object,
  ): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }>;
}

async function ensureAxe(page: PageHandle): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptFile(AXE_FILE);
}

/** axe-core's violations on the whole page (WCAG 2.x A and AA rules and best practices). */
export async function axeViolations(page: PageHandle): Promise<AxeViolation[]> {
  await ensureAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeGlobal }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => node.html),
    }));
  });
}

/**
 * axe-core's violations in the card, an extension page in a frame (`/card.html`): axe runs in
 * the frame's own document, with its styles, injected through the remote protocol (the extension
 * page's policy forbids loading it any other way); null when no card is open.
 */
export async function axeViolationsInCard(page: PageHandle): Promise<AxeViolation[] | null> {
  const source = await readFile(AXE_FILE, 'utf8');
  // Built here, in Node, never in the page: the frame receives it as the function to run.
  const run = new Function(
    'document',
    `${source}
    ;return axe.run(document, { resultTypes: ['violations'] }).then((result) =>
      result.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.slice(0, 3).map((node) => node.html),
      })));`,
  ) as FrameFunction<null, AxeViolation[]>;
  return page.inExtensionFrame(CARD_PAGE, run);
}
