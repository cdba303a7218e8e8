import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { GUARDED_EVENTS, guardUntrustedEvents } from '../../../../extension/content/trusted-events';

/** Source files of the UI that runs inside pages: the card and Factmark's in-page nodes. */
const IN_PAGE_UI = ['components/card', 'extension/content'].flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => join(dir, file)),
);

describe('guardUntrustedEvents', () => {
  test('every DOM event the in-page UI handles is guarded', () => {
    const probe = document.createElement('div');
    const handled = new Set<string>();
    for (const file of IN_PAGE_UI) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/\bon([A-Z][A-Za-z]+)=/g)) {
        const type = name?.toLowerCase() ?? '';
        if (`on${type}` in probe) handled.add(type);
      }
    }
    expect(handled.size).toBeGreaterThan(3);
    for (const type of handled) expect(GUARDED_EVENTS).toContain(type);
  });

  test.each(GUARDED_EVENTS)('a %s event dispatched by a script reaches no handler', (type) => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    const button = document.createElement('button');
    root.append(button);
    document.body.append(host);
    guardUntrustedEvents(root);
    const handler = vi.fn();
    button.addEventListener(type, handler);
    button.dispatchEvent(new Event(type, { bubbles: true, cancelable: true, composed: true }));
    expect(handler).not.toHaveBeenCalled();
    host.remove();
  });

  test("a script's input event on a text field reaches no handler", () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    const field = document.createElement('textarea');
    field.value = 'the reader’s note';
    root.append(field);
    document.body.append(host);
    guardUntrustedEvents(root);
    const onInput = vi.fn();
    field.addEventListener('input', onInput);
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    field.value = 'pwned';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'pwned' }));
    expect(onInput).not.toHaveBeenCalled();
    host.remove();
  });
});
