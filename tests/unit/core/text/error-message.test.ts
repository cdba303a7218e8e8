import { describe, expect, test } from 'vitest';
import { errorMessage } from '../../../../core/text/error-message';

describe('errorMessage', () => {
  test("is an Error's message, without its name", () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  });

  test('spells out a thrown value that is not an Error', () => {
    expect(errorMessage('QuotaExceededError')).toBe('QuotaExceededError');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage({ toString: () => 'from another realm' })).toBe('from another realm');
  });
});
