/**
 * Chrome's analysis path: the offscreen document is created once, even when pages ask at the
 * same time and Chrome reports it before it can answer; never while one exists; made again when
 * it is gone; made as the background starts (and again for the first page if that failed); and
 * each page goes to it as an `analyseHtml` request.
 */
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, expect, test, vi } from 'vitest';
import type { HtmlAnalysis } from '../../../../core/analysis/analyse-html';

const RESULT: HtmlAnalysis = {
  article: null,
  claims: [],
  headline: [],
  sentences: [],
  timings: { parse: 1, extract: 1, claims: 0 },
};

/** Chrome's behaviour: `hasDocument()` is true from the start of creation, answers come after load. */
const chrome = { exists: false, loaded: false };
const offscreen = {
  hasDocument: vi.fn(async () => chrome.exists),
  createDocument: vi.fn(async () => {
    if (chrome.exists) throw new Error('Only a single offscreen document may be created.');
    chrome.exists = true;
    await new Promise((resolve) => setTimeout(resolve, 5));
    chrome.loaded = true;
  }),
};

let analyseOffscreen: typeof import('../../../../extension/background/offscreen-analyser').analyseOffscreen;
let preparePageAnalyser: typeof import('../../../../extension/background/page-analyser').preparePageAnalyser;

beforeEach(async () => {
  fakeBrowser.reset();
  Object.assign(chrome, { exists: false, loaded: false });
  offscreen.hasDocument.mockClear();
  offscreen.createDocument.mockClear();
  Object.assign(fakeBrowser, { offscreen });
  vi.resetModules();
  ({ analyseOffscreen } = await import('../../../../extension/background/offscreen-analyser'));
  ({ preparePageAnalyser } = await import('../../../../extension/background/page-analyser'));
});

function answer(reply: unknown = { ok: true, value: RESULT }) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
    if (!chrome.loaded) throw new Error('Could not establish connection. Receiving end does not exist.');
    return reply;
  });
}

test('concurrent pages create one offscreen document and each get their analysis', async () => {
  const sent = answer();
  const pages = ['a', 'b', 'c'].map((name) => ({
    html: `<p>${name}</p>`,
    url: `https://news.example/${name}`,
  }));
  expect(await Promise.all(pages.map((page) => analyseOffscreen(page)))).toEqual([RESULT, RESULT, RESULT]);
  expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
  expect(offscreen.createDocument).toHaveBeenCalledWith(expect.objectContaining({ reasons: ['DOM_PARSER'] }));
  expect(sent.mock.calls.map(([message]) => message)).toEqual(
    pages.map((page) => ({ type: 'analyseHtml', ...page })),
  );
});

test('the document made as the background starts is the one the first page uses', async () => {
  answer();
  preparePageAnalyser();
  await vi.waitFor(() => expect(offscreen.createDocument).toHaveBeenCalledTimes(1));
  expect(await analyseOffscreen({ html: '', url: 'https://news.example/' })).toEqual(RESULT);
  expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
});

test('a document that could not be made as the background starts is made for the first page', async () => {
  answer();
  offscreen.createDocument.mockRejectedValueOnce(new Error('Chrome is shutting down'));
  preparePageAnalyser();
  await vi.waitFor(() => expect(offscreen.createDocument).toHaveBeenCalledTimes(1));
  expect(await analyseOffscreen({ html: '', url: 'https://news.example/' })).toEqual(RESULT);
  expect(offscreen.createDocument).toHaveBeenCalledTimes(2);
});

test('an existing document is used as it is', async () => {
  Object.assign(chrome, { exists: true, loaded: true });
  answer();
  await analyseOffscreen({ html: '', url: 'https://news.example/' });
  expect(offscreen.createDocument).not.toHaveBeenCalled();
});

test('a document that went away is made again, once', async () => {
  answer();
  await analyseOffscreen({ html: '', url: 'https://news.example/1' });
  Object.assign(chrome, { exists: false, loaded: false });
  expect(await analyseOffscreen({ html: '', url: 'https://news.example/2' })).toEqual(RESULT);
  expect(offscreen.createDocument).toHaveBeenCalledTimes(2);
});

test('a refusal from the document reaches the caller with its reason', async () => {
  answer({
    ok: false,
    error: { code: 'analysis-failed', message: 'Factmark could not analyse this page: boom' },
  });
  await expect(analyseOffscreen({ html: '', url: 'https://news.example/' })).rejects.toThrow(
    'Factmark could not analyse this page: boom',
  );
});
