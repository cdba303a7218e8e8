/**
 * Scores a whole article for ranking: its text's sentences plus its title and standfirst, which
 * state the article's main claim more often than any other sentence. A title or standfirst that
 * the text already contains is the text's own sentences, relabelled (offsets into the text); one
 * that it does not contain is scored as extra passages before the text (offsets into the
 * passage itself, `inText` false), so the caller knows to find it elsewhere on the page; those
 * are scored as headlines (`scoreSentence`'s `headline`: no penalty for a missing verb).
 *
 * Invariants: every sentence of `text` appears exactly once, in order, after the passages not
 * in the text; `text.slice(start, end) === sentence.text` whenever `inText`; a passage is
 * matched in the text only as whole sentences of it (after collapsing white space), never as
 * part of a sentence.
 */
import { scoreSplitSentence } from './detect-claims';
import { scoreSentence } from './score-sentence';
import { splitSentences } from './split-sentences';
import type { DetectedClaim } from './types';

/** Where a sentence comes from. */
type PassageKind = 'title' | 'standfirst' | 'text';

export interface ArticleSentence extends DetectedClaim {
  kind: PassageKind;
  /** Whether `start`/`end` are offsets into the article text (else into its passage). */
  inText: boolean;
}

export interface ArticleToScore {
  /** The article's main text (`ExtractedArticle.text`). */
  text: string;
  /** BCP 47 language tag. */
  lang: string;
  title?: string | null;
  /** The lead paragraph under the title ("chapô"), when the page has one. */
  standfirst?: string | null;
}

/** Where `passage` starts in `text` once white space is collapsed, as a UTF-16 span, or null. */
function locate(text: string, passage: string): { start: number; end: number } | null {
  const words = passage.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(escaped.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Every sentence of the article, title and standfirst first, each with its score and reasons. */
export function scoreArticle({ text, lang, title, standfirst }: ArticleToScore): ArticleSentence[] {
  const body: ArticleSentence[] = splitSentences(text, lang).map((s) => ({
    ...scoreSplitSentence(s, lang),
    kind: 'text',
    inText: true,
  }));
  const extra: ArticleSentence[] = [];
  for (const [kind, passage] of [
    ['title', title],
    ['standfirst', standfirst],
  ] as const) {
    if (!passage || passage.trim() === '') continue;
    const span = locate(text, passage);
    const inside = span
      ? body.filter((s) => s.kind === 'text' && s.start >= span.start && s.end <= span.end)
      : [];
    const covered = inside.reduce((sum, s) => sum + s.text.length, 0);
    // Relabel only when the passage is the text's own sentences, not a part of one of them.
    if (span && inside.length > 0 && covered >= passage.replace(/\s+/g, '').length * 0.9) {
      for (const sentence of inside) sentence.kind = kind;
      continue;
    }
    for (const s of splitSentences(passage, lang))
      extra.push({ ...s, ...scoreSentence(s.text, lang, { headline: true }), kind, inText: false });
  }
  return [...extra, ...body];
}
