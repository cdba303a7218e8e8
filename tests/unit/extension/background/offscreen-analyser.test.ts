/**
 * Chrome's analysis path: the offscreen document is created once, even when pages ask at the
 * same time, never while one exists, and each page goes to it as an `analyseHtml` request.
 */
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, expect, test, vi } from 'vitest';
import type { HtmlAnalysis } from '../../../../core/analysis/analyse-html';
import { analyseOffscreen } from '../../../../extension/background/offscreen-analyser';

const RESULT: HtmlAnalysis = { article: null, claims: [], timings: { parse: 1, extract: 1, claims: 0 } };

let exists = false;
const offscreen = {
  hasDocument: vi.fn(async () => exists),
  createDocument: vi.fn(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (exists) throw new Error('Only a single offscreen document may be created.');
    exists = true;
  }),
};

beforeEach(() => {
  fakeBrowser.reset();
  exists = false;
  offscreen.hasDocument.mockClear();
  offscreen.createDocument.mockClear();
  Object.assign(fakeBrowser, { offscreen });
});

test('concurrent pages create one offscreen document and each get their analysis', async () => {
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: RESULT });
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

test('an existing document is used as it is', async () => {
  exists = true;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: RESULT });
  await analyseOffscreen({ html: '', url: 'https://news.example/' });
  expect(offscreen.createDocument).not.toHaveBeenCalled();
});

test('a refusal from the document reaches the caller with its reason', async () => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
    ok: false,
    error: { code: 'analysis-failed', message: 'Factmark could not analyse this page: boom' },
  });
  await expect(analyseOffscreen({ html: '', url: 'https://news.example/' })).rejects.toThrow(
    'Factmark could not analyse this page: boom',
  );
});
