/**
 * The session's states: an article with its claims, a page that is not one, and a page the
 * extension could not analyse, whose reason reaches the popup and side panel.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { analyseHtml } from '../../../../core/analysis/analyse-html';
import { type BackgroundRequest, MAX_PAGE_HTML_CHARS } from '../../../../core/messaging/protocol';
import { PageSession } from '../../../../extension/content/page-session';
import { fixtureHtml, parse } from '../../core/article/fixtures';

let failAnalysis = false;
let failAnnotations = false;
vi.mock('../../../../extension/messaging/request', () => ({
  requestBackground: async (request: BackgroundRequest) => {
    switch (request.type) {
      case 'analysePage':
        if (failAnalysis) throw new Error('Factmark could not analyse this page: parser gone');
        return analyseHtml(request.html, { url: request.url, parseHtml: parse, now: () => 0 });
      case 'getPageAnnotations':
        if (failAnnotations) throw new Error('Factmark could not save or read your fact-checks: disk full');
        return { article: null, claims: [], factChecks: [] };
      default:
        throw new Error(`unexpected ${request.type}`);
    }
  },
}));

beforeEach(() => {
  failAnalysis = false;
  failAnnotations = false;
});

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
