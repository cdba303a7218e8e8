/**
 * Picks the UI locale from a language tag and formats messages with `{name}` placeholders; a
 * message with plural forms takes the one `Intl.PluralRules` gives for `{count}`.
 */
import { VERDICT_LABELS } from '../../core/exchange/verdict-labels';
import { MESSAGES, type Message, type MessageKey, REASON_NAMES, type UiLocale } from './messages';
import type { SignalId } from '../../core/claims/lang/types';
import type { Verdict } from '../../core/model/verdict';

/** French for any `fr-*` tag, English otherwise. */
export function uiLocaleFor(languageTag: string | null | undefined): UiLocale {
  return languageTag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export interface Translator {
  locale: UiLocale;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  verdict(verdict: Verdict): string;
  reason(id: string): string;
}

const pluralRules: Record<UiLocale, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  fr: new Intl.PluralRules('fr'),
};

/** The form of `message` for `count` (the `other` form when there is no count). */
function formOf(message: Message, locale: UiLocale, count: string | number | undefined): string {
  if (typeof message === 'string') return message;
  const category = typeof count === 'number' ? pluralRules[locale].select(count) : 'other';
  return category === 'one' ? message.one : message.other;
}

export function translator(locale: UiLocale): Translator {
  const numbers = new Intl.NumberFormat(locale);
  return {
    locale,
    t: (key, values = {}) =>
      formOf(MESSAGES[locale][key], locale, values.count).replace(/\{(\w+)\}/g, (match, name: string) => {
        const value = values[name];
        if (value === undefined) return match;
        return typeof value === 'number' ? numbers.format(value) : value;
      }),
    verdict: (verdict) => VERDICT_LABELS[locale][verdict],
    reason: (id) => REASON_NAMES[locale][id as SignalId] ?? id,
  };
}
