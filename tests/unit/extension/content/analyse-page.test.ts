/**
 * The content script's pipeline: it serialises the page, the extension analyses a re-parsed copy
 * (here `analyseHtml` with happy-dom's parser, as the background would with DOMParser), and the
 * result is bound back to the live page. Bound, it must be exactly what extracting in place gives:
 * the same text, the same live text nodes and offsets, and claims equal to `detectClaims`.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { analyseHtml } from '../../../../core/analysis/analyse-html';
import { extractArticle } from '../../../../core/article/extract-article';
import { pageClaims } from '../../../../core/claims/page-claims';
import type { BackgroundRequest } from '../../../../core/messaging/protocol';
import { analysePage } from '../../../../extension/content/analyse-page';
import { articlePage, fixtureHtml, parse } from '../../core/article/fixtures';

const sent: BackgroundRequest[] = [];
vi.mock('../../../../extension/messaging/request', () => ({
  requestBackground: async (request: BackgroundRequest) => {
    sent.push(request);
    if (request.type !== 'analysePage') throw new Error(`unexpected ${request.type}`);
    return analyseHtml(request.html, { url: request.url, parseHtml: parse, now: () => performance.now() });
  },
}));

const URL = 'https://fixtures.example/article';

// A profiling build (`WXT_PAGE_TIMING=on`) unless a test says otherwise.
beforeEach(() => vi.stubEnv('WXT_PAGE_TIMING', 'on'));
afterEach(() => vi.unstubAllEnvs());

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
])('%s: the article bound to the live page is the one extracted in place', async (_name, html) => {
  sent.length = 0;
  const doc = parse(html);
  const analysis = await analysePage(doc, URL);
  expect(analysis).not.toBeNull();
  if (!analysis) return;
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ type: 'analysePage', url: URL, amount: 'normal' });

  const inPlace = extractArticle(doc, { url: URL });
  expect(analysis.article).toEqual(inPlace);
  expect(analysis.article.segments.every((segment) => segment.node.ownerDocument === doc)).toBe(true);
  const expected = pageClaims(analysis.article);
  expect(expected.claims.length).toBeGreaterThan(0);
  expect(analysis.claims).toEqual(expected.claims);
  expect(analysis.headline).toEqual(expected.headline);
  const [round] = performance.getEntriesByName('factmark:claims') as PerformanceMeasure[];
  expect(round?.detail).toMatchObject({ parse: expect.any(Number), claims: expect.any(Number) });
});

test('a release build leaves no measure in the timeline the page shares', async () => {
  vi.stubEnv('WXT_PAGE_TIMING', '');
  performance.clearMeasures();
  expect(await analysePage(parse(fixtureHtml('wire-en.html')), URL)).not.toBeNull();
  expect(
    performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('factmark')),
  ).toEqual([]);
});

test('in a profiling build, the page’s own work is measured in three parts: serialising, sending (the message is copied then), binding', async () => {
  performance.clearMeasures('factmark:extract');
  performance.clearMeasures('factmark:claims');
  sent.length = 0;
  expect(await analysePage(parse(fixtureHtml('wire-en.html')), URL)).not.toBeNull();
  const [serialise, send, bind] = performance.getEntriesByName('factmark:extract');
  const [round] = performance.getEntriesByName('factmark:claims');
  expect([serialise, send, bind, round].every(Boolean)).toBe(true);
  // The send ends where the round trip starts, and the binding starts after it ends.
  expect((send?.startTime ?? 0) + (send?.duration ?? 0)).toBeLessThanOrEqual(round?.startTime ?? 0);
  expect(bind?.startTime ?? 0).toBeGreaterThanOrEqual((round?.startTime ?? 0) + (round?.duration ?? 0));
});

test('text that scripts split, emptied or put in <noscript> is still bound, character for character', async () => {
  const doc = parse(fixtureHtml('wire-en.html'));
  const paragraphs = Array.from(doc.querySelectorAll('p')).filter((p) => (p.textContent ?? '').length > 80);
  for (const [i, p] of paragraphs.entries()) {
    const first = p.firstChild;
    if (!(first instanceof Text) || first.data.length < 20) continue;
    if (i % 2 === 0) first.splitText(10);
    else p.insertBefore(doc.createTextNode(''), first.nextSibling);
  }
  const noscript = doc.createElement('noscript');
  noscript.appendChild(doc.createTextNode('<p>Please enable JavaScript to read this site.</p>'));
  doc.body.prepend(noscript);

  const analysis = await analysePage(doc, URL);
  expect(analysis).not.toBeNull();
  if (!analysis) return;
  const inPlace = extractArticle(doc, { url: URL });
  expect(analysis.article.text).toBe(inPlace?.text);
  const covered = (segments: typeof analysis.article.segments) =>
    segments.reduce((total, segment) => total + segment.end - segment.start, 0);
  expect(covered(analysis.article.segments)).toBe(covered(inPlace?.segments ?? []));
  for (const segment of analysis.article.segments) {
    const length = segment.end - segment.start;
    expect(segment.node.data.slice(segment.nodeOffset, segment.nodeOffset + length)).toBe(
      analysis.article.text.slice(segment.start, segment.end),
    );
  }
});

test('a page with no paragraph-like text is screened out in the page: nothing is serialised or sent', async () => {
  sent.length = 0;
  expect(await analysePage(parse('<html><body><p>Hello</p></body></html>'), 'https://x.example/')).toBeNull();
  expect(sent).toEqual([]);
});

test('a page that passes the screen but is no article is analysed once and gives nothing', async () => {
  sent.length = 0;
  const links = Array.from(
    { length: 30 },
    (_, i) => `<li><a href="/s${i}">Story number ${i} with a long enough headline to count</a></li>`,
  );
  const home = `<html><head><meta property="og:type" content="website"></head><body><p>${'Welcome to the front page of the site, where every story of the day is listed. '.repeat(4)}</p><ul>${links.join('')}</ul></body></html>`;
  expect(await analysePage(parse(home), 'https://x.example/')).toBeNull();
  expect(sent).toHaveLength(1);
});

test('the page is serialised while the highlight setting is still being read, and sent with it', async () => {
  sent.length = 0;
  performance.clearMeasures('factmark:extract');
  let answer: (amount: 'more') => void = () => {};
  const setting = new Promise<'more'>((resolve) => {
    answer = resolve;
  });
  const analysis = analysePage(parse(fixtureHtml('wire-en.html')), URL, setting);
  await vi.waitFor(() => expect(performance.getEntriesByName('factmark:extract')).toHaveLength(1));
  expect(sent).toEqual([]);
  answer('more');
  expect(await analysis).not.toBeNull();
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ type: 'analysePage', amount: 'more' });
});
