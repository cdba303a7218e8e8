/**
 * Reads a Factmark JSON backup of any size as a stream: the file arrives in chunks of bytes and
 * each record is taken out as soon as it is complete, so the file's text is never held whole (a
 * backup of 100,000 fact-checks is about 130 MiB, more than one string should hold). The records
 * then go through exactly the checks of a small file (`readFactmarkExport`): header, schemas,
 * unique ids, references. `@streamparser/json` builds plain objects, stores a `"__proto__"` key
 * as an own property (which the strict schemas then refuse) and keeps its nesting on a heap
 * stack, so no input can recurse it out of the stack.
 */
import { JSONParser } from '@streamparser/json';
import { FACTMARK_HEADER_FIELDS, FACTMARK_RECORD_LISTS, readFactmarkExport } from './factmark-json';
import type { ImportResult } from './parse-import';
import { errorMessage } from '../text/error-message';

type RecordList = (typeof FACTMARK_RECORD_LISTS)[number];
const RECORD_LISTS: ReadonlySet<unknown> = new Set(FACTMARK_RECORD_LISTS);
const HEADER_FIELDS: ReadonlySet<unknown> = new Set(FACTMARK_HEADER_FIELDS);

/** Parses a Factmark export from its bytes (or text) in order. Never throws. */
export async function readFactmarkStream(chunks: AsyncIterable<Uint8Array | string>): Promise<ImportResult> {
  const header: Record<string, unknown> = {};
  const rows = new Map<RecordList, unknown[]>(FACTMARK_RECORD_LISTS.map((list) => [list, []]));
  const parser = new JSONParser({
    paths: [
      ...FACTMARK_RECORD_LISTS.map((list) => `$.${list}.*`),
      ...FACTMARK_HEADER_FIELDS.map((field) => `$.${field}`),
    ],
    keepStack: false,
  });
  parser.onValue = ({ value, key, stack }) => {
    const list = stack[1]?.key;
    if (stack.length === 2 && RECORD_LISTS.has(list)) {
      rows.get(list as RecordList)?.push(value);
    } else if (stack.length === 1 && typeof key === 'string' && HEADER_FIELDS.has(key)) {
      header[key] = value;
    }
  };
  try {
    for await (const chunk of chunks) parser.write(chunk);
    if (!parser.isEnded) parser.end();
  } catch (error) {
    const reason = errorMessage(error);
    return { ok: false, error: `This file is not valid JSON (${reason}).` };
  }
  if (header.format !== 'factmark') {
    return {
      ok: false,
      error: 'Files this large can only be Factmark backups ("format": "factmark"); this one is not.',
    };
  }
  const result = readFactmarkExport({ ...header, ...Object.fromEntries(rows) });
  return result.ok
    ? { ok: true, bundle: result.bundle, invalid: result.invalid, format: 'factmark' }
    : result;
}
