/**
 * What a view saves of a fact-check: only the fields the reader changed in it since it showed
 * them. A view (the in-page card, the review page's editor) shows the fields as they stood when it
 * opened; meanwhile another view (or a teammate, through desk sync) may have changed others, and a
 * save of every field would put their old values back. A field changed in both is the reader's
 * last word.
 */
import type { Source } from './fact-check';
import type { FactCheckFields } from './fact-check-draft';

const sameSource = (a: Source, b: Source) =>
  a.url === b.url && a.title === b.title && a.quote === b.quote && a.stance === b.stance;

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((item, index) => same(item, b[index] as T));

/** The fields of `now` that differ from `shown` (sources and tags compared item by item, in order). */
export function changedFields(shown: FactCheckFields, now: FactCheckFields): Partial<FactCheckFields> {
  const changes: Partial<FactCheckFields> = {};
  if (now.verdict !== shown.verdict) changes.verdict = now.verdict;
  if (now.note !== shown.note) changes.note = now.note;
  if (!sameList(now.sources, shown.sources, sameSource)) changes.sources = now.sources;
  if (!sameList(now.tags, shown.tags, (a, b) => a === b)) changes.tags = now.tags;
  return changes;
}
