import { describe, expect, test } from 'vitest';
import { CONTEXT_LENGTH, describeRange } from '../../../../core/anchoring/describe';

const TEXT =
  'Officials said on Tuesday that unemployment rose 9.8% in March, the highest level in a decade, ' +
  'while inflation stayed flat.';

describe('describeRange', () => {
  test('takes CONTEXT_LENGTH units of context on each side and the position in code points', () => {
    const start = TEXT.indexOf('unemployment');
    const end = TEXT.indexOf(' in March') + ' in March'.length;
    const { quote, position } = describeRange(TEXT, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'unemployment rose 9.8% in March',
      prefix: 'Officials said on Tuesday that ',
      suffix: TEXT.slice(end, end + CONTEXT_LENGTH),
    });
    expect(quote.suffix).toHaveLength(CONTEXT_LENGTH);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  test.each([
    ['at the start', 0, 9, '', ' said on Tuesday that unemployme'],
    ['at the end', TEXT.length - 6, TEXT.length, 'a decade, while inflation stayed', ''],
  ])('context is cut at the text boundary %s', (_, start, end, prefix, suffix) => {
    const { quote } = describeRange(TEXT, start, end);
    expect([quote.prefix, quote.suffix]).toEqual([prefix, suffix]);
  });

  test('counts astral characters as one code point and never splits them', () => {
    // 31 ASCII characters then an emoji: a 32-unit prefix would start inside the emoji.
    const text = `😀${'x'.repeat(31)}🎉 rose 9.8% 👍 today${'y'.repeat(31)}😀`;
    const start = text.indexOf('🎉');
    const end = text.indexOf(' today');
    const { quote, position } = describeRange(text, start, end);
    expect(quote.exact).toBe('🎉 rose 9.8% 👍');
    expect(quote.prefix).toBe('x'.repeat(31));
    expect(quote.suffix).toBe(` today${'y'.repeat(26)}`);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 32, end: 45 });
  });

  test('widens a range whose boundaries fall inside surrogate pairs', () => {
    const text = 'a😀b😀c';
    const { quote, position } = describeRange(text, 2, 5);
    expect(quote.exact).toBe('😀b😀');
    expect([position.start, position.end]).toEqual([1, 4]);
  });

  test.each([
    ['empty', 5, 5],
    ['reversed', 6, 5],
    ['negative', -1, 5],
    ['past the end', 0, TEXT.length + 1],
    ['fractional', 0.5, 5],
    ['whitespace only', TEXT.indexOf(' '), TEXT.indexOf(' ') + 1],
  ])('rejects a %s range', (_, start, end) => {
    expect(() => describeRange(TEXT, start, end)).toThrow(RangeError);
  });
});
