/**
 * Only the reader acts for the reader. A page's script can dispatch any event it likes
 * (`isTrusted === false`); events the browser made from real input are trusted. This guard stops
 * untrusted events of every kind Factmark's in-page UI listens to, in the capture phase at the
 * root of that UI, so they reach none of its handlers (Preact's listeners sit on the elements
 * below). `tests/unit/extension/content/trusted-events.test.ts` checks the list covers every
 * event handler the card, tooltip and selection button declare.
 */

/** Event types that can make Factmark act: a handler for any other type is a test failure. */
export const GUARDED_EVENTS = [
  'beforeinput',
  'change',
  'click',
  'contextmenu',
  'cut',
  'dblclick',
  'dragover',
  'drop',
  'auxclick',
  'input',
  'keydown',
  'keypress',
  'keyup',
  'mousedown',
  'mouseup',
  'paste',
  'pointerdown',
  'pointerup',
  'reset',
  'submit',
] as const;

/** True for events that came from the reader's own input. */
export function isTrusted(event: Event): boolean {
  return event.isTrusted === true;
}

/** Stops untrusted events inside `root` before any handler of Factmark's sees them. */
export function guardUntrustedEvents(root: ShadowRoot | Document | Element): void {
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (isTrusted(event)) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
}
