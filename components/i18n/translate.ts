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

/**
 * `Intl` objects, made on first use: creating one loads the locale's data, which costs tens of
 * milliseconds on a page's main thread, and the content script (which makes the default
 * translator as it loads) formats nothing on most pages.
 */
const pluralRules = new Map<UiLocale, Intl.PluralRules>();
const numberFormats = new Map<UiLocale, Intl.NumberFormat>();

function pluralRulesOf(locale: UiLocale): Intl.PluralRules {
  const rules = pluralRules.get(locale) ?? new Intl.PluralRules(locale);
  pluralRules.set(locale, rules);
  return rules;
}

function numberFormatOf(locale: UiLocale): Intl.NumberFormat {
  const format = numberFormats.get(locale) ?? new Intl.NumberFormat(locale);
  numberFormats.set(locale, format);
  return format;
}

/** The form of `message` for `count` (the `other` form when there is no count). */
function formOf(message: Message, locale: UiLocale, count: string | number | undefined): string {
  if (typeof message === 'string') return message;
  const category = typeof count === 'number' ? pluralRulesOf(locale).select(count) : 'other';
  return category === 'one' ? message.one : message.other;
}

export function translator(locale: UiLocale): Translator {
  return {
    locale,
    t: (key, values = {}) =>
      formOf(MESSAGES[locale][key], locale, values.count).replace(/\{(\w+)\}/g, (match, name: string) => {
        const value = values[name];
        if (value === undefined) return match;
        return typeof value === 'number' ? numberFormatOf(locale).format(value) : value;
      }),
    verdict: (verdict) => VERDICT_LABELS[locale][verdict],
    reason: (id) => REASON_NAMES[locale][id as SignalId] ?? id,
  };
}
