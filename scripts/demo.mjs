/**
 * `npm run demo`: opens the French demo article in Chromium with the freshly built extension,
 * waits for its claim highlights, saves `demo-screenshot.png` and prints what was highlighted.
 * Headed when a display exists (then stays open until the window is closed or Ctrl-C),
 * headless otherwise. Reuses the end-to-end harness (TypeScript, loaded through tsx) so the
 * launch flags and the fixture server live in one place.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const HIGHLIGHT_WAIT_MS = 10_000;
const ARTICLE = 'articles/demo-fr.html';
const SCREENSHOT = resolve('demo-screenshot.png');

const harness = (path) => tsImport(`../tests/e2e/harness/${path}`, import.meta.url);
const [{ launchChromium }, { startFixtureServer }, { FIXTURES_DIR }, pageHelpers] = await Promise.all([
  harness('chromium.ts'),
  harness('server.ts'),
  harness('paths.ts'),
  harness('page-helpers.ts'),
]);

if (!existsSync(join(FIXTURES_DIR, ARTICLE))) {
  console.error(`Missing fixture tests/fixtures/${ARTICLE}.`);
  process.exit(1);
}

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await startFixtureServer();
let browser;
try {
  browser = await launchChromium({ headless: !headed });
} catch (error) {
  // Missing browser or build: the message says what to install or run.
  console.error(error instanceof Error ? error.message : error);
  await server.close();
  process.exit(1);
}

const page = await browser.newPage(server.url(ARTICLE));
const highlighted = await pageHelpers.waitForClaimHighlights(page, HIGHLIGHT_WAIT_MS).then(
  () => true,
  (error) => {
    console.warn(`No claim highlighted after ${HIGHLIGHT_WAIT_MS / 1000} s (${error.message}).`);
    return false;
  },
);
await page.screenshot(SCREENSHOT, { fullPage: true });

// What the popup would show: the page state reported by the content script.
const probe = await browser.openExtensionPage('review.html');
const [state] = await pageHelpers.articleStates(probe);
await probe.close();
if (state?.article) {
  const { article, claims } = state;
  console.log(`Article: ${article.title}`);
  console.log(
    `  language ${article.lang}, by ${article.byline ?? '?'}, published ${article.publishedTime ?? '?'}`,
  );
  console.log(`  canonical URL ${article.url}`);
  console.log(`Highlighted claims (${claims.length}):`);
  for (const [index, claim] of claims.entries()) {
    console.log(`  ${index + 1}. [${claim.score.toFixed(2)}] ${claim.text}`);
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
process.exitCode = highlighted ? 0 : 1;
