/**
 * The content script's pipeline finds the article in the page and has the background score its
 * claims: it must send exactly the extracted text and language, and its result must be exactly
 * `detectClaims` on them (same sentences, scores, reasons and order).
 */
import { expect, test, vi } from 'vitest';
import { detectClaims } from '../../../../core/claims/detect-claims';
import type { BackgroundRequest } from '../../../../core/messaging/protocol';
import { analysePage } from '../../../../extension/content/analyse-page';
import { articlePage, fixtureHtml, parse } from '../../core/article/fixtures';

const sent: BackgroundRequest[] = [];
vi.mock('../../../../extension/messaging/request', () => ({
  requestBackground: async (request: BackgroundRequest) => {
    sent.push(request);
    if (request.type !== 'detectClaims') throw new Error(`unexpected ${request.type}`);
    return detectClaims(request.text, request.lang);
  },
}));

const LONG_ARTICLE = articlePage(
  Array.from(
    { length: 120 },
    (_, i) =>
      `In ${1990 + (i % 30)}, the ministry said unemployment fell by ${i % 9}.${i % 7}% in the region. ` +
      `Critics, including Senator Jane Doe, called the figure misleading? Paragraph ${i} ends here.`,
  ),
);

test.each([
  ['demo-fr', fixtureHtml('demo-fr.html')],
  ['wire-en', fixtureHtml('wire-en.html')],
  ['a long article', LONG_ARTICLE],
])('%s: the background scores the extracted text; claims equal detectClaims', async (_name, html) => {
  sent.length = 0;
  const analysis = await analysePage(parse(html), 'https://fixtures.example/article');
  expect(analysis).not.toBeNull();
  if (!analysis) return;
  expect(sent).toEqual([{ type: 'detectClaims', text: analysis.article.text, lang: analysis.article.lang }]);
  const expected = detectClaims(analysis.article.text, analysis.article.lang);
  expect(expected.length).toBeGreaterThan(0);
  expect(analysis.claims).toEqual(expected);
  expect(performance.getEntriesByName('factmark:claims').length).toBeGreaterThan(0);
});

test('a page that is not an article asks nothing', async () => {
  sent.length = 0;
  expect(await analysePage(parse('<html><body><p>Hello</p></body></html>'), 'https://x.example/')).toBeNull();
  expect(sent).toEqual([]);
});
