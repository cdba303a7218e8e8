/**
 * Verdict wording shown to people, in English and French: in exports (ClaimReview
 * `alternateName`, Markdown) and in the extension's UI. CSV keeps verdict ids, for machines.
 */
import type { Verdict } from '../model/verdict';

/** A language Factmark has verdict labels for. */
export type LabelLocale = 'en' | 'fr';

/** Human verdict labels per locale. */
export const VERDICT_LABELS: Readonly<Record<LabelLocale, Readonly<Record<Verdict, string>>>> = {
  en: {
    true: 'True',
    'mostly-true': 'Mostly true',
    mixed: 'Mixed',
    'mostly-false': 'Mostly false',
    false: 'False',
    misleading: 'Misleading',
    unverifiable: 'Unverifiable',
  },
  fr: {
    true: 'Vrai',
    'mostly-true': 'Plutôt vrai',
    mixed: 'Mitigé',
    'mostly-false': 'Plutôt faux',
    false: 'Faux',
    misleading: 'Trompeur',
    unverifiable: 'Invérifiable',
  },
};
