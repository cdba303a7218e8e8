import { describe, expect, test } from 'vitest';
import { scoreSentences } from '../../../../core/claims/detect-claims';
import { scoreArticle } from '../../../../core/claims/score-article';

const TEXT = [
  'Moscou devient le premier pays à reconnaître le régime des talibans.',
  '',
  'La Russie a officiellement reconnu le régime en juillet 2025. Cette décision marque un tournant.',
].join('\n');

describe('scoreArticle', () => {
  test('a title missing from the text is scored first, with offsets into the title', () => {
    const title = 'La Russie reconnaît officiellement le régime des talibans';
    const sentences = scoreArticle({ text: TEXT, lang: 'fr', title });
    expect(sentences[0]).toMatchObject({
      kind: 'title',
      inText: false,
      text: title,
      start: 0,
      end: title.length,
    });
    expect(sentences[0]?.score).toBeGreaterThan(0);
    expect(sentences.slice(1).map((s) => s.kind)).toEqual(['text', 'text', 'text']);
  });

  test('a standfirst the text contains is the text’s own sentence, relabelled, not a duplicate', () => {
    const standfirst = 'Moscou devient  le premier pays à reconnaître le régime des talibans.';
    const sentences = scoreArticle({ text: TEXT, lang: 'fr', standfirst });
    expect(sentences).toHaveLength(3);
    expect(sentences[0]).toMatchObject({ kind: 'standfirst', inText: true, start: 0 });
    for (const s of sentences) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  test('without title or standfirst it is scoreSentences, every sentence of the text once', () => {
    const plain = scoreSentences(TEXT, 'fr');
    expect(scoreArticle({ text: TEXT, lang: 'fr', title: null, standfirst: '  ' })).toEqual(
      plain.map((s) => ({ ...s, kind: 'text', inText: true })),
    );
  });

  test('a passage that is only part of a text sentence is scored on its own', () => {
    const title = 'La Russie a officiellement reconnu';
    const sentences = scoreArticle({ text: TEXT, lang: 'fr', title });
    expect(sentences[0]).toMatchObject({ kind: 'title', inText: false, text: title });
    expect(sentences.slice(1).every((s) => s.kind === 'text')).toBe(true);
  });
});
