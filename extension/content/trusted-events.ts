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
  'focusout',
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

type TextField = HTMLInputElement | HTMLTextAreaElement;

const TEXT_INPUT_TYPES = new Set(['text', 'url', 'search', 'email', 'tel', '']);

function isTextField(target: EventTarget | null): target is TextField {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/**
 * A page's script can type into the focused field of Factmark's UI without reaching it:
 * `document.execCommand('insertText', …)` edits whatever has focus, and Firefox reports the
 * resulting `input` event as trusted (seen in Firefox ESR 153; Chromium refuses the command).
 * Editing commands fire no `beforeinput`, while everything the reader does to a text field does
 * (typing, IME composition, paste, drop, undo, spelling corrections). So an `input` on a text
 * field with no trusted `beforeinput` just before it is the page's, and is undone: the field
 * gets back the value it had, and no handler of Factmark's sees the event.
 */
function guardScriptedEdits(root: ShadowRoot | Document | Element): void {
  const announced = new WeakSet<TextField>();
  const lastValue = new WeakMap<TextField, string>();
  const remember = (event: Event) => {
    if (isTextField(event.target) && !lastValue.has(event.target)) {
      lastValue.set(event.target, event.target.value);
    }
  };
  root.addEventListener('focusin', remember, { capture: true });
  root.addEventListener(
    'beforeinput',
    (event) => {
      remember(event);
      if (isTrusted(event) && isTextField(event.target)) announced.add(event.target);
    },
    { capture: true },
  );
  root.addEventListener(
    'input',
    (event) => {
      const field = event.target;
      if (!isTextField(field)) return;
      if (announced.has(field)) {
        announced.delete(field);
        lastValue.set(field, field.value);
        return;
      }
      event.stopImmediatePropagation();
      field.value = lastValue.get(field) ?? field.defaultValue;
    },
    { capture: true },
  );
}

/**
 * Stops untrusted events inside `root` before any handler of Factmark's sees them, and undoes
 * a page script's edits of its text fields (`guardScriptedEdits`).
 */
export function guardUntrustedEvents(root: ShadowRoot | Document | Element): void {
  guardScriptedEdits(root);
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
