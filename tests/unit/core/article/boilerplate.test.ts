import { describe, expect, test } from 'vitest';
import { isBoilerplate } from '../../../../core/article/boilerplate';

describe('isBoilerplate drops', () => {
  test.each([
    'LIRE AUSSI : France : l’influenceuse Soraya Riffy ligotée et…',
    'Lire aussi | Le gouvernement présente son budget',
    'À lire aussi : Les prix de l’immobilier reculent',
    'Sur le même sujet',
    'Lire : Que sont les IMSI-catchers, ces valises qui espionnent les téléphones portables ?',
    'Suivez-nous sur Nasuba Infos via notre canal WhatsApp. Cliquez ici.',
    'Abonnez-vous à notre newsletter',
    'Publicité',
    'La suite après cette publicité',
    '123 vues',
    'Views: 0',
    'Photo : AFP',
    'Crédit photo : Jean Dupont / Hans Lucas',
    'Mots-clés : Russie, Afghanistan',
    'Tous droits réservés.',
    'Publié le 3 juillet 2025 à 10h12',
    'Mis à jour le jeudi 3 juillet 2025 à 18 h 40',
  ])('French: %s', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  test.each([
    'Read more: Heatwave pushes European power prices to two-year high',
    'Related: Five things to know about the vote',
    'You may also like',
    'Follow us on Twitter and Facebook',
    'Sign up for our Energy Briefing newsletter',
    'Get the day’s top energy stories in your inbox every weekday morning. Subscribe now',
    'Advertisement',
    'Story continues below advertisement',
    'Sponsored',
    '12 comments',
    '© Reuters',
    'Image copyright EPA',
    'The plague wiped out half of Europe in the 14th century (Image: GETTY)',
    'Image 1 of 9',
    'Write to Al Root at allen.root@example.com',
    'Updated 11:21 pm CST, Tuesday, November 19, 2019',
    'By Paul Takahashi | November 20, 2019',
    'Sign In',
    'Tags: climate, energy, Rhine',
  ])('English: %s', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  test.each([
    'Lesen Sie auch: Neue Regeln für Handwerksbetriebe ab Januar',
    'Das könnte Sie auch interessieren!',
    'Zum Weiterlesen:',
    'Mehr zum Thema',
    'Bild anzeigen',
    'Rezept drucken',
    'Anzeige',
    'Bild: Max Muster / Agentur',
    'Foto: Stadtverwaltung',
    'LE PUEDE INTERESAR: La ficha del expresidente en la corte',
    'MIRA: Vecinos celebran la apertura del puente',
    'Valora esta noticia',
    'Leggi anche: Il nuovo piano per le scuole',
    'Advertisement:',
  ])('German, Spanish, Italian: %s', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('isBoilerplate keeps article sentences', () => {
  test.each([
    'La Russie a officiellement reconnu le régime des talibans en Afghanistan.',
    'L’annonce a été faite le jeudi 3 juillet 2025 par Zamir Kaboulov, représentant spécial du président russe.',
    'Lire aussi les mémoires du général, publiées en 1970, permet de comprendre son choix de rester au pouvoir malgré les critiques de son entourage.',
    'Follow-up tests showed that the vaccine remained effective after six months in 91% of patients.',
    'Read more carefully, the report says something else: only 12% of the funds were spent in 2023, according to the audit office.',
    'The company said 2,500 jobs would go by March 2025.',
    'Mira Sorvino spielte 1995 die Hauptrolle in dem Film, der ihr einen Oscar einbrachte.',
    'Mehr als 200 Betriebe haben sich an der Umfrage der Kammer beteiligt.',
    // Deal items of a shopping article, not newsletter prompts.
    'Sign up for Streamflix Premium for $6.99 a month and get the first week free',
    'Sign up for the gym membership at 19 euros per month',
    'In 2018, low water cost Germany 5 billion euros.',
    '"We are loading 700 tonnes onto ships built for 2,500," said Marieke de Vries.',
    'Watching the markets closely, the central bank held rates at 4.5% on Thursday, its ninth pause in a row.',
  ])('%s', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});
