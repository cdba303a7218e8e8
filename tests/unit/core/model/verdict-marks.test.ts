/**
 * Verdicts can be told apart without colour, and their colours work for readers with
 * deuteranopia, protanopia or tritanopia and on light and dark pages. Each colour-vision
 * deficiency is simulated with the Machado, Oliveira and Fernandes (2009) matrix at severity 1.0
 * on linear RGB (the dichromat's view); distances are CIE76 ΔE in CIELAB (D65). Contrast is
 * WCAG 2's ratio of relative luminances.
 */
import { describe, expect, test } from 'vitest';
import {
  CHANGED_CLAIM_COLOUR,
  UNCHECKED_CLAIM_COLOUR,
  UNRATED_CLAIM_COLOUR,
  VERDICT_COLOURS,
  VERDICTS,
} from '../../../../core/model/verdict';
import { CHANGED_MARK, UNCHECKED_MARK, VERDICT_MARKS } from '../../../../core/model/verdict-marks';

type Rgb = [number, number, number];

const linear = (hex: string): Rgb =>
  [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as Rgb;

const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(linear(a)), luminance(linear(b))].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

type Matrix = readonly (readonly [number, number, number])[];

/** Machado et al. (2009), severity 1.0, on linear RGB; identity is normal vision. */
const VISION: Record<string, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const seenWith = (matrix: Matrix, rgb: Rgb): Rgb =>
  matrix.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))) as Rgb;

function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const LIGHT_PAGE = '#ffffff';
const DARK_PAGE = '#1b1b1b';
/** Well above a just-noticeable difference (about 2.3) for thin underlines, not only for patches. */
const MIN_DISTANCE = 10;

const SHOWN = {
  ...VERDICT_COLOURS,
  unchecked: UNCHECKED_CLAIM_COLOUR,
  changed: CHANGED_CLAIM_COLOUR,
  unrated: UNRATED_CLAIM_COLOUR,
};

describe('verdict colours', () => {
  test.each(Object.entries(SHOWN))('%s (%s) contrasts 3:1 with light and dark pages', (_name, colour) => {
    expect(contrast(colour, LIGHT_PAGE)).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, DARK_PAGE)).toBeGreaterThanOrEqual(3);
  });

  test.each(VERDICTS)('white symbols on %s contrast 4.5:1', (verdict) => {
    expect(contrast('#ffffff', VERDICT_COLOURS[verdict])).toBeGreaterThanOrEqual(4.5);
  });

  test.each(Object.keys(VISION))(
    'every two stay apart in %s: "mixed", unchecked, changed and unrated included',
    (vision) => {
      const matrix = VISION[vision] as Matrix;
      const all = SHOWN;
      const names = Object.keys(all) as (keyof typeof all)[];
      const seen = names.map((name) => lab(seenWith(matrix, linear(all[name]))));
      for (let i = 0; i < names.length; i++) {
        for (let j = i + 1; j < names.length; j++) {
          expect(
            distance(seen[i] as Rgb, seen[j] as Rgb),
            `${names[i]} / ${names[j]}`,
          ).toBeGreaterThanOrEqual(MIN_DISTANCE);
        }
      }
    },
  );

  test('the simulation is Machado’s: pure red seen by a protanope is dark olive', () => {
    const [r, g, b] = seenWith(VISION.protanopia as Matrix, [1, 0, 0]);
    expect([r, g, b].map((channel) => Math.round(channel * 1000) / 1000)).toEqual([0.152, 0.115, 0]);
  });
});

describe('verdict marks', () => {
  test('each verdict has its own underline and symbol, none the unchecked claims’ dotted line', () => {
    const underlines = VERDICTS.map(
      (verdict) => `${VERDICT_MARKS[verdict].lines} ${VERDICT_MARKS[verdict].style}`,
    );
    expect(new Set(underlines).size).toBe(VERDICTS.length);
    expect(underlines).not.toContain(`${UNCHECKED_MARK.lines} ${UNCHECKED_MARK.style}`);
    expect(new Set(VERDICTS.map((verdict) => VERDICT_MARKS[verdict].symbol)).size).toBe(VERDICTS.length);
  });

  test('a claim changed since it was checked has a mark of its own, without an underline', () => {
    const marks = [...VERDICTS.map((verdict) => VERDICT_MARKS[verdict]), UNCHECKED_MARK];
    const changed = `${CHANGED_MARK.lines} ${CHANGED_MARK.style}`;
    expect(marks.map((mark) => `${mark.lines} ${mark.style}`)).not.toContain(changed);
    expect(CHANGED_MARK.lines).not.toContain('underline');
    expect(marks.every((mark) => mark.lines.includes('underline'))).toBe(true);
  });
});
