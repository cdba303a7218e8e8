/**
 * `factmark score --lang en|fr`: scores sentences read from stdin, one per line, and prints
 * `score<TAB>label` per line (label 1 when the score reaches `CLAIM_THRESHOLD`). Empty lines
 * print `0.000<TAB>0` so output lines stay aligned with input lines.
 */
import { CLAIM_THRESHOLD } from '../../core/claims/detect-claims';
import { scoreSentence } from '../../core/claims/score-sentence';
import type { CliIo } from '../io';

const LANGUAGES = ['en', 'fr'];
const USAGE = 'Usage: factmark score --lang en|fr < sentences.txt\n';

/** Runs the command; returns 2 on a missing or unsupported `--lang`, else 0. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const flag = args.indexOf('--lang');
  const lang = flag === -1 ? undefined : args[flag + 1];
  if (lang === undefined || !LANGUAGES.includes(lang)) {
    io.stderr(`factmark score: --lang must be one of ${LANGUAGES.join(', ')}\n${USAGE}`);
    return 2;
  }
  const lines = (await io.readStdin()).split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const out = lines.map((line) => {
    const { score } = scoreSentence(line, lang);
    return `${score.toFixed(3)}\t${score >= CLAIM_THRESHOLD ? 1 : 0}\n`;
  });
  io.stdout(out.join(''));
  return 0;
}
