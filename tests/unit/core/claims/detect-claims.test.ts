import { describe, expect, test } from 'vitest';
import { CLAIM_THRESHOLD, detectClaims, scoreSentences } from '../../../../core/claims/detect-claims';
import { ARTICLE_FR } from './article-fr';

const detected = detectClaims(ARTICLE_FR, 'fr').map((claim) => claim.text);
const scoreOf = (start: string) =>
  scoreSentences(ARTICLE_FR, 'fr').find((s) => s.text.startsWith(start))?.score;

describe('detectClaims on the reference French article', () => {
  test.each([
    'La Russie a officiellement reconnu le régime des talibans en Afghanistan.',
    'Elle devient ainsi le premier pays à accorder une légitimité diplomatique à l’Émirat islamique depuis la prise du pouvoir par la force en août 2021.',
    'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.',
    'Le ministère russe des Affaires étrangères a confirmé l’information à l’agence Tass.',
  ])('includes %s', (sentence) => {
    expect(detected).toContain(sentence);
  });

  test.each([
    'LIRE AUSSI : France : l’influenceuse Soraya Riffy ligotée et…',
    'Suivez-nous sur Nasuba Infos via notre canal WhatsApp.',
    'Cliquez ici.',
    'Views: 0',
    'Cette reconnaissance constitue une étape majeure dans le rapprochement progressif engagé entre Moscou et Kaboul.',
  ])('excludes %s', (sentence) => {
    expect(detected).not.toContain(sentence);
  });

  test('ranks the vague sentence below the factual one', () => {
    expect(scoreOf('Cette reconnaissance')).toBeLessThan(scoreOf('La Russie a officiellement') ?? 0);
  });

  test('every sentence is scored, claims are exactly those at or above the threshold', () => {
    const all = scoreSentences(ARTICLE_FR, 'fr');
    expect(all).toHaveLength(19);
    expect(all.filter((s) => s.score >= CLAIM_THRESHOLD)).toEqual(detectClaims(ARTICLE_FR, 'fr'));
    for (const s of all) expect(ARTICLE_FR.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('detectClaims in English', () => {
  const text = [
    'Unemployment fell to 3.5 percent in 2019, according to the Labor Department.',
    'I think this is a terrible idea.',
    'What did you do about it?',
    'Click here to subscribe.',
    'Mr. Smith said the U.S. spent $2 billion on the program last year.',
  ].join(' ');

  test('keeps factual sentences and drops opinions, questions and calls to action', () => {
    expect(detectClaims(text, 'en').map((c) => c.text)).toEqual([
      'Unemployment fell to 3.5 percent in 2019, according to the Labor Department.',
      'Mr. Smith said the U.S. spent $2 billion on the program last year.',
    ]);
  });
});
