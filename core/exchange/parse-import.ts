/**
 * The single entry point for reading a file the reader chose to import (review page, CLI):
 * enforces the size and structure limits, recognises the format (a Factmark export, or W3C Web
 * Annotation data), and validates every record. Its messages are shown to the reader as is.
 */
import type { FactmarkBundle, InvalidRecord } from './bundle';
import { readFactmarkExport } from './factmark-json';
import { hasType, isJsonObject } from './json-shape';
import { parseUntrustedJson } from './safe-json';
import type { W3cReadOptions } from './w3c-read';
import { looksLikeW3c, readW3cAnnotations } from './w3c-import';

/** Formats `parseImport` recognises. */
type ImportFormat = 'factmark' | 'w3c';

/**
 * Why a whole file was refused, when the reader's own language should say it (the `error` text is
 * English, for the CLI and logs).
 */
export type ImportRefusal = 'claim-review' | 'unknown-format';

/** A readable import: valid records, refused ones with reasons, and the format it was in. */
export type ImportResult =
  | { ok: true; bundle: FactmarkBundle; invalid: InvalidRecord[]; format: ImportFormat }
  | { ok: false; error: string; refusal?: ImportRefusal };

/** Reads an import file's text. Never throws. */
export function parseImport(text: string, options: W3cReadOptions = {}): ImportResult {
  const json = parseUntrustedJson(text);
  if (!json.ok) return json;
  const value = json.value;
  if (isJsonObject(value) && value.format === 'factmark') {
    const result = readFactmarkExport(value);
    return result.ok
      ? { ok: true, bundle: result.bundle, invalid: result.invalid, format: 'factmark' }
      : result;
  }
  if (looksLikeW3c(value)) {
    const result = readW3cAnnotations(value, options);
    return result.ok ? { ...result, format: 'w3c' } : result;
  }
  if (hasType(value, 'ClaimReview') || (Array.isArray(value) && hasType(value[0], 'ClaimReview'))) {
    return {
      ok: false,
      refusal: 'claim-review',
      error: 'ClaimReview files cannot be imported: they do not say where in the article each claim is.',
    };
  }
  return {
    ok: false,
    refusal: 'unknown-format',
    error:
      'This file is neither a Factmark export nor W3C Web Annotation data (expected "format": "factmark", ' +
      'or "type": "Annotation" or "AnnotationCollection").',
  };
}
