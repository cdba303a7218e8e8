/**
 * Reads JSON from an untrusted file. Refuses, with a message for the reader: files over
 * MAX_IMPORT_BYTES, text that is not JSON, nesting deeper than MAX_JSON_DEPTH, and any
 * `__proto__`, `constructor` or `prototype` key. `JSON.parse` itself never pollutes prototypes
 * (it defines own properties), but such keys could still reach code that copies or merges
 * objects later, so the whole file is refused rather than cleaned.
 */
import { MAX_IMPORT_BYTES, MAX_JSON_DEPTH } from './limits';
import { errorMessage } from '../text/error-message';

/** Keys refused anywhere in an imported file. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses `text` as JSON under the limits above. Never throws. */
export function parseUntrustedJson(text: string): JsonResult {
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_IMPORT_BYTES) {
    const mib = (bytes / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      error: `The file is too large (${mib} MiB); Factmark imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MiB.`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = errorMessage(error).replace(/\s+/gu, ' ');
    return { ok: false, error: `The file is not valid JSON (${detail}). Is it a Factmark or W3C export?` };
  }
  const problem = findStructureProblem(value);
  return problem === null ? { ok: true, value } : { ok: false, error: problem };
}

/** Walks the parsed value without recursion, so deep nesting cannot overflow the stack. */
function findStructureProblem(root: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, depth } = item;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) {
      return `The file is nested more than ${MAX_JSON_DEPTH} levels deep; it is not a Factmark or W3C export.`;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        return `The file contains the forbidden key "${key}"; it was not imported.`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}

/** UTF-8 size of `text` without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      i++;
    } else bytes += 3; // includes a lone surrogate, written as U+FFFD
  }
  return bytes;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit < 0xdc00;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit < 0xe000;
}
