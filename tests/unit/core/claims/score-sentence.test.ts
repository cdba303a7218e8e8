import { describe, expect, test } from 'vitest';
import { CLAIM_THRESHOLD } from '../../../../core/claims/detect-claims';
import { scoreSentence } from '../../../../core/claims/score-sentence';

describe('scoreSentence', () => {
  test.each([
    ['en', 'The Senate voted 52 to 48 to repeal the law in March.', ['figure', 'official-act', 'date']],
    [
      'en',
      'Unemployment fell to 3.5 percent in 2019, according to the Labor Department.',
      ['attribution', 'comparison'],
    ],
    ['en', 'He was the first governor to sign such a law.', ['superlative']],
    [
      'fr',
      'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.',
      ['official-act', 'date'],
    ],
    ['fr', 'Le chômage a baissé de 9,8 % selon l’Insee.', ['figure', 'comparison', 'attribution']],
    ['de', 'Die Arbeitslosigkeit lag 2023 bei 5,7 %.', ['figure', 'date']],
  ])('%s claim: %s', (lang, sentence, reasons) => {
    const { score, reasons: fired } = scoreSentence(sentence, lang);
    expect(score).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
    expect(fired).toEqual(expect.arrayContaining(reasons));
  });

  test.each([
    ['en', 'I think this is a terrible idea.', 'opinion'],
    ['en', 'I believe we can do better together.', 'opinion'],
    ['en', 'What did you do about it?', 'question'],
    ['en', 'Click here to subscribe.', 'call-to-action'],
    ['en', 'Share this article with your friends.', 'call-to-action'],
    ['en', 'Read more', 'boilerplate'],
    ['en', 'Views: 0', 'boilerplate'],
    ['fr', 'Je pense que c’est une excellente idée.', 'opinion'],
    ['fr', 'Qui a pris cette décision ?', 'question'],
    ['fr', 'Suivez-nous sur notre canal WhatsApp.', 'call-to-action'],
    ['fr', 'LIRE AUSSI : France : l’influenceuse ligotée et…', 'boilerplate'],
  ])('%s not a claim: %s', (lang, sentence, reason) => {
    const { score, reasons } = scoreSentence(sentence, lang);
    expect(score).toBeLessThan(CLAIM_THRESHOLD);
    expect(reasons).toContain(reason);
  });

  test('a headline is not penalised for its telegraphic style', () => {
    const title = 'Un troisième Français mort dans le séisme au Népal';
    const plain = scoreSentence(title, 'fr');
    const headline = scoreSentence(title, 'fr', { headline: true });
    expect(plain.reasons).toContain('no-verb');
    expect(headline.reasons).not.toContain('no-verb');
    expect(headline.score).toBeGreaterThan(plain.score);
  });

  test('blank sentences score 0 with no reasons', () => {
    expect(scoreSentence('  ', 'en')).toEqual({ score: 0, reasons: [] });
  });

  test('scores stay within [0, 1] and reasons are unique', () => {
    const { score, reasons } = scoreSentence('Record 100% first-ever $5 billion law signed in 2024!', 'en');
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
    expect(new Set(reasons).size).toBe(reasons.length);
  });
});
