/**
 * The registry of language profiles. A tag such as `fr-CA` uses its primary subtag's profile;
 * a language without one falls back to English, whose digit-based signals (figures, years)
 * still hold while its word lists simply stop matching.
 */
import { en } from './en';
import { fr } from './fr';
import type { LanguageProfile } from './types';

const PROFILES: Readonly<Record<string, LanguageProfile>> = { en, fr };

/** The primary subtag of a BCP 47 tag, lower case: `fr-CA` → `fr`. */
export function primarySubtag(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The profile for a BCP 47 tag (`fr`, `fr-CA`, `EN`), English when there is none. */
export function profileFor(lang: string): LanguageProfile {
  return PROFILES[primarySubtag(lang)] ?? en;
}
