import { describe, expect, test } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../core/exchange/limits';
import { parseUntrustedJson, utf8ByteLength } from '../../../../core/exchange/safe-json';

describe('parseUntrustedJson', () => {
  test.each([
    ['an empty file', '  \n', 'The file is empty.'],
    ['text that is not JSON', 'hello', 'The file is not valid JSON'],
    ['truncated JSON', '{"format": "factmark", "articles": [', 'The file is not valid JSON'],
    ['a __proto__ key', '{"a": {"__proto__": {"polluted": true}}}', 'forbidden key "__proto__"'],
    ['a constructor key', '[{"constructor": {"prototype": {}}}]', 'forbidden key "constructor"'],
    ['a prototype key', '{"prototype": 1}', 'forbidden key "prototype"'],
    ['deep nesting', `${'['.repeat(100)}${']'.repeat(100)}`, 'nested more than 64 levels'],
    ['very deep nesting', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'levels'],
  ])('refuses %s', (_name, text, message) => {
    const result = parseUntrustedJson(text);
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? '' : result.error).toContain(message);
  });

  test('refuses a file over the size limit and says what the limit is', () => {
    const result = parseUntrustedJson(`"${'é'.repeat(MAX_IMPORT_BYTES / 2)}"`);
    expect(result).toEqual({
      ok: false,
      error: 'The file is too large (10.0 MiB); Factmark imports files up to 10 MiB.',
    });
  });

  test('accepts ordinary JSON, nested within the limit', () => {
    expect(parseUntrustedJson('{"a": [1, {"b": null}], "__proto": "x"}')).toEqual({
      ok: true,
      value: { a: [1, { b: null }], __proto: 'x' },
    });
  });

  test('never pollutes Object.prototype', () => {
    parseUntrustedJson('{"__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

test.each([
  ['', 0],
  ['abc', 3],
  ['é', 2],
  ['€', 3],
  ['😀', 4],
  ['\ud800x', 4],
])('utf8ByteLength(%j) is %i', (text, bytes) => {
  expect(utf8ByteLength(text)).toBe(bytes);
  if (text.isWellFormed()) expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
});
