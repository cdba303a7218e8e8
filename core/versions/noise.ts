/**
 * What an article comparison ignores: lines that change on their own while the article says the
 * same thing — date and time lines ("Mis à jour le 5 mai 2025 à 10h12"), counters ("1 234
 * commentaires", "5 min de lecture", "12K shares") and advertising labels ("Publicité",
 * "Advertisement", "Contenu sponsorisé") — and whitespace, which the word tokens never hold.
 *
 * Invariant: a noise line is short and holds no sentence of the article, so leaving it out of
 * the comparison can hide no change to a claim (a line over MAX_NOISE_LENGTH is never noise).
 */
import { isDateLine } from '../article/date-line';

/** Longer lines are article text whatever they hold: a counter or a label is a few words. */
const MAX_NOISE_LENGTH = 60;

/** Advertising and sharing labels, alone on their line (EN/FR). */
const LABEL =
  /^(?:publicit[ée]|advertisement|advertising|ad|annonce|sponsored|sponsoris[ée]|contenu sponsoris[ée]|sponsored content|partenaire|partner content|lire aussi|read more|read also|share|partager|newsletter)$/iu;

/** A counter: a number (spaces, dots, commas or K/M inside) next to a few counting words. */
const COUNTER =
  /^(?:\p{L}+\s)?[\d][\d\s.,\u00a0\u202f]*[kKmM]?\s+(?:\p{L}+\.?\s?){1,4}$|^(?:\p{L}+\s?){1,3}[:\s]\s*[\d][\d\s.,\u00a0\u202f]*[kKmM]?$/u;

/** Words a counter line may count: comments, views, shares, reading time, reactions (EN/FR). */
const COUNTED =
  /(?:comment|comments|commentaires?|réactions?|reactions?|views?|vues?|lectures?|shares?|partages?|likes?|j'aime|min|minutes?|read|lecture|lu|fois|abonnés?|followers?|votes?|replies|réponses?)/iu;

/** Whether a line of article text is noise for the comparison (see the module comment). */
export function isNoiseLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return true;
  if (text.length > MAX_NOISE_LENGTH) return false;
  if (LABEL.test(text)) return true;
  if (COUNTER.test(text) && COUNTED.test(text)) return true;
  return isDateLine(text);
}
