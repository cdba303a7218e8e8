/**
 * `npm run demo`: opens the French demo article in Chromium with the freshly built extension,
 * waits for its claim highlights, saves `demo-screenshot.png` (in the working directory) and
 * prints what was highlighted. Headed when a display exists (then stays open until the window is
 * closed or Ctrl-C), headless otherwise. Reuses the end-to-end harness through static imports,
 * so the launch flags and the fixture server live in one place, and the type check and the
 * unused-code check see every helper the demo needs (a dynamic import hid one from knip, which
 * then had it made private, and the demo broke).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ChromiumExtensionBrowser, launchChromium } from '../tests/e2e/harness/chromium';
import { articleStates, waitForClaimHighlights } from '../tests/e2e/harness/page-helpers';
import { FIXTURES_DIR } from '../tests/e2e/harness/paths';
import { startFixtureServer } from '../tests/e2e/harness/server';

const HIGHLIGHT_WAIT_MS = 10_000;
const ARTICLE = 'articles/demo-fr.html';
const SCREENSHOT = resolve('demo-screenshot.png');

async function main(): Promise<number> {
  if (!existsSync(join(FIXTURES_DIR, ARTICLE))) {
    console.error(`Missing fixture tests/fixtures/${ARTICLE}.`);
    return 1;
  }
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const server = await startFixtureServer();
  let browser: ChromiumExtensionBrowser;
  try {
    browser = await launchChromium({ headless: !headed });
  } catch (error) {
    // Missing browser or build: the message says what to install or run.
    console.error(error instanceof Error ? error.message : error);
    await server.close();
    return 1;
  }

  const page = await browser.newPage(server.url(ARTICLE));
  const highlighted = await waitForClaimHighlights(page, HIGHLIGHT_WAIT_MS).then(
    () => true,
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`No claim highlighted after ${HIGHLIGHT_WAIT_MS / 1000} s (${reason}).`);
      return false;
    },
  );
  await page.screenshot(SCREENSHOT, { fullPage: true });

  // What the popup would show: the page state reported by the content script.
  const probe = await browser.openExtensionPage('review.html');
  const [state] = await articleStates(probe);
  await probe.close();
  if (state?.article) {
    const { article } = state;
    const claims = [
      ...state.headline.map((claim) => ({ ...claim, place: 'headline ' })),
      ...state.claims.map((claim) => ({ ...claim, place: '' })),
    ];
    console.log(`Article: ${article.title}`);
    console.log(
      `  language ${article.lang}, by ${article.byline ?? '?'}, published ${article.publishedTime ?? '?'}`,
    );
    console.log(`  canonical URL ${article.url}`);
    console.log(`Highlighted claims (${claims.length}):`);
    for (const [index, claim] of claims.entries()) {
      console.log(`  ${index + 1}. ${claim.place}[${claim.score.toFixed(2)}] ${claim.text}`);
      console.log(`     why: ${claim.reasons.join(', ')}`);
    }
  } else {
    console.log('The extension found no article on the demo page.');
  }
  const errors = await page.consoleErrors();
  if (errors.length > 0) console.warn(`Console errors on the page:\n  ${errors.join('\n  ')}`);
  console.log(`Screenshot: ${SCREENSHOT}`);

  if (headed) {
    console.log('Browser open: close its window or press Ctrl-C to quit.');
    process.once('SIGINT', () => void browser.close());
    await browser.whenClosed();
  }
  await browser.close();
  await server.close();
  return highlighted && state?.article ? 0 : 1;
}

process.exitCode = await main();
