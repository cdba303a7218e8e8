import { expect, test } from 'vitest';
import { isDateLine } from '../../../../core/article/date-line';

test.each([
  'Updated 11:21 pm CST, Tuesday, November 19, 2019',
  'PUBLISHED: 00:01, Tue, Nov 19, 2019',
  'September 10, 2018 |',
  '19.11.2019, 08:57',
  'By Paul Takahashi | November 20, 2019',
  'Publié le 3 juillet 2025 à 10h12',
  'Mis à jour le jeudi 3 juillet 2025 à 18 h 40',
  // Each multi-word date phrase, whose parts the cheap precheck must let through.
  'Publié il y a 3 heures',
  'Story last updated 10:30 a.m. EST',
  'mis à jour il y a 2 heures',
  'Posted 9 p.m. by Jane Doe',
  'modifié le 4 août 2025',
  'par Karim B. | 12 mars 2024',
  'from 12 june 2024 Reuters',
  'de Amina Diallo, 4 juillet 2025',
])('date line: %s', (text) => {
  expect(isDateLine(text)).toBe(true);
});

test.each([
  'The vote took place on November 19, 2019 in the council chamber.',
  'L’annonce a été faite le jeudi 3 juillet 2025 par Zamir Kaboulov.',
  'In 2018, low water cost Germany 5 billion euros.',
  'By Paul Takahashi',
  'Tuesday',
  // A lower-case word no date phrase accounts for.
  'Updated 11:21 pm, see page 4',
  // Numbers with no date word and no date shape: table cells, figures in headings.
  '2019',
  '20,2 Mio.',
  '1 545 500 EUROS',
  '12 | 45 | 3,5',
  // A goal difference is no time: date shapes are whole numbers.
  '651:540',
  // A date beside a word that is no byline: an event's date, article text.
  'Termin: 29.02.2020, 19 Uhr',
])('not a date line: %s', (text) => {
  expect(isDateLine(text)).toBe(false);
});
