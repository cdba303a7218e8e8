import { describe, expect, test } from 'vitest';
import { MAX_SCORED_TEXT, pageClaims } from '../../../../core/claims/page-claims';
import { splitSentences } from '../../../../core/claims/split-sentences';
import { ARTICLE_FR } from './article-fr';

const article = {
  text: ARTICLE_FR,
  lang: 'fr',
  title: 'La Russie reconnaît officiellement le régime des talibans',
};

describe('pageClaims', () => {
  test('highlights at most about a third of the sentences, the strongest marked apart', () => {
    const sentences = splitSentences(ARTICLE_FR, 'fr').length + 1;
    const { claims, headline } = pageClaims(article);
    const highlighted = claims.length + headline.length;
    expect(highlighted).toBeGreaterThan(0);
    // A third of the sentences, the title's place included.
    expect(highlighted).toBeLessThanOrEqual(Math.ceil(sentences / 3));
    const strong = [...claims, ...headline].filter((claim) => claim.tier === 'strong');
    expect(strong.length).toBeGreaterThan(0);
    expect(strong.length).toBeLessThan(highlighted);
    for (const claim of [...claims, ...headline].filter((c) => c.tier === 'claim'))
      expect(Math.max(...strong.map((s) => s.score))).toBeGreaterThanOrEqual(claim.score);
  });

  test('a check-worthy title is highlighted, with offsets into the title; text claims with offsets into the text', () => {
    const { claims, headline } = pageClaims(article);
    for (const claim of claims) expect(ARTICLE_FR.slice(claim.start, claim.end)).toBe(claim.text);
    expect(headline.map((claim) => claim.text)).toEqual([article.title]);
    expect(article.title.slice(headline[0]?.start, headline[0]?.end)).toBe(headline[0]?.text);
  });

  test('lists every sentence of the text, highlighted or not, as the segmenter splits it', () => {
    const expected = splitSentences(ARTICLE_FR, 'fr').map(({ start, end }) => ({ start, end }));
    expect(pageClaims(article).sentences).toEqual(expected);
    // A title the text holds is one of its sentences, listed once.
    const first = expected[0] as { start: number; end: number };
    const titled = { ...article, title: ARTICLE_FR.slice(first.start, first.end) };
    expect(pageClaims(titled).sentences).toEqual(expected);
  });

  test('more never highlights fewer than normal, nor normal than fewer', () => {
    const count = (amount: 'fewer' | 'normal' | 'more') => {
      const { claims, headline } = pageClaims(article, amount);
      return claims.length + headline.length;
    };
    expect(count('fewer')).toBeLessThanOrEqual(count('normal'));
    expect(count('normal')).toBeLessThanOrEqual(count('more'));
    expect(count('more')).toBeGreaterThan(count('fewer'));
  });

  test('a title the text already holds is highlighted in the text, not twice', () => {
    const first = splitSentences(ARTICLE_FR, 'fr')[0]?.text ?? '';
    const { headline } = pageClaims({ ...article, title: first }, 'more');
    expect(headline).toEqual([]);
  });
});

test('a title below the floor is not highlighted', () => {
  const { headline } = pageClaims({ ...article, title: 'Un tournant pour Kaboul' });
  expect(headline).toEqual([]);
});

test('a page cannot make the analyser score an unbounded text: past MAX_SCORED_TEXT nothing is scored', () => {
  const paragraph =
    'Le chômage a baissé de 3,2 % en 2024 selon les chiffres publiés hier par le ministère du Travail.';
  const text = Array.from({ length: 40_000 }, () => paragraph).join('\n\n');
  expect(text.length).toBeGreaterThan(10 * MAX_SCORED_TEXT);
  const { claims, sentences } = pageClaims({ text, lang: 'fr', title: null }, 'more');
  expect(claims.length).toBeGreaterThan(0);
  expect(Math.max(...sentences.map((sentence) => sentence.end))).toBeLessThanOrEqual(MAX_SCORED_TEXT);
  expect(Math.max(...claims.map((claim) => claim.end))).toBeLessThanOrEqual(MAX_SCORED_TEXT);
});
