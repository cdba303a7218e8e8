/**
 * Picks the UI locale from a language tag and formats messages with `{name}` placeholders.
 */
import { VERDICT_LABELS } from '../../core/exchange/verdict-labels';
import { MESSAGES, type MessageKey, REASON_NAMES, type UiLocale } from './messages';
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

export function translator(locale: UiLocale): Translator {
  return {
    locale,
    t: (key, values = {}) =>
      MESSAGES[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match)),
    verdict: (verdict) => VERDICT_LABELS[locale][verdict],
    reason: (id) => REASON_NAMES[locale][id as SignalId] ?? id,
  };
}
