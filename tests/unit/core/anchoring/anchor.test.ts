import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type AnchorResult, anchor, anchorAll } from '../../../../core/anchoring/anchor';
import { describeRange } from '../../../../core/anchoring/describe';

const PARAGRAPHS = [
  'The national statistics office published its quarterly labour report on Tuesday morning.',
  'According to the report, unemployment rose 9.8% in March, the sharpest increase since 2009.',
  'The minister denied the figures. Opposition leaders called for an inquiry into the data.',
  'Economists expect the labour market to recover slowly over the next two years.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');
const CLAIM = 'unemployment rose 9.8% in March, the sharpest increase since 2009';

/** Selectors for the first occurrence of `passage` in `text`, found with `from` as a lower bound. */
function selectorsFor(text: string, passage: string, from = 0) {
  const start = text.indexOf(passage, from);
  if (start === -1) throw new Error(`"${passage}" is not in the text`);
  return describeRange(text, start, start + passage.length);
}

/** The anchored passage as [status, text], or ['orphan', null]. */
function landed(text: string, result: AnchorResult): [string, string | null] {
  return result.status === 'orphan'
    ? ['orphan', null]
    : [result.status, text.slice(result.start, result.end)];
}

describe('anchor on changed text', () => {
  test.each([
    ['unchanged text', (t: string) => t, 'exact', CLAIM],
    [
      'paragraph inserted before',
      (t: string) => `Breaking news from the capital tonight.\n\n${t}`,
      'exact',
      CLAIM,
    ],
    ['paragraph removed before', (t: string) => t.slice(t.indexOf('\n\n') + 2), 'exact', CLAIM],
    ['word changed in the prefix', (t: string) => t.replace('to the report', 'to the study'), 'exact', CLAIM],
    ['word changed in the suffix', (t: string) => t.replace('The minister', 'The premier'), 'exact', CLAIM],
    [
      'one word changed inside',
      (t: string) => t.replace('sharpest', 'largest'),
      'fuzzy',
      'unemployment rose 9.8% in March, the largest increase since 2009',
    ],
    [
      'a word inserted inside',
      (t: string) => t.replace('rose 9.8%', 'rose sharply 9.8%'),
      'fuzzy',
      'unemployment rose sharply 9.8% in March, the sharpest increase since 2009',
    ],
    [
      'the figure changed in place',
      (t: string) => t.replace('9.8%', '7.2%'),
      'fuzzy',
      'unemployment rose 7.2% in March, the sharpest increase since 2009',
    ],
    ['the quote deleted', (t: string) => t.replace(`${CLAIM}`, 'the labour market shrank'), 'orphan', null],
    ['the paragraph deleted', (t: string) => t.replace(`${PARAGRAPHS[1]}\n\n`, ''), 'orphan', null],
  ])('%s', (_, edit, status, passage) => {
    const selectors = selectorsFor(ARTICLE, CLAIM);
    expect(landed(edit(ARTICLE), anchor(edit(ARTICLE), selectors))).toEqual([status, passage]);
  });

  test('a fuzzy match reports its edits and is never passed off as exact', () => {
    const edited = ARTICLE.replace('sharpest', 'largest');
    const result = anchor(edited, selectorsFor(ARTICLE, CLAIM));
    expect(result).toMatchObject({ status: 'fuzzy', errors: expect.any(Number) });
    expect(result.status === 'fuzzy' && result.errors).toBeGreaterThan(0);
  });
});

describe('look-alike passages', () => {
  const lookAlike =
    'Across the border, a separate survey found unemployment rose 7.2% in March, the sharpest increase since 2011.';

  test.each([
    [
      'the quote deleted, a look-alike elsewhere',
      CLAIM,
      ARTICLE.replace(PARAGRAPHS[1] ?? '', lookAlike),
      'orphan',
      null,
    ],
    [
      'the quote edited in place, a closer look-alike elsewhere',
      CLAIM,
      `${ARTICLE.replace('rose 9.8% in March', 'rose 9.9 percent in March')}\n\n${lookAlike}`,
      'fuzzy',
      'unemployment rose 9.9 percent in March, the sharpest increase since 2009',
    ],
    [
      'a short quote whose only verbatim copy is elsewhere',
      '9.8%',
      ARTICLE.replace('9.8%', '7.2%').replace('next two years', 'next 9.8% of the cycle'),
      'orphan',
      null,
    ],
  ])('%s', (_, quote, edited, status, passage) => {
    expect(landed(edited, anchor(edited, selectorsFor(ARTICLE, quote)))).toEqual([status, passage]);
  });
});

describe('duplicates', () => {
  test('are told apart by context', () => {
    const text = `The minister denied the figures on Monday.\n\n${ARTICLE}`;
    const selectors = selectorsFor(text, 'The minister denied the figures.');
    const { position: _, ...quoteOnly } = selectors;
    const result = anchor(text, quoteOnly);
    expect(result).toEqual({
      status: 'exact',
      start: text.indexOf('The minister denied the figures.'),
      end: expect.any(Number),
    });
  });

  // Three copies of the same paragraph: each copy's quote has the same prefix and suffix.
  const repeated = 'Vote early. The polls close at eight and results follow at ten tonight. Thank you.';
  const text = ['Intro.', repeated, repeated, repeated, 'End.'].join('\n\n');
  const starts = [0, 1, 2].map((n) => text.split(repeated, n + 1).join(repeated).length);

  test.each(starts.map((start, copy) => [copy, start]))('copy %i is told apart by position', (_, start) => {
    const quoteStart = start + 'Vote early. '.length;
    const selectors = describeRange(text, quoteStart, quoteStart + 'The polls close at eight'.length);
    expect(anchor(text, selectors)).toEqual({ status: 'exact', start: quoteStart, end: quoteStart + 24 });
  });
});

describe('astral characters', () => {
  test('the stored code point position still picks the right copy after emoji are inserted', () => {
    const text = '🎉 Party 🎉 starts. Bring 🍕 and 🥤 please. Party 🎉 starts. Bring 🍕 and 🥤 please.';
    const second = text.lastIndexOf('Bring 🍕');
    const selectors = describeRange(text, second, second + 'Bring 🍕 and 🥤'.length);
    const edited = `😀😀😀 ${text}`;
    const start = edited.lastIndexOf('Bring 🍕');
    expect(anchor(edited, selectors)).toEqual({
      status: 'exact',
      start,
      end: start + 'Bring 🍕 and 🥤'.length,
    });
  });
});

describe('unusable quotes', () => {
  test.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
  ])('an %s quote is an orphan', (_, exact) => {
    const quote = { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' };
    expect(anchor(ARTICLE, { quote })).toEqual({ status: 'orphan' });
  });
});

test('anchorAll gives the same results as anchor, in order', () => {
  const edited = ARTICLE.replace('sharpest', 'largest');
  const items = [selectorsFor(ARTICLE, CLAIM), selectorsFor(ARTICLE, 'The minister denied the figures.')];
  expect(anchorAll(edited, items)).toEqual(items.map((selectors) => anchor(edited, selectors)));
});

test('any described range is found again exactly in the unchanged text', () => {
  const unit = fc.constantFrom('a', 'b', ' ', '😀', 'é', '\n');
  const input = fc
    .string({ unit, minLength: 1, maxLength: 60 })
    .chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length - 1), fc.nat(text.length - 1)));
  fc.assert(
    fc.property(input, ([text, a, b]) => {
      const [start, end] = [Math.min(a, b), Math.max(a, b) + 1];
      fc.pre(text.slice(start, end).trim() !== '');
      const selectors = describeRange(text, start, end);
      const result = anchor(text, selectors);
      expect(result.status).toBe('exact');
      expect(result.status !== 'orphan' && text.slice(result.start, result.end)).toBe(selectors.quote.exact);
      expect(result.status !== 'orphan' && result.start <= start && result.end >= end).toBe(true);
    }),
  );
});
