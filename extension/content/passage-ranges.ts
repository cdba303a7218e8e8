/**
 * Where a passage is in the live page and what it says: a passage of the article text is placed
 * through the article's text nodes (text-range.ts); a passage of the title, in the page's headline
 * (headline-ranges.ts), which the article text does not hold.
 */
import { headlineRanges } from '../../core/article/headline-ranges';
import { rangesForOffsets } from '../../core/article/text-range';
import type { ExtractedArticle } from '../../core/article/types';
import type { Passage } from '../../core/messaging/page-state';

/** The text the passage's offsets are into: the article's title or its text. */
export function passageSource(article: ExtractedArticle, passage: Passage): string {
  return passage.place === 'title' ? article.title : article.text;
}

/** The passage's words. */
export function passageText(article: ExtractedArticle, passage: Passage): string {
  return passageSource(article, passage).slice(passage.start, passage.end);
}

/** The ranges showing the passage in the page; empty when the page does not show it. */
export function passageRanges(doc: Document, article: ExtractedArticle, passage: Passage): Range[] {
  if (passage.place !== 'title') return rangesForOffsets(article, passage.start, passage.end);
  return headlineRanges(doc, article.title, passage.start, passage.end);
}
