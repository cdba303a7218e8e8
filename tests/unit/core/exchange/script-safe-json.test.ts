import { expect, test } from 'vitest';
import { scriptSafeJson } from '../../../../core/exchange/script-safe-json';
import { toW3cJson } from '../../../../core/exchange/w3c-export';
import { fakeBundle } from './arbitraries';

test('text that would end or change a script element is escaped, and parses back the same', () => {
  const value = { note: '</script><script>alert(1)</script> <!-- & \u2028\u2029' };
  const json = scriptSafeJson(value);
  expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
  expect(JSON.parse(json)).toEqual(value);
});

test('the W3C export is safe to paste in a script element', () => {
  const text = toW3cJson(fakeBundle({ note: '</script><img src=x onerror=alert(1)>' }), {
    exportedAt: '2025-07-06T00:00:00.000Z',
  });
  expect(text).not.toContain('</script>');
  expect(text).toContain('\\u003c/script\\u003e');
});
