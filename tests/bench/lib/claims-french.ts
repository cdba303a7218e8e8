/**
 * The French half of `npm run eval:claims`: the shipped scorer on the French data of
 * `data/claims-fr` (tune rows were trained on, so only validation rows are honest), the English
 * scorer on the English originals of the same translated sentences (the comparable figure), the
 * ranking's share of highlighted sentences per article on the French pages and the demo article,
 * the strongest tier's precision, and the median scoring cost per sentence.
 */
import { performance } from 'node:perf_hooks';
import { CLAIM_THRESHOLD } from '../../../core/claims/detect-claims';
import { pageClaims } from '../../../core/claims/page-claims';
import { AMOUNTS, type HighlightAmount, STRONG_FLOOR } from '../../../core/claims/rank-claims';
import { scoreArticle } from '../../../core/claims/score-article';
import { scoreSentence } from '../../../core/claims/score-sentence';
import {
  type LabelledSentence,
  loadCt24French,
  loadFrenchPages,
  loadNewsFrench,
  type Part,
  sentenceKey,
} from '../../../scripts/claims/french-data';
import { type Example, measure, sharedDir } from '../../../scripts/train-claims';

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

function line(name: string, rows: readonly LabelledSentence[], lang: string): void {
  const scores = rows.map((row) => scoreSentence(row.text, lang).score);
  const labels = rows.map((row) => row.label);
  const m = measure(scores, labels, CLAIM_THRESHOLD);
  const digit = measure(
    rows.map((row) => (/\d/.test(row.text) ? 1 : 0)),
    labels,
    0.5,
  );
  const flagged = scores.filter((s) => s >= CLAIM_THRESHOLD).length / Math.max(1, rows.length);
  const yes = labels.filter((y) => y === 1).length / Math.max(1, rows.length);
  console.log(
    `${name.padEnd(34)} F1 ${m.f1.toFixed(3)}  P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  flags ${pct(flagged)} (Yes ${pct(yes)}; digit rule F1 ${digit.f1.toFixed(3)}, ${rows.length} rows)`,
  );
}

function strongTier(name: string, rows: readonly LabelledSentence[], lang: string): void {
  const strong = rows.filter((row) => scoreSentence(row.text, lang).score >= STRONG_FLOOR);
  const precision = strong.filter((row) => row.label === 1).length / Math.max(1, strong.length);
  console.log(
    `strong tier (score ≥ ${STRONG_FLOOR}) ${name.padEnd(16)} precision ${precision.toFixed(3)} on ${strong.length} of ${rows.length} sentences`,
  );
}

function medianMicroseconds(rows: readonly LabelledSentence[], lang: string): number {
  for (const row of rows.slice(0, 50)) scoreSentence(row.text, lang);
  const times = rows.map((row) => {
    const started = performance.now();
    scoreSentence(row.text, lang);
    return (performance.now() - started) * 1000;
  });
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Prints the French figures; `fit` and `validation` are CT24's English splits. */
export function reportFrench({ fit, validation }: { fit: Example[]; validation: Example[] }): void {
  const english = new Map([...fit, ...validation].map((row) => [row.id, row]));
  const pages = loadFrenchPages(sharedDir());
  console.log('\nFrench (data/claims-fr; tune rows were trained on, validation rows never)');
  for (const part of ['validation', 'tune'] as Part[]) {
    const ct24 = loadCt24French(part);
    const originals = ct24.flatMap((row) => {
      const original = english.get(row.id);
      return original ? [original] : [];
    });
    line(`ct24 ${part}: English originals`, originals, 'en');
    line(`ct24 ${part}: French translations`, ct24, 'fr');
    const news = loadNewsFrench(part, pages);
    line(`news ${part}: French`, news.rows, 'fr');
    if (news.missing > 0) console.log(`  (${news.missing} labelled page sentences not found: re-label them)`);
  }

  const frenchValidation = [...loadCt24French('validation'), ...loadNewsFrench('validation', pages).rows];
  strongTier('English val', validation, 'en');
  strongTier('French val', frenchValidation, 'fr');

  console.log(
    '\nHighlights per article (pageClaims, as pages ship it: ranked title + text; share of the article’s sentences)',
  );
  const labels = new Map<string, number>();
  for (const part of ['tune', 'validation'] as Part[])
    for (const row of loadNewsFrench(part, pages).rows) labels.set(sentenceKey(row.text), row.label);
  for (const page of pages) {
    const sentences = scoreArticle({ text: page.text, lang: page.lang, title: page.title });
    const above = sentences.filter((s) => s.score >= CLAIM_THRESHOLD).length;
    const amounts = (Object.keys(AMOUNTS) as HighlightAmount[]).map((amount) => {
      const shipped = pageClaims(page, amount);
      const lit = [...shipped.headline, ...shipped.claims];
      const right = lit.filter((s) => labels.get(sentenceKey(s.text)) === 1).length;
      const strong = lit.filter((s) => s.tier === 'strong').length;
      return `${amount} ${pct(lit.length / sentences.length)} (${lit.length}, ${strong} strong, P ${(right / Math.max(1, lit.length)).toFixed(2)})`;
    });
    const yes = sentences.filter((s) => labels.get(sentenceKey(s.text)) === 1).length;
    console.log(
      `${page.name.padEnd(13)} ${sentences.length} sentences, ${pct(yes / sentences.length)} check-worthy; score ≥ 0.5: ${pct(above / sentences.length)}; highlighted: ${amounts.join('; ')}`,
    );
  }

  console.log(
    `\nscoring cost per sentence (median, warm): English ${medianMicroseconds(validation, 'en').toFixed(0)} µs, French ${medianMicroseconds(frenchValidation, 'fr').toFixed(0)} µs`,
  );
}
