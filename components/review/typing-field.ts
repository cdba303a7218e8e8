/**
 * Whether a key press landed in a field the reader types in, which keeps its keys: the review
 * page's own keys (/, ↑ ↓, e) act everywhere else, a row's checkbox included.
 */
export function isTypingField(target: EventTarget | null): boolean {
  return target instanceof Element && target.matches('textarea, select, input:not([type="checkbox"])');
}
