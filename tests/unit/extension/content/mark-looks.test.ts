import { describe, expect, test } from 'vitest';
import { VERDICTS } from '../../../../core/model/verdict';
import {
  MARK_KINDS,
  MAX_TINT_ALPHA,
  type MarkKind,
  markBoxesCss,
  markLook,
} from '../../../../extension/content/mark-looks';

type Rgb = [number, number, number];

function parseRgba(css: string): { rgb: Rgb; alpha: number } {
  const match = /^rgba\((\d+),(\d+),(\d+),([\d.]+)\)$/.exec(css);
  if (!match) throw new Error(`not rgba(): ${css}`);
  return { rgb: [Number(match[1]), Number(match[2]), Number(match[3])], alpha: Number(match[4]) };
}

/** `under` painted over with each tint in turn. */
function through(under: Rgb, tints: string[]): Rgb {
  return tints.reduce<Rgb>((colour, tint) => {
    const { rgb, alpha } = parseRgba(tint);
    return colour.map((channel, i) => channel * (1 - alpha) + (rgb[i] ?? 0) * alpha) as Rgb;
  }, under);
}

/** WCAG 2 contrast ratio. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, b2] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const verdictKinds = VERDICTS.map((verdict): MarkKind => `verdict:${verdict}`);
const linesKey = (kind: MarkKind) =>
  JSON.stringify(
    markLook(kind)
      .lines.map(({ edge, style }) => [edge, style])
      .sort(),
  );

describe('markLook', () => {
  test.each(MARK_KINDS)('%s: a faint tint over the text, which stays readable', (kind) => {
    const { tint } = markLook(kind);
    expect(parseRgba(tint).alpha).toBeLessThanOrEqual(MAX_TINT_ALPHA);
    // Drawn over the text, the tint covers the glyphs as well as the paper.
    expect(contrast(through(BLACK, [tint]), through(WHITE, [tint]))).toBeGreaterThanOrEqual(7);
    // Under the selection's tint too (the selected claim is drawn over its own mark).
    const both = [tint, markLook('selected').tint];
    expect(contrast(through(BLACK, both), through(WHITE, both))).toBeGreaterThanOrEqual(4.5);
  });

  test('each verdict’s lines differ from every other verdict’s and from unchecked claims’', () => {
    const keys = verdictKinds.map(linesKey);
    expect(new Set(keys).size).toBe(VERDICTS.length);
    expect(keys).not.toContain(linesKey('claim'));
    expect(keys).not.toContain(linesKey('strong-claim'));
  });

  test('only a changed claim has no line under its text; the strongest claims have the thickest', () => {
    for (const kind of MARK_KINDS.filter((candidate) => candidate !== 'selected')) {
      const edges = markLook(kind).lines.map((line) => line.edge);
      expect(edges.includes('under'), kind).toBe(kind !== 'changed');
    }
    expect(markLook('changed').lines).toEqual([{ edge: 'over', style: 'wavy', width: 2 }]);
    expect(markLook('strong-claim').lines[0]?.width).toBeGreaterThan(markLook('claim').lines[0]?.width ?? 0);
  });
});

describe('markBoxesCss', () => {
  const box = { left: 10, top: 100, width: 200, height: 20 };

  test('a tint over the whole line box, then a line under it near the baseline', () => {
    const [tint, line, ...rest] = markBoxesCss(markLook('verdict:true'), box);
    expect(tint).toContain('left:10px;top:100px;width:200px;height:20px;');
    expect(tint).toContain('pointer-events:none');
    expect(line).toMatch(/top:116\.8px;width:200px;height:2px;border-top:2px solid #00795c$/);
    expect(rest).toEqual([]);
  });

  test('a double line is thick enough to show two strokes; a line over the text sits at its top', () => {
    expect(markBoxesCss(markLook('verdict:mostly-true'), box)[1]).toContain('border-top:3px double');
    const [, under, over] = markBoxesCss(markLook('verdict:unverifiable'), box);
    expect(under).toContain('top:116.8px');
    expect(over).toContain('top:100px');
    expect(over).toContain('dotted');
  });

  test('the selection is a tint alone', () => {
    expect(markBoxesCss(markLook('selected'), box)).toHaveLength(1);
  });

  test('a wavy line is a zigzag whose two strokes meet at the tile’s corners and bottom middle', () => {
    const [, wavy] = markBoxesCss(markLook('changed'), box);
    const size = /background-size:(\d+)px (\d+)px/.exec(wavy ?? '');
    const [width, height] = [Number(size?.[1]), Number(size?.[2])];
    const gradients = [
      ...(wavy ?? '').matchAll(
        /linear-gradient\(([\d.]+)deg,transparent ([\d.]+)px,[^,]+ ([\d.]+)px,[^,]+ ([\d.]+)px/g,
      ),
    ];
    expect(gradients).toHaveLength(2);
    /** Where a point lies along a gradient at `degrees` over the tile (CSS Images 3). */
    const along = (degrees: number, x: number, y: number) => {
      const a = (degrees * Math.PI) / 180;
      const [dx, dy] = [Math.sin(a), -Math.cos(a)];
      const length = Math.abs(width * dx) + Math.abs(height * dy);
      return (x - width / 2) * dx + (y - height / 2) * dy + length / 2;
    };
    const strokes = gradients.map((match) => ({
      degrees: Number(match[1]),
      centre: (Number(match[2]) + Number(match[4])) / 2,
    }));
    const [down, up] = strokes as [(typeof strokes)[0], (typeof strokes)[0]];
    // Down from the top left corner to the bottom middle, up from there to the top right corner.
    for (const [x, y] of [
      [0, 0],
      [width / 2, height],
    ] as const)
      expect(along(down.degrees, x, y)).toBeCloseTo(down.centre, 1);
    for (const [x, y] of [
      [width / 2, height],
      [width, 0],
    ] as const)
      expect(along(up.degrees, x, y)).toBeCloseTo(up.centre, 1);
  });
});
