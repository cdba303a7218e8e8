/**
 * Deterministic made-up claims in the style of news copy (subject, verb, figure, place, time,
 * source), French and English, to fill a claim memory to a realistic size for timing. They
 * share vocabulary heavily, which is the hard case for LSH: many claims land in the same
 * buckets and must be verified.
 */
import { mulberry32 } from './mulberry32';

const FR = {
  subject: [
    'Le chômage',
    'La dette publique',
    "Le prix de l'essence",
    'Le déficit',
    'La natalité',
    'Le nombre de policiers',
    'La consommation de tabac',
    'Le budget de la défense',
    'Le nombre de logements vacants',
    "L'immigration irrégulière",
    "Le pouvoir d'achat",
    'Le trafic ferroviaire',
  ],
  verb: ['a augmenté de', 'a baissé de', 'a atteint', 'a reculé de', 'a progressé de', 'a dépassé'],
  place: [
    'en France',
    'en Bretagne',
    'à Paris',
    'en Europe',
    'dans les Hauts-de-France',
    'en Occitanie',
    'à Marseille',
    'en Île-de-France',
  ],
  source: [
    "selon l'Insee",
    'selon le gouvernement',
    'selon la Cour des comptes',
    "d'après Eurostat",
    'selon le ministre',
  ],
};
const EN = {
  subject: [
    'Unemployment',
    'The national debt',
    'Gas prices',
    'The deficit',
    'The birth rate',
    'The number of police officers',
    'Smoking',
    'Defence spending',
    'Violent crime',
    'Illegal immigration',
    'Household income',
    'Rail traffic',
  ],
  verb: ['rose by', 'fell by', 'reached', 'dropped by', 'grew by', 'exceeded'],
  place: [
    'in the US',
    'in Texas',
    'in London',
    'in Europe',
    'in Ohio',
    'in Scotland',
    'in California',
    'in Wales',
  ],
  source: [
    'according to the BLS',
    'the government said',
    'the CBO says',
    'Eurostat figures show',
    'the minister said',
  ],
};

/** `count` claims, half French and half English, the same for the same seed. */
export function syntheticClaims(count: number, seed = 7): string[] {
  const random = mulberry32(seed);
  const pick = (items: readonly string[]) => items[Math.floor(random() * items.length)] as string;
  const claims: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = i % 2 === 0 ? FR : EN;
    const figure = (Math.floor(random() * 1000) / 10).toString();
    const year = 1990 + Math.floor(random() * 35);
    const figureText = i % 2 === 0 ? `${figure.replace('.', ',')} %` : `${figure}%`;
    claims.push(
      `${pick(words.subject)} ${pick(words.verb)} ${figureText} ${pick(words.place)} en ${year}, ${pick(words.source)}.`.replace(
        i % 2 === 0 ? /$^/ : / en (\d{4})/,
        ' in $1',
      ),
    );
  }
  return claims;
}
