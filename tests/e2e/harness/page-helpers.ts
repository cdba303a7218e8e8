/**
 * Page-side helpers shared by scenarios: each wraps one `evaluate` so tests read as intent
 * ("send ping", "list databases") and the in-page code lives in one place.
 */
import { pollFor } from './poll';
import type { ExtensionBrowser, PageHandle } from './types';

/**
 * What a Factmark highlight shows: `claim`, `strong-claim`, `selected`, `unrated`, `changed` (a
 * fact-checked claim whose words changed since) or `verdict:<verdict>`.
 * The marks are drawn in a closed shadow root (extension/content/highlighter.ts) that the page's
 * script cannot read; tests read it through the browser's remote protocol, where each marked
 * passage is a group naming its kind and text, drawn or not (only lines in view are drawn).
 */
export type HighlightKind = string;

/** The host of Factmark's marks layer (extension/content/highlighter.ts). */
const HIGHLIGHTS_HOST = 'factmark-highlights';

/**
 * Sends a runtime message from an extension page and returns the reply, as the popup would.
 * Uses `browser` (Firefox, promise-based) or `chrome` (Chromium MV3, promise-based too).
 */
export function sendRuntimeMessage(page: PageHandle, message: unknown): Promise<unknown> {
  return page.evaluate((msg) => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    const api = scope.browser ?? scope.chrome;
    if (!api) throw new Error('No extension API on this page: is it an extension page?');
    return api.runtime.sendMessage(msg);
  }, message);
}

/** Names of the IndexedDB databases of the page's own origin. */
export function databaseNames(page: PageHandle): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

/** Every Factmark highlight in the page, by what it shows, with the text of each passage. */
export async function highlightsByKind(page: PageHandle): Promise<Record<HighlightKind, string[]>> {
  const found = await page.inClosedRoot(HIGHLIGHTS_HOST, (root) => {
    const byKind: Record<string, string[]> = {};
    for (const group of root.querySelectorAll<HTMLElement>('[data-kind]')) {
      const kind = group.dataset.kind ?? '';
      byKind[kind] = [...(byKind[kind] ?? []), group.dataset.text ?? ''];
    }
    return byKind;
  });
  return found ?? {};
}

/** A kind of highlight, or `any-claim`: detected claims of either tier (`claim`, `strong-claim`). */
export type ShownKind = HighlightKind | 'any-claim';

/** Texts covered by one kind of Factmark highlight (detected claims of both tiers by default). */
export async function highlightTexts(page: PageHandle, kind: ShownKind = 'any-claim'): Promise<string[]> {
  const found = await highlightsByKind(page);
  if (kind === 'any-claim') return [...(found.claim ?? []), ...(found['strong-claim'] ?? [])];
  return found[kind] ?? [];
}

/** Waits until a highlight of `kind` covers something (or covers `text`, when given). */
export async function waitForHighlight(
  page: PageHandle,
  kind: ShownKind,
  text?: string,
  timeoutMs = 15_000,
): Promise<void> {
  await pollFor(
    async () => {
      const texts = await highlightTexts(page, kind).catch((): string[] => []);
      return (text === undefined ? texts.length > 0 : texts.includes(text)) || undefined;
    },
    timeoutMs,
    `No ${kind} highlight${text ? ` on "${text}"` : ''} within ${timeoutMs} ms`,
  );
}

/** Names of every highlight registered in the page (`CSS.highlights`), Factmark's or not. */
export function highlightNames(page: PageHandle): Promise<string[]> {
  return page.evaluate(() => {
    const names: string[] = [];
    CSS.highlights.forEach((_highlight, name) => {
      names.push(name);
    });
    return names;
  });
}

/**
 * Waits for the page to finish loading, then a little longer so the content script (injected at
 * `document_idle`) has run its start-up. 500 ms is ample on a loaded 2-core machine and keeps
 * suites fast; scenarios that expect a visible effect should wait for that effect instead.
 */
export async function settleContentScript(page: PageHandle, extraMs = 500): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await new Promise((resolve) => setTimeout(resolve, extraMs));
}

/** Waits until the content script has painted claim highlights. */
export function waitForClaimHighlights(page: PageHandle, timeoutMs = 15_000): Promise<void> {
  return waitForHighlight(page, 'any-claim', undefined, timeoutMs);
}

/** The browser's id of the tab whose content script reports an article titled `title`. */
export async function tabIdOfArticle(extensionPage: PageHandle, title: string): Promise<number> {
  const state = (await articleStates(extensionPage)).find((candidate) => candidate.article?.title === title);
  if (!state) throw new Error(`No tab reports an article titled ${title}`);
  return state.tabId;
}

/** Opens the side panel page pinned to the tab of the article titled `title`. */
export async function openSidePanelFor(browser: ExtensionBrowser, title: string): Promise<PageHandle> {
  const probe = await browser.openExtensionPage('review.html');
  const tabId = await tabIdOfArticle(probe, title);
  await probe.close();
  const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('[data-testid="sidepanel-root"]');
  return panel;
}

/** What Factmark found in a tab, as its content script reports it (the popup's view). */
interface ReportedPageState {
  tabId: number;
  status: string;
  article: {
    title: string;
    lang: string;
    byline: string | null;
    publishedTime: string | null;
    url: string;
  } | null;
  claims: { text: string; score: number; reasons: string[] }[];
  /** The title's claims, highlighted in the page's headline. */
  headline: { text: string; score: number; reasons: string[] }[];
}

/**
 * The page states of every tab whose content script found an article, asked from an extension
 * page. Tab URLs and titles are hidden without the `tabs` permission (Factmark does not ask for
 * it), so each tab's content script is asked instead.
 */
export function articleStates(extensionPage: PageHandle): Promise<ReportedPageState[]> {
  return extensionPage.evaluate(async () => {
    type Api = {
      tabs: {
        query(info: object): Promise<{ id?: number }[]>;
        sendMessage(tabId: number, message: unknown): Promise<unknown>;
      };
    };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = scope.browser ?? scope.chrome;
    if (!api) throw new Error('No extension API on this page: is it an extension page?');
    const states: ReportedPageState[] = [];
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = (await api.tabs.sendMessage(tab.id, { type: 'getPageState' }).catch(() => null)) as {
        ok?: boolean;
        value?: Omit<ReportedPageState, 'tabId'>;
      } | null;
      if (reply?.ok && reply.value?.status === 'article') states.push({ ...reply.value, tabId: tab.id });
    }
    return states;
  });
}

/**
 * Whether the page's own script finds `text` with the browser's text search (`window.find`), which
 * searches closed shadow roots too: what a page would try to read Factmark's in-page words with.
 * The selection it makes is undone.
 */
export function pageFinds(page: PageHandle, text: string): Promise<boolean> {
  return page.evaluate((wanted: string) => {
    const search = window as unknown as {
      find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean;
    };
    document.getSelection()?.removeAllRanges();
    const found = search.find(wanted, false, false, true);
    document.getSelection()?.removeAllRanges();
    return found;
  }, text);
}

/**
 * The words the verdict tooltip shows (generated content: extension/content/unfindable-text.tsx),
 * or null while it shows none. Read in its closed root, which the page cannot do.
 */
export function tooltipWords(page: PageHandle): Promise<string | null> {
  return page.inClosedRoot('factmark-tooltip', (root) => {
    const shown = root.querySelector('[data-testid="verdict-tooltip"]');
    return shown
      ? [...shown.querySelectorAll('[data-fm-text]')]
          .map((span) => span.getAttribute('data-fm-text'))
          .join('')
      : null;
  });
}
