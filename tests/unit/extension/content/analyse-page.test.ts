/**
 * The content script's pipeline scores claims in slices between idle waits: its result must be
 * exactly `detectClaims` on the extracted article (same sentences, scores, reasons and order).
 */
import { expect, test } from 'vitest';
import { detectClaims } from '../../../../core/claims/detect-claims';
import { analysePage } from '../../../../extension/content/analyse-page';
import { articlePage, fixtureHtml, parse } from '../../core/article/fixtures';

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
])('%s: the sliced claims equal detectClaims', async (_name, html) => {
  const analysis = await analysePage(parse(html), 'https://fixtures.example/article');
  expect(analysis).not.toBeNull();
  if (!analysis) return;
  const expected = detectClaims(analysis.article.text, analysis.article.lang);
  expect(expected.length).toBeGreaterThan(0);
  expect(analysis.claims).toEqual(expected);
});
