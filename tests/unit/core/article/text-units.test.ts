import { describe, expect, test } from 'vitest';
import { textUnits, unitPositions, unitText } from '../../../../core/article/text-units';
import { parse } from './fixtures';

const texts = (doc: Document) => textUnits(doc).units.map((_, i, all) => unitText({ units: all }, i));

describe('textUnits', () => {
  test('one unit per parsed text node, in document order', () => {
    const doc = parse(
      '<html><head><title>T</title></head><body><p>One <b>two</b> three</p><p>four</p></body></html>',
    );
    expect(texts(doc)).toEqual(['T', 'One ', 'two', ' three', 'four']);
  });

  test('adjacent text nodes, split by a script, are one unit, as re-parsing makes them', () => {
    const doc = parse('<html><body><p>Hello world</p></body></html>');
    const text = doc.querySelector('p')?.firstChild as Text;
    text.splitText(5);
    const units = textUnits(doc);
    expect(units.units.map((nodes) => nodes.length)).toEqual([2]);
    expect(unitText(units, 0)).toBe('Hello world');
    const positions = unitPositions(units);
    expect(positions.get(text.nextSibling as Text)).toEqual({ unit: 0, offset: 5 });
  });

  test('empty text nodes are skipped, and do not break a run of adjacent text', () => {
    const doc = parse('<html><body><p>ab</p></body></html>');
    const p = doc.querySelector('p') as HTMLElement;
    p.prepend(doc.createTextNode(''));
    p.append(doc.createTextNode(''), doc.createTextNode('cd'));
    expect(texts(doc)).toEqual(['abcd']);
  });

  test('an empty node with no text before it starts nothing', () => {
    const doc = parse('<html><body><p><i>x</i></p></body></html>');
    const p = doc.querySelector('p') as HTMLElement;
    p.append(doc.createTextNode(''), doc.createTextNode('y'));
    expect(texts(doc)).toEqual(['x', 'y']);
  });

  test('text directly inside <noscript> is left out, and cuts a run', () => {
    const doc = parse('<html><body><div>a</div></body></html>');
    const noscript = doc.createElement('noscript');
    noscript.append(doc.createTextNode('<img src="x">'));
    doc.body.append(noscript, doc.createTextNode('b'));
    expect(texts(doc)).toEqual(['a', 'b']);
  });
});
