/**
 * Compares the article as it reads on this visit with the last version the reader checked, and
 * says whether to tell the reader: only when its words changed (noise ignored, diff-article.ts).
 */
import { type ArticleChange, diffArticle } from './diff-article';

/** Most changes sent to the page and the side panel; the count says how many there were. */
const MAX_SHOWN_CHANGES = 50;

/** What changed since the last checked version, for the notice. */
export interface ArticleComparison {
  /** When that version was checked (ISO 8601). */
  checkedAt: string;
  /** Its fingerprint, for exports and the review page. */
  fingerprint: string;
  /** The first MAX_SHOWN_CHANGES changes, in text order. */
  changes: ArticleChange[];
  /** How many changes there are in all. */
  changeCount: number;
}

/**
 * A comparison as the page shows it: with the fingerprint of the text compared (core/model/ids.ts)
 * and whether the reader dismissed the notice of this change (storage/article-versions.ts), which
 * holds until the article reads differently again.
 */
export interface ArticleChangeNotice extends ArticleComparison {
  nowFingerprint: string;
  dismissed: boolean;
}

/** The changes from `checked` to `text`, or null when the article reads the same. */
export function compareWithChecked(
  checked: { text: string; checkedAt: string; fingerprint: string },
  text: string,
): ArticleComparison | null {
  if (checked.text === text) return null;
  const changes = diffArticle(checked.text, text);
  if (changes.length === 0) return null;
  return {
    checkedAt: checked.checkedAt,
    fingerprint: checked.fingerprint,
    changes: changes.slice(0, MAX_SHOWN_CHANGES),
    changeCount: changes.length,
  };
}
