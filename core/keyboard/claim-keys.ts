/**
 * The keys that move through a page's claims: Alt+Shift+N to the next, Alt+Shift+P to the
 * previous. Read by key position (`code`), so they are the same keys on every keyboard layout.
 */

const KEYS: Record<string, 1 | -1> = { KeyN: 1, KeyP: -1 };

type KeyPress = Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>;

/** The direction a key press asks for, or null when it is not a navigation key. */
export function navigationDirection(event: KeyPress): 1 | -1 | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return KEYS[event.code] ?? null;
}
