/**
 * Every UI string in English and French. The popup, side panel and review page speak the
 * browser's language; the in-page card speaks the article's. Keys are checked at compile time:
 * the French table must have every English key.
 */
import type { Verdict } from '../../core/model/verdict';

const en = {
  appName: 'Factmark',
  analysing: 'Reading the page…',
  noArticle: 'No article found on this page.',
  notRunning: 'Factmark cannot run on this page.',
  claimsFound: '{count} claims to check',
  annotatedCount: '{count} fact-checked',
  notFoundCount: '{count} not found on this page',
  language: 'Language',
  byline: 'By',
  published: 'Published',
  claims: 'Claims worth checking',
  noClaims: 'No check-worthy claim found.',
  score: 'Score',
  reasons: 'Why',
  annotations: 'Your fact-checks',
  noAnnotations: 'No fact-check on this page yet.',
  notFoundOnPage: 'Not found on this page',
  changedOnPage: 'Text changed since you checked it',
  sourcesCount: '{count} sources',
  openSidePanel: 'Open side panel',
  openReview: 'Review all fact-checks',
  reviewTitle: 'Your fact-checks',
  reviewEmpty: 'You have not saved any fact-check yet.',
  selectedClaim: 'Selected claim',
  verdict: 'Verdict',
  noVerdict: 'No verdict yet',
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  appName: 'Factmark',
  analysing: 'Lecture de la page…',
  noArticle: 'Aucun article trouvé sur cette page.',
  notRunning: 'Factmark ne peut pas fonctionner sur cette page.',
  claimsFound: '{count} affirmations à vérifier',
  annotatedCount: '{count} vérifiées',
  notFoundCount: '{count} introuvables sur cette page',
  language: 'Langue',
  byline: 'Par',
  published: 'Publié',
  claims: 'Affirmations à vérifier',
  noClaims: 'Aucune affirmation à vérifier.',
  score: 'Score',
  reasons: 'Pourquoi',
  annotations: 'Vos vérifications',
  noAnnotations: 'Aucune vérification sur cette page.',
  notFoundOnPage: 'Introuvable sur cette page',
  changedOnPage: 'Le texte a changé depuis votre vérification',
  sourcesCount: '{count} sources',
  openSidePanel: 'Ouvrir le panneau latéral',
  openReview: 'Revoir toutes les vérifications',
  reviewTitle: 'Vos vérifications',
  reviewEmpty: 'Vous n’avez encore enregistré aucune vérification.',
  selectedClaim: 'Affirmation sélectionnée',
  verdict: 'Verdict',
  noVerdict: 'Pas encore de verdict',
};

export type UiLocale = 'en' | 'fr';

export const MESSAGES: Record<UiLocale, Record<MessageKey, string>> = { en, fr };

export const VERDICT_NAMES: Record<UiLocale, Record<Verdict, string>> = {
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

/** Reasons the claim detector gives, as readers see them. Unknown ids are shown as they are. */
export const REASON_NAMES: Record<UiLocale, Record<string, string>> = {
  en: {
    figure: 'figure',
    date: 'date',
    superlative: 'first / only / record',
    'official-act': 'official or legal act',
    attribution: 'attributed to a source',
    comparison: 'comparison',
    'named-entity': 'named entities',
  },
  fr: {
    figure: 'chiffre',
    date: 'date',
    superlative: 'premier / seul / record',
    'official-act': 'acte officiel ou juridique',
    attribution: 'attribué à une source',
    comparison: 'comparaison',
    'named-entity': 'entités nommées',
  },
};
