/**
 * "Already checked" on this page: asks the background which sentences of the article (its title's
 * claims included) match a claim the reader checked elsewhere (or a fact-check they saved from a
 * fact-checker), and turns an earlier check into a fact-check of this page in one action (its
 * verdict and sources, with a link to where it was checked).
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
import { MAX_SENTENCE_CHARS, MAX_SENTENCES, savedOnText } from '../../core/messaging/protocol';
import type { AlreadyCheckedPassage, Passage, PlacedAnnotation } from '../../core/messaging/page-state';
import { reusedFields } from '../../core/memory/reuse';
import { fingerprintOf } from '../../core/model/ids';
import { requestBackground } from '../messaging/request';
import { passageSource, passageText } from './passage-ranges';

const overlaps = (a: Passage, b: PlacedAnnotation) =>
  a.place === b.place && b.start !== null && b.end !== null && a.start < b.end && b.start < a.end;

/**
 * The article's sentences checked before: the title's claims (`title`, offsets into the title)
 * and the text's sentences (`split`, as the analysis split its text), leaving out those the reader
 * checked on this page.
 */
export async function lookUpAlreadyChecked(
  article: ExtractedArticle,
  title: readonly SentenceSpan[],
  split: readonly SentenceSpan[],
  annotations: readonly PlacedAnnotation[],
): Promise<AlreadyCheckedPassage[]> {
  const passages: Passage[] = [
    ...title.map(({ start, end }) => ({ start, end, place: 'title' as const })),
    ...split.map(({ start, end }) => ({ start, end })),
  ]
    .filter((passage) => passage.end - passage.start <= MAX_SENTENCE_CHARS)
    .filter((passage) => !annotations.some((annotation) => overlaps(passage, annotation)))
    .slice(0, MAX_SENTENCES);
  if (passages.length === 0) return [];
  const found = await requestBackground({
    type: 'findAlreadyChecked',
    url: article.url,
    sentences: passages.map((passage) => passageText(article, passage)),
  });
  return found.flatMap(({ sentence, similarity, earlier }) => {
    const passage = passages[sentence];
    return passage ? [{ ...passage, similarity, earlier }] : [];
  });
}

/** Saves the passage's earlier check as a fact-check of this page. */
export async function reuseEarlierCheck(
  article: ExtractedArticle,
  passage: AlreadyCheckedPassage,
): Promise<void> {
  const { quote, position } = describeRange(passageSource(article, passage), passage.start, passage.end);
  await requestBackground({
    type: 'createFactCheck',
    draft: {
      ...reusedFields(passage.earlier),
      note: '',
      tags: [],
      article: { ...articleMetadata(article), fingerprint: await fingerprintOf(article.text) },
      claim: {
        text: passageText(article, passage),
        quote,
        position,
        ...(passage.place ? { place: passage.place } : {}),
        origin: 'manual',
        score: null,
      },
    },
    // Kept as the version this fact-check was saved on, in the same transaction.
    ...savedOnText(article.text),
  });
}
