/**
 * The card's rules for an edited fact-check, shared by every editor: tags are typed comma
 * separated, trimmed and deduplicated; a source still without a link is left out; a link that is
 * not http or https stops the save with a message the reader can act on.
 */
import type { Source } from '../model/fact-check';
import { isHttpUrl } from '../model/http-url';

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

/** The sources worth saving; throws `invalidMessage` when one has a link of another scheme. */
export function savableSources(sources: Source[], invalidMessage: string): Source[] {
  const started = sources.filter((source) => source.url !== '');
  if (started.some((source) => !isHttpUrl(source.url))) throw new Error(invalidMessage);
  return started;
}
