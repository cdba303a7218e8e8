import { describe, expect, test } from 'vitest';
import { MESSAGES } from '../../../../components/i18n/messages';
import { translator, uiLocaleFor } from '../../../../components/i18n/translate';
import { SIGNALS } from '../../../../core/claims/lang/types';

describe('uiLocaleFor', () => {
  test.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en-GB', 'en'],
    ['de', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(uiLocaleFor(tag)).toBe(locale);
  });
});

describe('translator', () => {
  test('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('fr').t('claimsFound', { count: 3 })).toBe('3 affirmations à vérifier');
    expect(translator('en').t('claimsFound')).toBe('{count} claims to check');
  });

  test.each([
    ['fr', 'reviewDeleted', 1, 'Supprimée : 1 vérification.'],
    ['fr', 'reviewDeleted', 2, 'Supprimées : 2 vérifications.'],
    ['fr', 'notFoundCount', 1, '1 introuvable sur cette page'],
    ['fr', 'sourcesCount', 0, '0 source'],
    ['fr', 'sourcesCount', 1, '1 source'],
    ['fr', 'sourcesCount', 3, '3 sources'],
    ['en', 'sourcesCount', 0, '0 sources'],
    ['en', 'sourcesCount', 1, '1 source'],
    ['en', 'claimsFound', 1, '1 claim to check'],
    ['fr', 'annotatedCount', 1, '1 vérifiée'],
    ['en', 'reviewResults', 1234, 'Results: 1,234'],
  ] as const)('plural rules: %s %s with %i → %s', (locale, key, count, expected) => {
    expect(translator(locale).t(key, { count })).toBe(expected);
  });

  test('every message is translated into French, and differs where words do', () => {
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      expect(MESSAGES.fr[key], key).toBeTruthy();
    }
    expect(MESSAGES.fr.saved).not.toBe(MESSAGES.en.saved);
  });

  test('every detector reason has a name in both languages; unknown ids show as they are', () => {
    for (const signal of SIGNALS) {
      expect(translator('en').reason(signal)).not.toBe('');
      expect(translator('fr').reason(signal)).not.toBe('');
    }
    expect(translator('fr').reason('official-act')).toBe('acte officiel ou juridique');
    expect(translator('en').reason('new-signal')).toBe('new-signal');
  });
});
