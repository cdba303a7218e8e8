/**
 * "Already checked" on this page: asks the background which sentences of the article match a
 * claim the reader checked elsewhere (or a fact-check they saved from a fact-checker), and turns
 * an earlier check into a fact-check of this page in one action (its verdict and sources, with a
 * link to where it was checked).
 *
 * Only this page's own article sentences are sent, and the answer stays in the content script's
 * memory: it is shown in the side panel (an extension page), in the card and as marks drawn
 * inside a closed shadow root (memory-marks.ts), never in the page's DOM or highlight names,
 * which the page can read.
 */
import { describeRange } from '../../core/anchoring/describe';
import { articleMetadata } from '../../core/article/article-metadata';
import type { ExtractedArticle } from '../../core/article/types';
import type { SentenceSpan } from '../../core/claims/types';
import { MAX_SENTENCE_CHARS, MAX_SENTENCES } from '../../core/messaging/protocol';
import type { AlreadyCheckedPassage, PlacedAnnotation } from '../../core/messaging/page-state';
import { reusedFields } from '../../core/memory/reuse';
import { fingerprintOf } from '../../core/model/ids';
import { requestBackground } from '../messaging/request';

const overlaps = (a: { start: number; end: number }, b: { start: number | null; end: number | null }) =>
  b.start !== null && b.end !== null && a.start < b.end && b.start < a.end;

/**
 * The article's sentences (`split`, as the analysis split its text) checked before, leaving out
 * those the reader checked on this page.
 */
export async function lookUpAlreadyChecked(
  article: ExtractedArticle,
  split: readonly SentenceSpan[],
  annotations: readonly PlacedAnnotation[],
): Promise<AlreadyCheckedPassage[]> {
  const sentences = split
    .filter((sentence) => sentence.end - sentence.start <= MAX_SENTENCE_CHARS)
    .filter((sentence) => !annotations.some((annotation) => overlaps(sentence, annotation)))
    .slice(0, MAX_SENTENCES);
  if (sentences.length === 0) return [];
  const found = await requestBackground({
    type: 'findAlreadyChecked',
    url: article.url,
    sentences: sentences.map((sentence) => article.text.slice(sentence.start, sentence.end)),
  });
  return found.flatMap(({ sentence, similarity, earlier }) => {
    const passage = sentences[sentence];
    return passage ? [{ start: passage.start, end: passage.end, similarity, earlier }] : [];
  });
}

/** Saves the passage's earlier check as a fact-check of this page. */
export async function reuseEarlierCheck(
  article: ExtractedArticle,
  passage: AlreadyCheckedPassage,
): Promise<void> {
  const { quote, position } = describeRange(article.text, passage.start, passage.end);
  await requestBackground({
    type: 'createFactCheck',
    draft: {
      ...reusedFields(passage.earlier),
      note: '',
      tags: [],
      article: { ...articleMetadata(article), fingerprint: await fingerprintOf(article.text) },
      claim: {
        text: article.text.slice(passage.start, passage.end),
        quote,
        position,
        origin: 'manual',
        score: null,
      },
    },
  });
}
