/**
 * The session's states: an article with its claims, a page that is not one, and a page the
 * extension could not analyse, whose reason reaches the popup and side panel.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { analyseHtml } from '../../../../core/analysis/analyse-html';
import { type BackgroundRequest, MAX_PAGE_HTML_CHARS } from '../../../../core/messaging/protocol';
import type { EarlierCheck } from '../../../../core/model/claim-memory';
import type { Verdict } from '../../../../core/model/verdict';
import type { PageAnnotations } from '../../../../core/model/stored-records';
import { PageSession } from '../../../../extension/content/page-session';
import { fixtureHtml, pageDocument, parse } from '../../core/article/fixtures';
import { fakeStoredFactCheck } from '../../factories';

let failAnalysis = false;
let failAnnotations = false;
/** What getPageAnnotations answers, and after how long (ms) each next answer comes. */
let stored: PageAnnotations = { article: null, claims: [], factChecks: [], dismissals: [] };
let answerDelays: number[] = [];
const dismissRequests: string[] = [];
/** How many times a page read its fact-checks. */
let annotationReads = 0;
const anchorStatuses: unknown[] = [];
/** The sentences the claim memory knows (findAlreadyChecked), and the drafts created. */
let remembered: string[] = [];
const created: unknown[] = [];
/** What the background answers a ping: whether the tab hears of writes now. */
let hearsWrites = true;
let pings = 0;
vi.mock('../../../../extension/messaging/request', () => ({
  requestBackground: async (request: BackgroundRequest) => {
    switch (request.type) {
      case 'ping':
        pings++;
        return { version: '1.0.0', hearsWrites };
      case 'analysePage':
        if (failAnalysis) throw new Error('Factmark could not analyse this page: parser gone');
        return analyseHtml(request.html, { url: request.url, parseHtml: parse, now: () => 0 });
      case 'getPageAnnotations': {
        annotationReads++;
        if (failAnnotations) throw new Error('Factmark could not save or read your fact-checks: disk full');
        const answer = stored;
        await new Promise((resolve) => setTimeout(resolve, answerDelays.shift() ?? 0));
        return answer;
      }
      case 'findAlreadyChecked':
        return request.sentences.flatMap((sentence, index) =>
          remembered.includes(sentence)
            ? [{ sentence: index, similarity: 1, earlier: earlierCheck(sentence) }]
            : [],
        );
      case 'createFactCheck':
        created.push(request.draft);
        return {};
      case 'setAnchorStatuses':
        anchorStatuses.push(...request.statuses);
        return undefined;
      case 'dismissClaim':
        dismissRequests.push(request.draft.quote.exact);
        return {
          id: 'mark-1',
          articleId: 'article-1',
          quote: request.draft.quote,
          createdAt: '2025-07-04T08:00:00.000Z',
        };
      default:
        throw new Error(`unexpected ${request.type}`);
    }
  },
}));

beforeEach(() => {
  failAnalysis = false;
  hearsWrites = true;
  pings = 0;
  vi.unstubAllEnvs();
  failAnnotations = false;
  stored = { article: null, claims: [], factChecks: [], dismissals: [] };
  answerDelays = [];
  anchorStatuses.length = 0;
  remembered = [];
  created.length = 0;
});

/** A fact-check of `claimText` the reader saved on another site. */
function earlierCheck(claimText: string): EarlierCheck {
  return {
    kind: 'factCheck',
    factCheckId: 'earlier-1',
    verdict: 'mostly-false',
    claimText,
    sources: [{ url: 'https://tass.example/a', title: 'Tass', stance: 'refutes' }],
    articleUrl: 'https://other.example/story',
    articleTitle: 'Another story',
    site: 'other.example',
    checkedAt: '2025-07-01T08:00:00.000Z',
  };
}

const session = (html: string) =>
  new PageSession(
    parse(html),
    () => 'https://fixtures.example/a',
    () => {},
  );

test('an article: its metadata and claims, nothing failed', async () => {
  const page = session(fixtureHtml('demo-fr.html'));
  await page.refresh();
  expect(page.pageState).toMatchObject({ status: 'article', failure: null, article: { lang: 'fr' } });
  expect(page.pageState.claims.length).toBeGreaterThan(0);
});

test('a page that is not an article', async () => {
  const page = session('<html><body><p>Hello</p></body></html>');
  await page.refresh();
  expect(page.pageState).toMatchObject({ status: 'no-article', failure: null, article: null });
});

test('a failed analysis leaves a readable reason instead of "reading the page" forever', async () => {
  failAnalysis = true;
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const page = session(fixtureHtml('demo-fr.html'));
  await page.refresh();
  expect(page.pageState).toMatchObject({
    status: 'failed',
    failure: { reason: 'analysis', detail: 'Factmark could not analyse this page: parser gone' },
    article: null,
    claims: [],
  });
  expect(page.currentArticle).toBeNull();
  expect(errors).toHaveBeenCalled();
});

test('fact-checks that cannot be loaded leave the article and its claims, with the reason', async () => {
  failAnnotations = true;
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const page = session(fixtureHtml('demo-fr.html'));
  await page.refresh();
  expect(page.pageState).toMatchObject({
    status: 'article',
    failure: { reason: 'annotations', detail: 'Factmark could not save or read your fact-checks: disk full' },
    annotations: [],
  });
  expect(page.pageState.claims.length).toBeGreaterThan(0);
  failAnnotations = false;
  await page.reloadAnnotations();
  expect(page.pageState.failure).toBeNull();
});

test('a page too large to send is refused before it is sent, with its own reason', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const doc = parse(fixtureHtml('wire-en.html'));
  doc.body.append(doc.createTextNode('x'.repeat(MAX_PAGE_HTML_CHARS)));
  const page = new PageSession(
    doc,
    () => 'https://fixtures.example/a',
    () => {},
  );
  await page.refresh();
  expect(page.pageState).toMatchObject({ status: 'failed', failure: { reason: 'too-large' } });
});

/** The reader's fact-check of the demo article's first sentence, with this verdict. */
function factCheckedWith(verdict: Verdict): PageAnnotations {
  const exact = 'La Russie a officiellement reconnu le régime des talibans en Afghanistan.';
  const at = '2025-07-04T08:00:00.000Z';
  return {
    article: null,
    claims: [
      {
        id: 'claim-1',
        articleId: 'article-1',
        text: exact,
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: exact.length },
        origin: 'detected',
        score: null,
        createdAt: at,
        anchorStatus: 'exact',
      },
    ],
    factChecks: [fakeStoredFactCheck({ verdict, createdAt: at, site: 'fixtures.example' })],
    dismissals: [],
  };
}

test('two re-reads answered out of order: the page shows what was read last, not the older answer', async () => {
  const page = session(fixtureHtml('demo-fr.html'));
  stored = factCheckedWith('true');
  await page.refresh();
  expect(page.pageState.annotations.map((annotation) => annotation.verdict)).toEqual(['true']);
  // The first re-read is slow to answer; the verdict changes and a second re-read answers fast.
  answerDelays = [40, 0];
  const older = page.reloadAnnotations();
  await new Promise((resolve) => setTimeout(resolve, 5));
  stored = factCheckedWith('false');
  const newer = page.reloadAnnotations();
  await Promise.all([older, newer]);
  expect(page.pageState.annotations.map((annotation) => annotation.verdict)).toEqual(['false']);
});

test('a sentence marked "not worth checking" leaves the highlights and is listed to undo', async () => {
  const page = session(fixtureHtml('demo-fr.html'));
  await page.refresh();
  const [first] = page.pageState.claims;
  if (!first) throw new Error('no claim');
  expect(await page.dismiss('A sentence this page does not highlight.')).toBe(false);
  // What storage holds once the mark is written. A page whose tab hears of no write (a Firefox tab
  // loading this page, or the next while this one still shows) reads it again as soon as its
  // write is done: no announcement will come.
  hearsWrites = false;
  vi.stubEnv('FIREFOX', 'true');
  stored = {
    ...stored,
    dismissals: [
      {
        id: 'mark-1',
        articleId: 'article-1',
        quote: { type: 'TextQuoteSelector', exact: first.text, prefix: '', suffix: '' },
        createdAt: '2025-07-04T08:00:00.000Z',
      },
    ],
  };
  expect(await page.dismiss(first.text)).toBe(true);
  expect(dismissRequests).toContain(first.text);
  await vi.waitFor(() => expect(page.pageState.claims.map((claim) => claim.text)).not.toContain(first.text));
  expect(page.pageState.dismissed).toEqual([{ id: 'mark-1', text: first.text }]);
  // The mark undone elsewhere: that write's announcement makes the page read again.
  stored = { ...stored, dismissals: [] };
  await page.reloadAnnotations();
  expect(page.pageState.claims.map((claim) => claim.text)).toContain(first.text);
  expect(page.pageState.dismissed).toEqual([]);
});

test('a page whose tab hears of writes leaves its own write to be shown by its announcement: no second read', async () => {
  hearsWrites = true;
  vi.stubEnv('FIREFOX', 'true');
  const page = session(fixtureHtml('demo-fr.html'));
  await page.refresh();
  const [first] = page.pageState.claims;
  if (!first) throw new Error('no claim');
  const reads = annotationReads;
  expect(await page.dismiss(first.text)).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(annotationReads).toBe(reads);
  expect(pings).toBe(1);
  // In Chrome, whose tab sites name the document, the tab always hears: nothing is asked.
  // (In tests import.meta.env holds strings: '' is false.)
  vi.stubEnv('FIREFOX', '');
  expect(await page.dismiss(first.text)).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(pings).toBe(1);
  expect(annotationReads).toBe(reads);
});

test('a fact-checked claim whose words changed is placed as changed, and its text now is stored for the exports', async () => {
  const page = session(fixtureHtml('demo-fr.html'));
  const checked = factCheckedWith('false');
  // The demo article says "En avril 2025": the reader checked it when it said "En mai 2025".
  const now =
    'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.';
  const was = now.replace('avril', 'mai');
  stored = {
    ...checked,
    claims: checked.claims.map((claim) => ({
      ...claim,
      text: was,
      quote: { type: 'TextQuoteSelector', exact: was, prefix: 'multipliés. ', suffix: ' Un an plus tôt' },
      position: { type: 'TextPositionSelector', start: 1200, end: 1200 + was.length },
    })),
  };
  await page.refresh();
  const [placed] = page.pageState.annotations;
  expect(placed).toMatchObject({ status: 'changed', verdict: 'false', quote: was });
  expect(placed?.now?.trim()).toBe(now);
  expect(anchorStatuses).toEqual([{ claimId: 'claim-1', status: 'changed', now: placed?.now }]);
});

/** The demo's headline, which its article text does not hold. */
const DEMO_TITLE = 'La Russie reconnaît officiellement le régime des talibans';

/** The reader's fact-check of the demo's title, with this verdict. */
function titleCheckedWith(verdict: Verdict, exact = DEMO_TITLE): PageAnnotations {
  const checked = factCheckedWith(verdict);
  return {
    ...checked,
    claims: checked.claims.map((claim) => ({
      ...claim,
      text: exact,
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
      place: 'title',
    })),
  };
}

/** The first text node of the element `selector` finds. */
function textIn(doc: Document, selector: string): Text {
  const node = doc.querySelector(selector)?.firstChild;
  if (node?.nodeType !== 3) throw new Error(`no text in ${selector}`);
  return node as Text;
}

/**
 * A session on a document of its own window (the title's tests make ranges: happy-dom's ranges
 * of a DOMParser document collapse), with the document.
 */
function liveSession(html = fixtureHtml('demo-fr.html')): { doc: Document; page: PageSession } {
  const doc = pageDocument(html);
  return {
    doc,
    page: new PageSession(
      doc,
      () => 'https://fixtures.example/a',
      () => {},
    ),
  };
}

test('the title is a claim of its own, found under a point of the page headline, not in the text', async () => {
  const { doc, page } = liveSession();
  await page.refresh();
  const article = page.currentArticle;
  expect(article?.title).toBe(DEMO_TITLE);
  expect(article?.text).not.toContain(DEMO_TITLE);
  expect(page.pageState.headline.map(({ text, start, end }) => ({ text, start, end }))).toEqual([
    { text: DEMO_TITLE, start: 0, end: DEMO_TITLE.length },
  ]);
  expect(page.passageAtPoint(textIn(doc, 'h1'), 3)).toMatchObject({ text: DEMO_TITLE, place: 'title' });
  // A point outside the headline and the article is no passage.
  expect(page.passageAtPoint(textIn(doc, 'footer p + p'), 0)).toBeUndefined();
});

test("a fact-check of the title is placed in the title, its verdict found at the headline's point", async () => {
  const { doc, page } = liveSession();
  stored = titleCheckedWith('mostly-true');
  await page.refresh();
  expect(page.pageState.annotations).toEqual([
    expect.objectContaining({ place: 'title', status: 'exact', start: 0, end: DEMO_TITLE.length }),
  ]);
  expect(page.passageAtPoint(textIn(doc, 'h1'), 10)).toMatchObject({
    place: 'title',
    verdict: 'mostly-true',
    factCheckId: page.pageState.annotations[0]?.factCheckId,
  });
  // Not placed in the text, where the same offsets hold other words.
  expect(page.passageAt(5) ?? {}).not.toHaveProperty('factCheckId');
  expect(page.passageAt(5, 'title')).toHaveProperty('factCheckId');
});

test('a fact-check of a title since reworded is placed as changed, the title as it reads now kept', async () => {
  const was = DEMO_TITLE.replace('officiellement', 'finalement');
  stored = titleCheckedWith('false', was);
  const page = session(fixtureHtml('demo-fr.html'));
  await page.refresh();
  const [placed] = page.pageState.annotations;
  expect(placed).toMatchObject({ place: 'title', status: 'changed', quote: was });
  expect(placed?.now).toBe(DEMO_TITLE);
  expect(anchorStatuses).toEqual([{ claimId: 'claim-1', status: 'changed', now: DEMO_TITLE }]);
});

test('a title no heading of the page shows is not offered: its claim could be neither marked nor reached', async () => {
  const html = fixtureHtml('demo-fr.html').replace(
    `<h1 class="headline">${DEMO_TITLE}</h1>`,
    '<h1 class="headline">Afghanistan : ce qui change</h1>',
  );
  expect(html).not.toContain(`<h1 class="headline">${DEMO_TITLE}`);
  const { page } = liveSession(html);
  await page.refresh();
  expect(page.currentArticle?.title).toContain(DEMO_TITLE);
  expect(page.pageState.headline).toEqual([]);
  expect(page.pageState.claims.length).toBeGreaterThan(0);
});

test('a title checked on another site is "already checked" here, and reused as a fact-check of the title', async () => {
  remembered = [DEMO_TITLE];
  const { page } = liveSession();
  await page.refresh();
  await vi.waitFor(() => expect(page.pageState.alreadyChecked).toHaveLength(1));
  const title = { start: 0, end: DEMO_TITLE.length, place: 'title' as const };
  expect(page.pageState.alreadyChecked[0]).toMatchObject(title);
  expect(page.earlierCheckFor(title)).toMatchObject({ claimText: DEMO_TITLE, site: 'other.example' });
  // The text's passage at the same offsets is another one.
  expect(page.earlierCheckFor({ start: 0, end: DEMO_TITLE.length })).toBeUndefined();
  expect(await page.reuseEarlierCheck({ start: 0, end: DEMO_TITLE.length })).toBe(false);
  expect(await page.reuseEarlierCheck(title)).toBe(true);
  expect(created).toEqual([
    expect.objectContaining({
      verdict: 'mostly-false',
      claim: expect.objectContaining({
        text: DEMO_TITLE,
        place: 'title',
        position: { type: 'TextPositionSelector', start: 0, end: DEMO_TITLE.length },
      }),
    }),
  ]);
});

test('a headline reworded while the text stays the same: the title check is placed again, at its words', async () => {
  const { doc, page } = liveSession();
  stored = titleCheckedWith('false');
  await page.refresh();
  expect(page.pageState.annotations[0]).toMatchObject({ place: 'title', start: 0 });
  const text = page.currentArticle?.text;
  const reworded = `Afghanistan, juillet 2025 : ${DEMO_TITLE}`;
  for (const node of [doc.querySelector('h1'), doc.querySelector('title')]) {
    if (node) node.textContent = reworded;
  }
  doc.querySelector('meta[property="og:title"]')?.setAttribute('content', reworded);
  await page.refresh();
  expect(page.currentArticle?.text).toBe(text);
  expect(page.currentArticle?.title).toBe(reworded);
  const [placed] = page.pageState.annotations;
  expect(placed).toMatchObject({ place: 'title', status: 'exact' });
  expect(reworded.slice(placed?.start ?? 0, placed?.end ?? 0)).toBe(DEMO_TITLE);
});
