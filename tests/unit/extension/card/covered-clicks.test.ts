import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { guardCoveredCard, SEEN_FOR_MS } from '../../../../extension/card/covered-clicks';

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
  /** Computed by the browser, not yet delivered to the callback. */
  pending: IntersectionObserverEntry[] = [];
  takeRecords() {
    return this.pending.splice(0);
  }
  entry(isVisible: boolean, time: number) {
    return { isVisible, time, target: this.observed[0] } as unknown as IntersectionObserverEntry;
  }
  report(isVisible: boolean, time: number) {
    this.callback([this.entry(isVisible, time)], this as unknown as IntersectionObserver);
  }
}

/** An entry type with `isVisible`, as Chromium's; Firefox's has none. */
class EntryWithVisibility {
  get isVisible() {
    return true;
  }
}

/** A click as the browser makes it: with the pointer (`detail` 1) or from a key (`detail` 0). */
function click(target: Element, at: number, detail: number, type = 'click'): MouseEvent {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, detail });
  Object.defineProperty(event, 'timeStamp', { value: at });
  target.dispatchEvent(event);
  return event;
}

/** Lets the reports, made after each event's dispatch, arrive. */
const reported = () => new Promise((resolve) => setTimeout(resolve, 0));

let button: HTMLButtonElement;
let handled: number;
let stop: () => void = () => undefined;
/** Guards the test's document, reporting into `reports`. */
function guard(reports: boolean[] = []) {
  const made = guardCoveredCard(window, (refused) => reports.push(refused));
  stop = made.stop;
  return made;
}
beforeEach(() => {
  handled = 0;
  button = document.createElement('button');
  button.addEventListener('click', () => handled++);
  document.body.append(button);
  FakeObserver.last = null;
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  button.remove();
  vi.unstubAllGlobals();
});

describe('where the browser tells a frame it is covered (Chromium)', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('IntersectionObserverEntry', EntryWithVisibility);
  });

  test('asks Chromium to track the card’s visibility, on the whole document', () => {
    guard().stop();
    expect(FakeObserver.last?.options).toMatchObject({ trackVisibility: true, delay: 100 });
    expect(FakeObserver.last?.observed).toEqual([document.documentElement]);
    expect(FakeObserver.last?.disconnected).toBe(true);
    expect(click(button, 10_000, 1).defaultPrevented).toBe(false);
  });

  test('a pointer click before the card was seen in full view is stopped, and reported after it', async () => {
    const reports: boolean[] = [];
    guard(reports);
    const event = click(button, 1_000, 1);
    expect(event.defaultPrevented).toBe(true);
    expect(handled).toBe(0);
    // Not during the click: a redraw then would undo a radio's activation.
    expect(reports).toEqual([]);
    await reported();
    expect(reports).toEqual([true]);
  });

  test(`counts only after ${SEEN_FOR_MS} ms in full view, and stops again once covered`, async () => {
    const reports: boolean[] = [];
    guard(reports);
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
    await reported();
    expect(reports).toEqual([true, false, true, true, false]);
  });

  test('drawn anew or moved (the page scrolled it under the pointer), the card needs the full delay again', () => {
    const cover = guard();
    (FakeObserver.last as FakeObserver).report(true, 1_000);
    vi.spyOn(performance, 'now').mockReturnValue(5_000);
    cover.shownAnew();
    expect(click(button, 5_000 + SEEN_FOR_MS - 1, 1).defaultPrevented).toBe(true);
    expect(click(button, 5_000 + SEEN_FOR_MS, 1).defaultPrevented).toBe(false);
  });

  test('the click that ends a refused press is refused too, and said', async () => {
    const reports: boolean[] = [];
    guard(reports);
    (FakeObserver.last as FakeObserver).report(true, 1_000);
    expect(click(button, 1_000 + SEEN_FOR_MS - 10, 1, 'mousedown').defaultPrevented).toBe(true);
    expect(click(button, 1_000 + SEEN_FOR_MS + 10, 1).defaultPrevented).toBe(true);
    // The next press and click, both in time, count.
    expect(click(button, 2_000, 1, 'mousedown').defaultPrevented).toBe(false);
    expect(click(button, 2_010, 1).defaultPrevented).toBe(false);
    await reported();
    expect(reports).toEqual([true, false]);
  });

  test('a change of visibility computed but not yet delivered counts at once', () => {
    guard();
    const observer = FakeObserver.last as FakeObserver;
    observer.report(true, 1_000);
    observer.pending.push(observer.entry(false, 1_900));
    expect(click(button, 2_000, 1).defaultPrevented).toBe(true);
    expect(observer.pending).toEqual([]);
  });

  test('a refused press moves no focus and a refused drop drops nothing; the drop is reported', async () => {
    const reports: boolean[] = [];
    guard(reports);
    expect(click(button, 1_000, 1, 'mousedown').defaultPrevented).toBe(true);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'timeStamp', { value: 1_000 });
    button.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    await reported();
    expect(reports).toEqual([true]);
  });

  test('a click from the keyboard always counts, and clears the refusal: the page cannot send keys into the card', async () => {
    const reports: boolean[] = [];
    guard(reports);
    FakeObserver.last?.report(false, 1_000);
    expect(click(button, 1_100, 0).defaultPrevented).toBe(false);
    expect(handled).toBe(1);
    await reported();
    expect(reports).toEqual([false]);
  });

  test('a refused click on a radio leaves it as it was', () => {
    const radio = document.createElement('input');
    radio.type = 'radio';
    document.body.append(radio);
    guard();
    click(radio, 1_000, 1);
    expect(radio.checked).toBe(false);
    // The same click, unguarded, checks it.
    stop();
    click(radio, 1_000, 1);
    expect(radio.checked).toBe(true);
    radio.remove();
  });
});

test('where it cannot (Firefox), every click counts', async () => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('IntersectionObserverEntry', class {});
  const reports: boolean[] = [];
  guard(reports);
  expect(FakeObserver.last).toBeNull();
  expect(click(button, 1_000, 1).defaultPrevented).toBe(false);
  expect(handled).toBe(1);
  await reported();
  expect(reports).toEqual([]);
});
