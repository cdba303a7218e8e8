import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { refuseCoveredClicks, SEEN_FOR_MS } from '../../../../extension/card/covered-clicks';

/** Chromium's IntersectionObserver v2, driven by the test: `report` is what the browser would say. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly options: IntersectionObserverInit & { trackVisibility?: boolean; delay?: number };
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(
    private readonly callback: IntersectionObserverCallback,
    options: IntersectionObserverInit,
  ) {
    this.options = options;
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  report(isVisible: boolean, time: number) {
    const entry = { isVisible, time, target: this.observed[0] } as unknown as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

/** An entry type with `isVisible`, as Chromium's; Firefox's has none. */
class EntryWithVisibility {
  get isVisible() {
    return true;
  }
}

/** A click as the browser makes it: with the pointer (`detail` 1) or from a key (`detail` 0). */
function click(target: Element, at: number, detail: number): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, detail });
  Object.defineProperty(event, 'timeStamp', { value: at });
  target.dispatchEvent(event);
  return event;
}

let button: HTMLButtonElement;
let handled: number;
let stop: () => void = () => undefined;
beforeEach(() => {
  handled = 0;
  button = document.createElement('button');
  button.addEventListener('click', () => handled++);
  document.body.append(button);
  FakeObserver.last = null;
});
afterEach(() => {
  stop();
  button.remove();
  vi.unstubAllGlobals();
});

describe('where the browser tells a frame it is covered (Chromium)', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('IntersectionObserverEntry', EntryWithVisibility);
  });

  test('asks Chromium to track the card’s visibility, on the whole document', () => {
    stop = refuseCoveredClicks(window, () => undefined);
    expect(FakeObserver.last?.options).toMatchObject({ trackVisibility: true, delay: 100 });
    expect(FakeObserver.last?.observed).toEqual([document.documentElement]);
    stop();
    expect(FakeObserver.last?.disconnected).toBe(true);
    expect(click(button, 10_000, 1).defaultPrevented).toBe(false);
  });

  test('a pointer click before the card was seen in full view is stopped, and reported', () => {
    const reports: boolean[] = [];
    stop = refuseCoveredClicks(window, (refused) => reports.push(refused));
    const event = click(button, 1_000, 1);
    expect(event.defaultPrevented).toBe(true);
    expect(handled).toBe(0);
    expect(reports).toEqual([true]);
  });

  test(`counts only after ${SEEN_FOR_MS} ms in full view, and stops again once covered`, () => {
    const reports: boolean[] = [];
    stop = refuseCoveredClicks(window, (refused) => reports.push(refused));
    const observer = FakeObserver.last as FakeObserver;
    observer.report(true, 1_000);
    expect(click(button, 1_000 + SEEN_FOR_MS - 1, 1).defaultPrevented).toBe(true);
    // Reported visible again while it stays so: the time it came into view is kept.
    observer.report(true, 1_300);
    expect(click(button, 1_000 + SEEN_FOR_MS, 1).defaultPrevented).toBe(false);
    expect(handled).toBe(1);
    observer.report(false, 2_000);
    expect(click(button, 2_100, 1).defaultPrevented).toBe(true);
    // Uncovered: the reader gets the full delay again to see what the card shows.
    observer.report(true, 3_000);
    expect(click(button, 3_200, 1).defaultPrevented).toBe(true);
    expect(click(button, 3_000 + SEEN_FOR_MS, 1).defaultPrevented).toBe(false);
    expect(handled).toBe(2);
    expect(reports).toEqual([true, false, true, true, false]);
  });

  test('a click from the keyboard always counts: the page cannot send keys into the card', () => {
    const reports: boolean[] = [];
    stop = refuseCoveredClicks(window, (refused) => reports.push(refused));
    FakeObserver.last?.report(false, 1_000);
    expect(click(button, 1_100, 0).defaultPrevented).toBe(false);
    expect(handled).toBe(1);
    expect(reports).toEqual([]);
  });

  test('a refused click on a radio leaves it as it was', () => {
    const radio = document.createElement('input');
    radio.type = 'radio';
    document.body.append(radio);
    stop = refuseCoveredClicks(window, () => undefined);
    click(radio, 1_000, 1);
    expect(radio.checked).toBe(false);
    // The same click, unguarded, checks it.
    stop();
    click(radio, 1_000, 1);
    expect(radio.checked).toBe(true);
    radio.remove();
  });
});

test('where it cannot (Firefox), every click counts', () => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('IntersectionObserverEntry', class {});
  const reports: boolean[] = [];
  stop = refuseCoveredClicks(window, (refused) => reports.push(refused));
  expect(FakeObserver.last).toBeNull();
  expect(click(button, 1_000, 1).defaultPrevented).toBe(false);
  expect(handled).toBe(1);
  expect(reports).toEqual([]);
});
