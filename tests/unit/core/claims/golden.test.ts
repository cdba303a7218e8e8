/**
 * Golden claims: `scoreSentences` (splits, offsets, scores and reasons) on the French seed
 * article, the article fixtures' texts and a few hundred hand-written sentences, compared
 * exactly with `tests/fixtures/claims/golden.json`. Any change to splitting or scoring shows up
 * here; speed-ups must leave it green. After an intended change, regenerate with
 * `FACTMARK_UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/core/claims/golden.test.ts`
 * and review the JSON diff before committing it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { scoreSentences } from '../../../../core/claims/detect-claims';
import { ARTICLE_FR } from './article-fr';
import { SENTENCES_EN, SENTENCES_FR } from './sentences';

const FIXTURES = resolve(fileURLToPath(import.meta.url), '../../../../fixtures');
const GOLDEN = join(FIXTURES, 'claims', 'golden.json');
const UPDATE = process.env.FACTMARK_UPDATE_GOLDEN === '1';

/** One sentence as recorded: offsets, score and reasons (text kept for reviewing diffs). */
type Row = [start: number, end: number, score: number, reasons: string[], text: string];

const articles = readdirSync(join(FIXTURES, 'articles'))
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => {
    const { lang, text } = JSON.parse(readFileSync(join(FIXTURES, 'articles', file), 'utf8')) as {
      lang: string;
      text: string;
    };
    return { name: `articles/${file}`, lang, text };
  });

/** `de` has no profile: English word lists without the word model. */
const CASES = [
  { name: 'article-fr', lang: 'fr', text: ARTICLE_FR },
  ...articles,
  { name: 'sentences-en', lang: 'en', text: SENTENCES_EN },
  { name: 'sentences-en as de', lang: 'de', text: SENTENCES_EN },
  { name: 'sentences-fr', lang: 'fr', text: SENTENCES_FR },
];

const actual: Record<string, Row[]> = Object.fromEntries(
  CASES.map(({ name, lang, text }) => [
    name,
    scoreSentences(text, lang).map((s): Row => [s.start, s.end, s.score, s.reasons, s.text]),
  ]),
);

if (UPDATE) writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 1)}\n`);
const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Row[]>;

test('the golden file covers every case and a few hundred English sentences', () => {
  expect(Object.keys(golden).sort()).toEqual(CASES.map((c) => c.name).sort());
  expect(golden['sentences-en']?.length).toBeGreaterThanOrEqual(300);
});

test.each(CASES.map((c) => c.name))('%s: same sentences, scores and reasons', (name) => {
  expect(actual[name]).toEqual(golden[name]);
});
