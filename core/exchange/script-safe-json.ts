/**
 * JSON that is safe to paste inside `<script type="application/ld+json">`: `<`, `>` and `&` are
 * written as `\u003c`-style escapes, so text containing `</script>` or `<!--` cannot end or
 * change the script element, and U+2028/U+2029 (line ends to older JavaScript parsers) are
 * escaped too. The text parses back to the same data. Used by every JSON-LD export.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
