/**
 * The card's rules for an edited fact-check, shared by every editor: tags are typed comma
 * separated, trimmed and deduplicated; a blank source (no link, title or quote) is left out; a
 * source that has words but no link yet, or a link that is not http or https, holds the save back
 * with a reason the reader can act on, so that nothing they typed is dropped while the editor
 * says "Saved".
 */
import type { Source } from '../model/fact-check';
import { isHttpUrl } from '../model/http-url';

/** Why a source cannot be saved as it is (a message key in both languages). */
export type SourceProblem = 'sourceNeedsLink' | 'invalidUrl';

/** Tags from the text of a tags field. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** What stops `source` from being saved; null when it can be saved or is blank. */
export function sourceProblem(source: Source): SourceProblem | null {
  if (source.url === '') return source.title.trim() || source.quote?.trim() ? 'sourceNeedsLink' : null;
  return isHttpUrl(source.url) ? null : 'invalidUrl';
}

/** The sources to save, blank ones left out, or the first problem that holds the save back. */
export function savableSources(
  sources: readonly Source[],
): { sources: Source[]; problem: null } | { sources: null; problem: SourceProblem } {
  for (const source of sources) {
    const problem = sourceProblem(source);
    if (problem) return { sources: null, problem };
  }
  return { sources: sources.filter((source) => source.url !== ''), problem: null };
}
