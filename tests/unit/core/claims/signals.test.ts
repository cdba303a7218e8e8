import { describe, expect, test } from 'vitest';
import { en } from '../../../../core/claims/lang/en';
import { fr } from '../../../../core/claims/lang/fr';
import { profileFor } from '../../../../core/claims/lang/profiles';
import { findSignals } from '../../../../core/claims/signals';

describe('findSignals', () => {
  test.each([
    [en, 'It cost two million dollars.', 'figure'],
    [en, 'It happened on Monday.', 'date'],
    [en, 'It is the largest plant in the world.', 'superlative'],
    [en, 'The governor signed the bill.', 'official-act'],
    [en, 'Prices rose, according to the survey.', 'attribution'],
    [en, 'Exports doubled compared with last year.', 'comparison'],
    [en, 'The plan was drafted by NATO officials.', 'named-entity'],
    [en, 'Prices went up because of the drought.', 'causal'],
    [en, 'Is it true?', 'question'],
    [en, 'Short text here.', 'too-short'],
    [en, 'You know it.', 'second-person'],
    [fr, 'Le budget atteint trois milliards.', 'figure'],
    [fr, 'Il est venu le jeudi 3 juillet.', 'date'],
    [fr, 'Elle devient ainsi le premier pays à le faire.', 'superlative'],
    [fr, 'La Russie a officiellement reconnu le régime.', 'official-act'],
    [fr, 'Il a démissionné, selon les autorités russes.', 'attribution'],
    [fr, 'Les prix sont en hausse par rapport à mars.', 'comparison'],
    [fr, 'Le ministre a rencontré Vladimir Poutine hier.', 'named-entity'],
    [fr, 'J’ai vu la décision prise par le tribunal.', 'first-person'],
    [fr, 'Le vol a été annulé en raison de la grève.', 'causal'],
  ])('%#: %s → %s', (profile, sentence, signal) => {
    expect(findSignals(sentence, profile)).toContain(signal);
  });

  test.each([
    [en, 'It took three years and seven million dollars.', 'figure'],
    [fr, 'Le chantier a duré trois ans.', 'figure'],
    [fr, 'Il s’agit de six magistrats du Conseil d’État.', 'figure'],
    [fr, 'Jamais autant de migrants n’avaient traversé la Manche.', 'superlative'],
    [fr, 'Les prix augmenteront encore.', 'future'],
  ])('%#: a figure, a record, a tense: %s → %s', (profile, sentence, signal) => {
    expect(findSignals(sentence, profile)).toContain(signal);
  });

  test.each([
    [fr, 'Ce sont deux fléaux qui préoccupent la région.', 'figure'],
    [fr, 'Les deux gouvernements se sont rapprochés.', 'figure'],
    [en, 'There are two things I want to say.', 'figure'],
    [fr, 'Le taux de participation reste une inconnue.', 'figure'],
    [fr, 'Le premier ministre a reçu les syndicats.', 'superlative'],
    [fr, 'Je ne ferais jamais cela.', 'superlative'],
    [en, 'First of all, thank you.', 'superlative'],
    [en, 'We need to do more.', 'past-event'],
    [fr, 'Il faut donc agir.', 'causal'],
  ])('%#: reasons stay true: %s ↛ %s', (profile, sentence, signal) => {
    expect(findSignals(sentence, profile)).not.toContain(signal);
  });

  test.each([
    [en, 'I was there when it happened.', 'named-entity'],
    [en, 'The report was long and detailed.', 'question'],
    [fr, 'Elle devient ainsi un pays important.', 'named-entity'],
  ])('%#: %s ↛ %s', (profile, sentence, signal) => {
    expect(findSignals(sentence, profile)).not.toContain(signal);
  });

  test.each([
    ['fr-CA', 'fr'],
    ['EN-us', 'en'],
    ['de', 'en'],
  ])('profileFor(%s) is %s', (lang, code) => {
    expect(profileFor(lang).code).toBe(code);
  });
});
