/**
 * Reads an annotation's bodies back into fact-check fields. A body's role is its `purpose`, or
 * the annotation's motivation when it has none: `assessing` is the verdict (one at most, on
 * Factmark's scale, "Mostly false" accepted for `mostly-false`), `tagging` a tag, other text a
 * note (several are joined by a blank line), and a resource or bare IRI a source.
 * Values are passed on unchecked: the record schemas validate them afterwards.
 */
import type { Verdict } from '../model/verdict';
import { isVerdict, VERDICTS } from '../model/verdict';
import type { JsonObject } from './json-shape';
import { asList, firstString, hasType, iriOf, isJsonObject } from './json-shape';

/** Fact-check fields found in the bodies; sources still unvalidated. */
export interface BodyFields {
  verdict: Verdict | null;
  note: string;
  tags: unknown[];
  sources: unknown[];
}

/** The fact-check fields of `annotation`'s bodies, or why they cannot be read. */
export function readBodies(annotation: JsonObject): BodyFields | { reason: string } {
  const motivation =
    asList(annotation.motivation).length === 1 ? firstString(annotation.motivation) : undefined;
  const verdicts: unknown[] = [];
  const notes = typeof annotation.bodyValue === 'string' ? [annotation.bodyValue] : [];
  const tags: unknown[] = [];
  const sources: unknown[] = [];
  for (const body of asList(annotation.body)) {
    if (typeof body === 'string') {
      sources.push({ url: body, title: '', stance: 'context' });
      continue;
    }
    if (!isJsonObject(body)) return { reason: 'it has a body that is neither an object nor an address' };
    const purpose = firstString(body.purpose) ?? motivation;
    if (hasType(body, 'TextualBody') || 'value' in body) {
      if (purpose === 'assessing') verdicts.push(body.value);
      else if (purpose === 'tagging') tags.push(body.value);
      else if (typeof body.value === 'string') notes.push(body.value);
      else return { reason: 'it has a text body without a text value' };
    } else {
      sources.push(readSource(body));
    }
  }
  if (verdicts.length > 1) return { reason: 'it has more than one verdict (assessing body)' };
  const verdict = verdicts.length === 0 ? null : readVerdict(verdicts[0]);
  if (verdict === undefined) {
    return { reason: `its verdict ${JSON.stringify(verdicts[0])} is not one of ${VERDICTS.join(', ')}` };
  }
  return { verdict, note: notes.join('\n\n'), tags, sources };
}

/** A verdict from its id or its English wording; undefined when it is not on the scale. */
function readVerdict(value: unknown): Verdict | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/gu, '-');
  return isVerdict(id) ? id : undefined;
}

function readSource(body: JsonObject): unknown {
  const quote = asList(body.selector).find((selector) => hasType(selector, 'TextQuoteSelector'));
  const exact = isJsonObject(quote) ? quote.exact : undefined;
  const resource = isJsonObject(body.source) ? body.source : {};
  return {
    url: iriOf(body.source) ?? iriOf(body),
    title: body['factmark:title'] ?? firstString(resource.title) ?? '',
    stance: body['factmark:stance'] ?? 'context',
    ...(exact === undefined ? {} : { quote: exact }),
  };
}
