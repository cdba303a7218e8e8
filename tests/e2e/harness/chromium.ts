/**
 * Chromium adapter: the Chrome MV3 build loaded unpacked into system Chromium through
 * playwright-core (never a downloaded browser). The extension id is read from the service
 * worker's URL, since it depends on the folder the extension is loaded from.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import {
  type FrameFunction,
  findShadowRoot,
  frameFunctionSource,
  type RootFunction,
  rootFunctionSource,
} from './closed-root';
import { ConsoleLog } from './console-log';
import { assertLaunchable } from './paths';
import { pollFor, pollInPage, within } from './poll';
import type { ExtensionBrowser, PageFunction, PageHandle } from './types';

/** Flags verified in /work/shared/NOTES.md: quiet, offline-friendly, root-friendly. */
export function chromiumArgs(buildDir: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${buildDir}`,
    `--load-extension=${buildDir}`,
  ];
}

/**
 * The Chromium browser, with playwright's own context for what the shared interface does not
 * cover (the benchmark registers init scripts and evaluates script text through it).
 */
export interface ChromiumExtensionBrowser extends ExtensionBrowser {
  readonly context: BrowserContext;
}

/**
 * Launches Chromium with the extension; `headless: false` is for the demo; `buildDir` loads
 * another copy of the build (desk-build.ts); `profileDir` runs on that profile folder (a seeded
 * one, tests/bench/lib/seeded-profile.ts), which closing leaves in place for its owner.
 */
export async function launchChromium(
  options: {
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    buildDir?: string;
    profileDir?: string;
  } = {},
): Promise<ChromiumExtensionBrowser> {
  const launchable = assertLaunchable('chromium');
  const { executable } = launchable;
  const buildDir = options.buildDir ?? launchable.buildDir;
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'factmark-chromium-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: executable,
    headless: options.headless ?? true,
    args: chromiumArgs(buildDir),
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // URL.origin is "null" for non-special schemes such as chrome-extension:, so build it.
    const workerUrl = new URL(worker.url());
    const extensionOrigin = `${workerUrl.protocol}//${workerUrl.host}`;
    return chromiumBrowser(context, extensionOrigin, ownProfile ? profileDir : null);
  } catch (error) {
    await context.close();
    if (ownProfile) await rm(profileDir, { recursive: true, force: true });
    throw new Error(
      `The extension's service worker never started in Chromium (is ${buildDir} a valid build?)`,
      { cause: error },
    );
  }
}

function chromiumBrowser(
  context: BrowserContext,
  extensionOrigin: string,
  /** The profile folder to delete on close; null when its owner keeps it. */
  profileDir: string | null,
): ChromiumExtensionBrowser {
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const open = async (url: string): Promise<PageHandle> => {
    const page = await context.newPage();
    const handle = chromiumPage(page);
    await page.goto(url);
    return handle;
  };
  return {
    name: 'chromium',
    extensionOrigin,
    context,
    newPage: open,
    openExtensionPage: (path) => open(`${extensionOrigin}/${path}`),
    async waitForPage(urlPart, timeoutMs = 15_000) {
      const page = await pollFor(
        () => context.pages().find((candidate) => candidate.url().includes(urlPart)),
        timeoutMs,
        `No tab opened on a URL containing ${urlPart}`,
      );
      await page.waitForLoadState('load');
      return chromiumPage(page);
    },
    whenClosed: () => closed,
    async close() {
      await context.close();
      if (profileDir) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

function chromiumPage(page: Page): PageHandle {
  const log = new ConsoleLog();
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleError(message.text());
  });
  page.on('pageerror', (error) => log.pageError(error));
  return {
    url: () => page.evaluate(() => location.href),
    evaluate: <T, A>(fn: PageFunction<A, T>, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<T>,
    inClosedRoot: <T, A>(host: string, fn: RootFunction<A, T>, arg?: A) => inClosedRoot(page, host, fn, arg),
    inExtensionFrame: <T, A>(path: string, fn: FrameFunction<A, T>, arg?: A) =>
      inExtensionFrame(page, path, fn, arg),
    async waitForFunction<A>(fn: PageFunction<A, unknown>, arg?: A, timeoutMs = 10_000) {
      await pollInPage(
        (poll, value) => page.evaluate(poll as (value: unknown) => unknown, value),
        fn as (arg: unknown) => unknown,
        arg,
        timeoutMs,
      );
    },
    async waitForSelector(selector, timeoutMs = 10_000) {
      await pollInPage(
        (poll, value) => page.evaluate(poll as (value: string) => unknown, value),
        (wanted: string) => document.querySelector(wanted) !== null,
        selector,
        timeoutMs,
      );
    },
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.fill(selector, text),
    press: (key) => pressed(page.keyboard.press(key), key),
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
    async emulateColorScheme(colorScheme) {
      await page.emulateMedia({ colorScheme });
      return true;
    },
    consoleErrors: async () => log.errors(),
    close: () => page.close(),
  };
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** Closed shadow roots through the DevTools protocol (see closed-root.ts). */
async function inClosedRoot<T, A>(
  page: Page,
  host: string,
  fn: RootFunction<A, T>,
  arg?: A,
): Promise<T | null> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  const cdp = await session;
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const shadow = findShadowRoot(root, host);
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  if (!object.objectId) return null;
  const reply = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: rootFunctionSource(fn),
    arguments: [{ value: JSON.stringify(arg ?? null) }],
    awaitPromise: true,
    returnByValue: true,
  });
  if (reply.exceptionDetails) {
    throw new Error(
      `In ${host}: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`,
    );
  }
  return JSON.parse(String(reply.result.value)) as T;
}

/**
 * How long a key press may wait for Chromium's acknowledgement. A key that closes the card
 * (Escape) removes the card's frame while Chromium routes the key's events to it: the DevTools
 * protocol then never answers the press (seen under load, about one run in three), although the
 * page handled the key. The press is taken as done after this long; what it did is checked by
 * the test's next step, as always.
 */
const KEY_ACK_TIMEOUT_MS = 3_000;

async function pressed(press: Promise<void>, key: string): Promise<void> {
  await within(press, KEY_ACK_TIMEOUT_MS, `Pressing ${key}`).catch((error: unknown) => {
    console.warn(String(error));
  });
}

/** Longest a call into an extension frame may take (axe-core's run on the card takes ~1 s). */
const FRAME_CALL_TIMEOUT_MS = 8_000;

/** An extension frame of the page through Playwright, which follows out-of-process frames. */
async function inExtensionFrame<T, A>(
  page: Page,
  path: string,
  fn: FrameFunction<A, T>,
  arg?: A,
): Promise<T | null> {
  const frame = page
    .frames()
    .find(
      (candidate) =>
        candidate.url().startsWith('chrome-extension:') && new URL(candidate.url()).pathname === path,
    );
  if (!frame) return null;
  try {
    const json = await within(
      frame.evaluate(`(${frameFunctionSource(fn)})(${JSON.stringify(JSON.stringify(arg ?? null))})`),
      FRAME_CALL_TIMEOUT_MS,
      `In ${path}`,
    );
    return JSON.parse(String(json)) as T;
  } catch (error) {
    // The frame went away while asked (its card closed): as if it had not been there.
    if (frame.isDetached()) return null;
    throw error;
  }
}
