/**
 * The only links Factmark stores: absolute http and https URLs. javascript:, data:, file: and
 * every other scheme are refused, so a saved link can never run code when clicked.
 */
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}
