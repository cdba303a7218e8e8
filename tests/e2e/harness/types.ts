/**
 * The one interface every end-to-end scenario uses, whatever the browser underneath
 * (playwright-core for Chromium, puppeteer-core over WebDriver BiDi for Firefox).
 * Functions given to `evaluate` and `waitForFunction` are serialized and run in the page:
 * they must be self-contained and take at most one JSON-serializable argument.
 */

export type BrowserName = 'chromium' | 'firefox';

/** A function run inside the page. */
export type PageFunction<A, T> = (arg: A) => T | Promise<T>;

import type { FrameFunction, RootFunction } from './closed-root';

export interface PageHandle {
  /** The document's current URL, read in the page (puppeteer's own misses moz-extension loads). */
  url(): Promise<string>;
  evaluate<T, A = undefined>(fn: PageFunction<A, T>, arg?: A): Promise<T>;
  /**
   * Runs `fn` in the page with the closed shadow root of the first `host` element (Factmark's
   * own UI, which the page's script cannot reach); null when there is no such element.
   */
  inClosedRoot<T, A = null>(host: string, fn: RootFunction<A, T>, arg?: A): Promise<T | null>;
  /**
   * Runs `fn` with the document of the first frame of the page showing the extension's page at
   * `path` (e.g. `/card.html`, the in-page card), through the browser's remote protocol; null
   * when there is no such frame. The page's own script cannot reach an extension frame.
   */
  inExtensionFrame<T, A = null>(path: string, fn: FrameFunction<A, T>, arg?: A): Promise<T | null>;
  /**
   * Resolves once `fn` returns a truthy value in the page; rejects after `timeoutMs`. Polls with
   * `evaluate` from the test: no `Function()` in the page, which extension pages forbid.
   */
  waitForFunction<A = undefined>(fn: PageFunction<A, unknown>, arg?: A, timeoutMs?: number): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  /** Clicks the element `selector` matches, waiting for it to appear, as Playwright does. */
  click(selector: string): Promise<void>;
  /** Replaces the value of an input or textarea, waiting for it to appear. */
  fill(selector: string, text: string): Promise<void>;
  /** Presses a key on the focused element, e.g. `Enter`, `Escape`, `Alt+Shift+F`. */
  press(key: string): Promise<void>;
  /** Types text into the focused element, key by key, as a reader would. */
  type(text: string): Promise<void>;
  /** Moves the real mouse pointer to viewport coordinates (CSS pixels). */
  moveMouse(x: number, y: number): Promise<void>;
  /** A real mouse click at viewport coordinates (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  /** A real mouse drag: pressed at `from`, moved in steps to `to`, released there (CSS pixels). */
  dragMouse(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  /** Makes this tab the active one, as a reader does before clicking or typing in it. */
  bringToFront(): Promise<void>;
  /** Reloads the page and waits for its `load` event. */
  reload(): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /**
   * Runs a script file (e.g. axe-core) in the page's main world through the browser's remote
   * protocol, as a developer console does: no `<script>`, `eval` or `Function()` in the page, so
   * extension pages' CSP is untouched.
   */
  addScriptFile(path: string): Promise<void>;
  /**
   * Makes the page see `prefers-color-scheme: light` or `dark`; false when the browser's remote
   * protocol cannot (Firefox over WebDriver BiDi has no media emulation: it keeps the scheme it
   * was launched with, `useExtensionBrowser(name, { colorScheme })`).
   */
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  /**
   * Console errors and uncaught exceptions seen since the page opened. Firefox gap: WebDriver
   * BiDi reports nothing from moz-extension:// pages, so there the harness hooks the page once it
   * has loaded and errors thrown while it first rendered are not seen (Chromium sees them).
   */
  consoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Origin of the extension's own pages, e.g. `chrome-extension://<id>` (no trailing slash). */
  readonly extensionOrigin: string;
  /** Opens a web page (the content script runs there) and waits for its `load` event. */
  newPage(url: string): Promise<PageHandle>;
  /** Opens one of the extension's pages by its path in the build, e.g. `popup.html`. */
  openExtensionPage(path: string): Promise<PageHandle>;
  /**
   * A tab the extension (not the test) opened, found by part of its URL, e.g. the article tab of
   * "Open in page"; rejects after `timeoutMs`.
   */
  waitForPage(urlPart: string, timeoutMs?: number): Promise<PageHandle>;
  /** Resolves when the browser goes away: closed by the user, by `close()`, or crashed. */
  whenClosed(): Promise<void>;
  close(): Promise<void>;
}
