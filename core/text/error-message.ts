/**
 * The words of a thrown value: an `Error`'s message, anything else (a string, a DOMException-like
 * object from another realm, a rejected non-error) as `String(value)`. One spelling for every
 * place that shows or records why something failed.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
