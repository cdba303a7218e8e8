/**
 * Derives a fact-check row's index fields from the records it belongs to. Called on every write
 * and by the schema upgrades that introduced these fields, so both always agree.
 */
import type { ArticleRecord, ClaimRecord, FactCheckRecord } from '../core/model/fact-check';
import type { StoredFactCheck } from '../core/model/stored-records';
import { verdictRank } from '../core/review/filter';
import { searchWords } from '../core/search/search-words';

type SearchFields = Pick<StoredFactCheck, 'site' | 'words' | 'sourceCount' | 'verdictRank'>;

/** The derived fields of a fact-check on `claim` in `article` (either may be missing). */
export function factCheckSearchFields(
  factCheck: Pick<FactCheckRecord, 'verdict' | 'note' | 'tags' | 'sources'>,
  claim: Pick<ClaimRecord, 'text'> | undefined,
  article: Pick<ArticleRecord, 'title' | 'site'> | undefined,
): SearchFields {
  return {
    site: article?.site ?? '',
    words: searchWords(
      claim?.text ?? '',
      factCheck.note,
      factCheck.tags.join(' '),
      ...factCheck.sources.map((source) => source.title),
      article?.title ?? '',
    ),
    sourceCount: factCheck.sources.length,
    verdictRank: verdictRank(factCheck.verdict),
  };
}
