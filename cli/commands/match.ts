/**
 * `factmark match --checks FILE.factmark.json`: reads sentences on stdin, one per line, and
 * prints for each line the id of the best matching fact-check of the file and the similarity
 * (`id<TAB>0.412`), or an empty line when none matches (so output lines stay aligned with input
 * lines). The same claim memory as the extension's "already checked" (core/memory/).
 */
import { joinFactChecks } from '../../core/exchange/bundle';
import { parseFactmarkJson } from '../../core/exchange/factmark-json';
import { ClaimIndex } from '../../core/memory/claim-index';
import type { CliIo } from '../io';

const USAGE = 'Usage: factmark match --checks FILE.factmark.json < sentences.txt';

export async function run(args: string[], io: CliIo): Promise<number> {
  const flag = args.indexOf('--checks');
  const file = flag === -1 ? undefined : args[flag + 1];
  if (file === undefined || args.length !== 2) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`factmark match: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const parsed = parseFactmarkJson(text);
  if (!parsed.ok) {
    io.stderr(`factmark match: ${file}: ${parsed.error}\n`);
    return 1;
  }
  const index = new ClaimIndex();
  for (const { factCheck, claim } of joinFactChecks(parsed.bundle)) index.add(factCheck.id, claim.text);
  const lines = (await io.readStdin()).split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  io.stdout(
    lines
      .map((line) => {
        const match = index.best(line);
        return match ? `${match.id}\t${match.similarity.toFixed(3)}\n` : '\n';
      })
      .join(''),
  );
  return 0;
}
