import { describe, expect, test } from 'vitest';
import { run } from '../../../cli/commands/anchor';
import { parseHtml } from '../../../cli/dom';
import { fakeIo } from './fake-io';
import { extractArticle } from '../../../core/article/extract-article';

const PARAGRAPHS = [
  'The national statistics office published its quarterly labour report on Tuesday morning, after a delay of two weeks.',
  'According to the report, unemployment rose 9.8% in March 🎉, the sharpest increase since 2009 and well above forecasts.',
  'The minister denied the figures. Opposition leaders called for an independent inquiry into how the data was collected.',
  'Economists expect the labour market to recover slowly over the next two years, as exports pick up again.',
];
const PAGE = `<!doctype html><html lang="en"><head><title>Unemployment rises</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Unemployment rises</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer>© Example News</footer></body></html>`;

function quoteTarget(exact: string, prefix: string, suffix: string, extra: object[] = []) {
  return {
    source: 'https://news.example/unemployment',
    selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix }, ...extra],
  };
}
const annotation = (id: string, target: unknown) => ({ type: 'Annotation', id, target });

const ANNOTATIONS = [
  annotation(
    'urn:a:exact',
    quoteTarget('the sharpest increase since 2009', '9.8% in March 🎉, ', ' and well above'),
  ),
  annotation(
    'urn:a:changed',
    quoteTarget('unemployment rose 9.8% in February', 'According to the report, ', ' 🎉, the sharpest'),
  ),
  annotation(
    'urn:a:orphan',
    quoteTarget('inflation fell to 2% in April', 'Separately, ', ', said the bank.'),
  ),
  annotation('urn:a:none', {
    source: 'https://news.example/unemployment',
    selector: { type: 'CssSelector', value: 'p' },
  }),
];

describe('factmark anchor', () => {
  test.each([
    ['a plain array', ANNOTATIONS],
    [
      'an AnnotationCollection',
      { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: ANNOTATIONS } },
    ],
  ])('anchors every annotation of %s, in code points', async (_, json) => {
    const io = fakeIo({ files: { 'page.html': PAGE, 'notes.json': JSON.stringify(json) } });
    expect(await run(['page.html', 'notes.json', '--url', 'https://news.example/unemployment'], io)).toBe(0);
    const [exact, changed, orphan, none] = io.jsonLines();
    expect(exact).toMatchObject({
      id: 'urn:a:exact',
      status: 'exact',
      text: 'the sharpest increase since 2009',
    });
    expect(changed).toMatchObject({
      id: 'urn:a:changed',
      status: 'changed',
      text: 'unemployment rose 9.8% in March',
      was: 'unemployment rose 9.8% in February',
      now: 'unemployment rose 9.8% in March',
    });
    expect(orphan).toEqual({ id: 'urn:a:orphan', status: 'orphan', start: null, end: null, text: null });
    expect(none).toEqual({ id: 'urn:a:none', status: 'orphan', start: null, end: null, text: null });
    expect(io.err).toContain('urn:a:none has no TextQuoteSelector');
    const { start, end } = exact as { start: number; end: number };
    expect(end - start).toBe('the sharpest increase since 2009'.length);
  });

  test('a claim of the title (factmark:claim place) is anchored in the title, not in the text', async () => {
    const title = {
      ...annotation('urn:a:title', quoteTarget('Unemployment rises', '', '')),
      'factmark:claim': { place: 'title' },
    };
    const changed = {
      ...annotation('urn:a:title-changed', quoteTarget('Unemployment falls', '', '')),
      'factmark:claim': { place: 'title' },
    };
    // The same words as a claim of the text: the article text does not hold the title.
    const text = annotation('urn:a:text', quoteTarget('Unemployment rises', '', ''));
    const io = fakeIo({
      files: { 'page.html': PAGE, 'notes.json': JSON.stringify([title, changed, text]) },
    });
    expect(await run(['page.html', 'notes.json', '--url', 'https://news.example/a'], io)).toBe(0);
    const [inTitle, reworded, inText] = io.jsonLines();
    expect(inTitle).toEqual({
      id: 'urn:a:title',
      place: 'title',
      status: 'exact',
      start: 0,
      end: 18,
      text: 'Unemployment rises',
    });
    expect(reworded).toMatchObject({ place: 'title', status: 'changed', now: 'Unemployment rises' });
    expect(inText).toMatchObject({ id: 'urn:a:text' });
    expect(inText).not.toMatchObject({ status: 'exact', start: 0 });
    expect(inText).not.toHaveProperty('place');
  });

  test('a quote found with only its spacing changed is fuzzy, with no was/now', async () => {
    const target = quoteTarget(
      'Opposition leaders  called for an  independent inquiry',
      'denied the figures. ',
      ' into how',
    );
    const io = fakeIo({
      files: {
        'page.html': PAGE,
        'one.json': JSON.stringify(annotation('urn:a:sp', target)),
      },
    });
    expect(await run(['page.html', 'one.json', '--url', 'https://news.example/a'], io)).toBe(0);
    const [line] = io.jsonLines();
    expect(line).toMatchObject({
      status: 'fuzzy',
      text: 'Opposition leaders called for an independent inquiry',
    });
    expect(line).not.toHaveProperty('was');
  });

  test('start and end count code points, not UTF-16 units', async () => {
    const target = quoteTarget('Opposition leaders', 'denied the figures. ', ' called for');
    const io = fakeIo({
      files: {
        'page.html': PAGE,
        'one.json': JSON.stringify(annotation('urn:a:one', target)),
      },
    });
    expect(await run(['page.html', 'one.json', '--url', 'https://news.example/a'], io)).toBe(0);
    const doc = parseHtml(PAGE, 'https://news.example/a');
    const text = extractArticle(doc, { url: 'https://news.example/a' })?.text ?? '';
    const utf16 = text.indexOf('Opposition leaders');
    // One emoji (two UTF-16 units, one code point) stands before the quote.
    expect(io.jsonLines()).toEqual([
      { id: 'urn:a:one', status: 'exact', start: utf16 - 1, end: utf16 - 1 + 18, text: 'Opposition leaders' },
    ]);
  });

  test('an HTML page without an article makes every annotation an orphan', async () => {
    const io = fakeIo({
      files: {
        'empty.html': '<html><body><nav><a href="/">Home</a></nav></body></html>',
        'notes.json': JSON.stringify(ANNOTATIONS.slice(0, 1)),
      },
    });
    expect(await run(['empty.html', 'notes.json'], io)).toBe(1);
    expect(io.jsonLines()).toEqual([
      { id: 'urn:a:exact', status: 'orphan', start: null, end: null, text: null },
    ]);
    expect(io.err).toContain('no article found in empty.html');
  });

  test.each([
    ['invalid JSON', '{"type": "Annotation",', 'is not valid JSON'],
    ['an empty array', '[]', 'the list is empty'],
    ['an empty page', '{"type": "AnnotationPage", "items": []}', 'the list is empty'],
    [
      'a collection linking its first page',
      '{"type": "AnnotationCollection", "first": "https://x/p1"}',
      'not embedded',
    ],
    ['something else', '{"type": "Person"}', 'it is not an Annotation'],
  ])('%s is rejected with exit code 1', async (_, source, message) => {
    const io = fakeIo({ files: { 'page.html': PAGE, 'notes.json': source } });
    expect(await run(['page.html', 'notes.json'], io)).toBe(1);
    expect(io.jsonLines()).toEqual([]);
    expect(io.err).toContain(message);
  });

  test('reads annotations from stdin with -', async () => {
    const io = fakeIo({ files: { 'page.html': PAGE }, stdin: JSON.stringify(ANNOTATIONS[0]) });
    expect(await run(['page.html', '-'], io)).toBe(0);
    expect(io.jsonLines()).toMatchObject([{ id: 'urn:a:exact', status: 'exact' }]);
  });

  test.each([
    [[]],
    [['page.html']],
    [['page.html', 'a.json', 'b.json']],
    [['page.html', 'a.json', '--url']],
    [['page.html', 'a.json', '--bogus']],
  ])('usage error for %j', async (args) => {
    const io = fakeIo();
    expect(await run(args, io)).toBe(2);
    expect(io.err).toContain('Usage: factmark anchor');
  });

  test('an unreadable file is reported with exit code 1', async () => {
    const io = fakeIo({ files: { 'page.html': PAGE } });
    expect(await run(['page.html', 'missing.json'], io)).toBe(1);
    expect(io.err).toContain('cannot read input');
  });
});
