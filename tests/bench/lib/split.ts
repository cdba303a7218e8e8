/**
 * The fixed split of benchmark pages into a TUNE part and a VALIDATION part, by a hash of the
 * page's name (its id in article-extraction, its file name in article-snippets), so that it
 * never depends on the corpus's order, on which pages are present or on the machine.
 *
 * Rules and models are tuned on TUNE pages only (read them, dump them, fit on them); a change
 * ships only if it raises the VALIDATION score, whose pages are never read one by one.
 *
 * Invariant: `partOf(name)` depends on `name` alone; about half of any large set is each part.
 */
import { fnv1a } from '../../../core/text/fnv1a';

export type Part = 'tune' | 'validation';

/** The part a page belongs to. Half and half: validation must be large enough to tell changes apart. */
export function partOf(name: string): Part {
  return fnv1a(name) % 2 === 0 ? 'tune' : 'validation';
}
