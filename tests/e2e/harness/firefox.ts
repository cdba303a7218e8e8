/**
 * Firefox adapter: the Firefox MV2 build installed as a temporary add-on into system Firefox ESR,
 * driven by puppeteer-core over WebDriver BiDi (no browser download). Extension pages live at
 * `moz-extension://<uuid>/`, a per-profile random UUID; the pref `extensions.webextensions.uuids`
 * pins it for our add-on id so the harness knows the origin before installing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { ConsoleLog } from './console-log';
import { collectPageErrors, gotoExtensionPage, hookPageErrors } from './firefox-extension-page';
import { assertLaunchable } from './paths';
import {
  type FrameFunction,
  frameFunctionSource,
  type RootFunction,
  rootFunctionSource,
} from './closed-root';
import { pollFor, pollInPage, within } from './poll';
import type { ExtensionBrowser, PageFunction, PageHandle } from './types';

/** Arbitrary but fixed: tests and debugging sessions can rely on the same origin every run. */
const FIREFOX_EXTENSION_UUID = '6d1f5a3e-2b8c-4c7e-9f0a-f4c7ad0e1b01';

/**
 * Firefox prefs that make pages see a colour scheme. WebDriver BiDi has no media emulation, so
 * the scheme is the profile's, for the whole launch: `content-override` 0 is dark, 1 light, and
 * `ui.systemUsesDarkTheme` makes the (headless, themeless) system agree.
 */
const COLOUR_SCHEME_PREFS = {
  dark: { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 },
  light: { 'layout.css.prefers-color-scheme.content-override': 1, 'ui.systemUsesDarkTheme': 0 },
} as const;

/**
 * Launches headless Firefox and installs the extension; rejects with a clear reason. Pages see
 * `colorScheme` (light by default) for the whole launch.
 */
export async function launchFirefox(
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const colorScheme = options.colorScheme ?? 'light';
  const { buildDir, executable } = assertLaunchable('firefox');
  const geckoId = await readGeckoId(buildDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: executable,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    // Without it, Firefox's remote agent refuses to navigate to moz-extension:// pages ("not
    // allowed in this context"); the flag lets it drive privileged pages, fine for a test browser.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      ...COLOUR_SCHEME_PREFS[colorScheme],
      // Optional permissions granted without a prompt, which a headless browser shows to nobody:
      // the desk sync scenarios' options page asks for the test server's origin (desk-build.ts).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(buildDir);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox refused the add-on in ${buildDir}`, { cause: error });
  }
  return firefoxBrowser(browser, `moz-extension://${FIREFOX_EXTENSION_UUID}`, colorScheme);
}

async function readGeckoId(buildDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(buildDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${buildDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

function firefoxBrowser(
  browser: Browser,
  extensionOrigin: string,
  colorScheme: 'light' | 'dark',
): ExtensionBrowser {
  const closed = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
  return {
    name: 'firefox',
    extensionOrigin,
    async newPage(url) {
      const page = await browser.newPage();
      const handle = firefoxPage(browser, page, false, colorScheme);
      await page.goto(url);
      return handle;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const handle = firefoxPage(browser, page, true, colorScheme);
      await gotoExtensionPage(page, `${extensionOrigin}/${path}`);
      await hookPageErrors(page);
      return handle;
    },
    async waitForPage(urlPart, timeoutMs = 15_000) {
      // puppeteer's url() misses loads of moz-extension:// pages (an extension page the
      // extension opened stays "about:blank" there): ask each tab's document as well.
      const addressOf = async (candidate: Page) =>
        candidate.url().includes(urlPart)
          ? candidate.url()
          : await candidate.evaluate(() => location.href).catch(() => candidate.url());
      const { page, address } = await pollFor(
        async () => {
          for (const candidate of await browser.pages()) {
            const address = await addressOf(candidate);
            if (address.includes(urlPart)) return { page: candidate, address };
          }
          return undefined;
        },
        timeoutMs,
        `No tab opened on a URL containing ${urlPart}`,
      );
      const handle = firefoxPage(browser, page, address.startsWith('moz-extension:'), colorScheme);
      await handle.waitForFunction(() => document.readyState === 'complete', undefined, timeoutMs);
      return handle;
    },
    whenClosed: () => closed,
    close: () => browser.close(),
  };
}

function firefoxPage(
  browser: Browser,
  page: Page,
  extensionPage: boolean,
  colorScheme: 'light' | 'dark',
): PageHandle {
  const log = new ConsoleLog();
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleError(message.text());
  });
  page.on('pageerror', (error) => log.pageError(error));
  return {
    url: () => page.evaluate(() => location.href),
    evaluate: <T, A>(fn: PageFunction<A, T>, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<T>,
    inClosedRoot: <T, A>(host: string, fn: RootFunction<A, T>, arg?: A) =>
      inClosedRoot(browser, page, host, fn, arg),
    inExtensionFrame: <T, A>(path: string, fn: FrameFunction<A, T>, arg?: A) =>
      inExtensionFrame(browser, page, path, fn, arg),
    async waitForFunction<A>(fn: PageFunction<A, unknown>, arg?: A, timeoutMs = 10_000) {
      await pollInPage(
        (poll, value) => page.evaluate(poll as (value: unknown) => unknown, value),
        fn as (arg: unknown) => unknown,
        arg,
        timeoutMs,
      );
    },
    waitForSelector: (selector, timeoutMs) => elementIn(page, selector, timeoutMs),
    // Playwright's click and fill wait for their element; puppeteer's throw at once when an
    // update has not drawn it yet. Both wait here, so a test means the same in both browsers.
    async click(selector) {
      await elementIn(page, selector);
      await page.click(selector);
    },
    // puppeteer's Locator.fill needs Function() in the page, which Firefox ESR 140 refuses in
    // extension pages: set the value and announce it, as Playwright's fill does.
    fill: async (selector, text) => {
      await elementIn(page, selector);
      await page.evaluate(
        ({ target, value }) => {
          const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(target);
          if (!field) throw new Error(`No ${target} on the page`);
          field.focus();
          field.value = value;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        },
        { target: selector, value: text },
      );
    },
    press: (key) => pressCombo(page, key),
    type: (text) => page.keyboard.type(text),
    clickAt: (x, y) => page.mouse.click(x, y),
    moveMouse: (x, y) => page.mouse.move(x, y),
    async dragMouse(from, to) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
    },
    bringToFront: () => page.bringToFront(),
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async addScriptFile(path) {
      await page.evaluate(`${await readFile(path, 'utf8')}\n;undefined`);
    },
    async screenshot(path, options = {}) {
      await page.screenshot({ path, fullPage: options.fullPage ?? false });
    },
    // puppeteer's emulateMediaFeatures needs CDP; the headless profile is light.
    // No media emulation over WebDriver BiDi: the scheme is the launch's (launchFirefox).
    emulateColorScheme: async (scheme) => scheme === colorScheme,
    consoleErrors: async () =>
      extensionPage ? [...log.errors(), ...(await collectPageErrors(page))] : log.errors(),
    close: () => page.close(),
  };
}

/** Puppeteer presses one key at a time; accept Playwright-style combos such as `Alt+Shift+F`. */
async function pressCombo(page: Page, combo: string): Promise<void> {
  const keys = combo.split('+') as KeyInput[];
  const key = keys.pop();
  if (!key) throw new Error(`Empty key combination: '${combo}'`);
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

interface BidiReply {
  result: {
    type: 'success' | 'exception';
    result?: { type: string; value?: unknown; sharedId?: string };
    exceptionDetails?: { text: string };
  };
}

/** puppeteer's BiDi connection and the page's browsing context, for commands it does not wrap. */
function bidiOf(browser: Browser, page: Page) {
  const connection = (
    browser as unknown as { connection: { send(method: string, params: object): Promise<BidiReply> } }
  ).connection;
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
  return { connection, context };
}

/** Closed shadow roots through WebDriver BiDi (see closed-root.ts). */
async function inClosedRoot<T, A>(
  browser: Browser,
  page: Page,
  host: string,
  fn: RootFunction<A, T>,
  arg?: A,
): Promise<T | null> {
  const { connection, context } = bidiOf(browser, page);
  const found = await connection.send('script.callFunction', {
    functionDeclaration: '(selector) => document.querySelector(selector)',
    arguments: [{ type: 'string', value: host }],
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  const element = found.result.result as
    | { value?: { shadowRoot?: { sharedId?: string } | null } }
    | undefined;
  const sharedId = element?.value?.shadowRoot?.sharedId;
  if (!sharedId) return null;
  const reply = await connection.send('script.callFunction', {
    functionDeclaration: rootFunctionSource(fn),
    this: { sharedId },
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (reply.result.type === 'exception') {
    throw new Error(`In ${host}: ${reply.result.exceptionDetails?.text ?? 'exception'}`);
  }
  return JSON.parse(String(reply.result.result?.value)) as T;
}

interface ContextInfo {
  context: string;
  url: string;
  children?: ContextInfo[] | null;
}

/** The first browsing context under `contexts` showing a moz-extension:// page at `path`. */
function extensionContext(contexts: readonly ContextInfo[], path: string): string | null {
  for (const info of contexts) {
    if (info.url.startsWith('moz-extension:') && new URL(info.url).pathname === path) return info.context;
    const found = extensionContext(info.children ?? [], path);
    if (found) return found;
  }
  return null;
}

/** Longest a call into an extension frame may take (axe-core's run on the card takes ~1 s). */
const FRAME_CALL_TIMEOUT_MS = 8_000;

/** An extension frame of the page through WebDriver BiDi, which lists every child context. */
async function inExtensionFrame<T, A>(
  browser: Browser,
  page: Page,
  path: string,
  fn: FrameFunction<A, T>,
  arg?: A,
): Promise<T | null> {
  const { connection, context } = bidiOf(browser, page);
  const tree = (await connection.send('browsingContext.getTree', { root: context })) as unknown as {
    result: { contexts: ContextInfo[] };
  };
  const frame = extensionContext(tree.result.contexts[0]?.children ?? [], path);
  if (!frame) return null;
  let reply: BidiReply;
  try {
    reply = await within(
      connection.send('script.callFunction', {
        functionDeclaration: frameFunctionSource(fn),
        arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
        target: { context: frame },
        awaitPromise: true,
        resultOwnership: 'none',
      }),
      FRAME_CALL_TIMEOUT_MS,
      `In ${path}`,
    );
  } catch (error) {
    // The frame went away while asked (its card closed): as if it had not been there.
    if (/no such frame|discarded|destroyed/i.test(String(error))) return null;
    throw error;
  }
  if (reply.result.type === 'exception') {
    throw new Error(`In ${path}: ${reply.result.exceptionDetails?.text ?? 'exception'}`);
  }
  return JSON.parse(String(reply.result.result?.value)) as T;
}

/** Resolves once `selector` matches an element of the page; rejects after `timeoutMs`. */
function elementIn(page: Page, selector: string, timeoutMs = 10_000): Promise<void> {
  return pollInPage(
    (poll, value) => page.evaluate(poll as (value: string) => unknown, value),
    (wanted: string) => document.querySelector(wanted) !== null,
    selector,
    timeoutMs,
  );
}
