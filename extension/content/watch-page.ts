/**
 * Tells the session when the page changed in a way that matters: a same-document navigation, a
 * new body, or DOM mutations that add or remove a real amount of text (or edit the article's own
 * text). Bursts are debounced into one re-run. Factmark's own nodes are ignored.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Quiet time before a re-run: long enough to coalesce an infinite-scroll burst or a framework
 * re-render, short enough that the highlights follow the page within a second.
 */
const DEBOUNCE_MS = 600;
/** Text added or removed below this length (counters, timestamps, ad slots) is not a change. */
const MEANINGFUL_TEXT = 40;

const OWN_NODE = '[data-factmark]';

function isOwn(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(OWN_NODE) !== null && element?.closest(OWN_NODE) !== undefined;
}

function textLength(node: Node): number {
  return node.textContent?.trim().length ?? 0;
}

function isMeaningful(mutation: MutationRecord, articleNodes: () => ReadonlySet<Node>): boolean {
  if (isOwn(mutation.target)) return false;
  if (mutation.type === 'characterData') return articleNodes().has(mutation.target);
  const changed = [...mutation.addedNodes, ...mutation.removedNodes].filter((node) => !isOwn(node));
  return changed.some((node) => textLength(node) >= MEANINGFUL_TEXT || articleNodes().has(node));
}

export function watchPage(
  ctx: ContentScriptContext,
  doc: Document,
  articleNodes: () => ReadonlySet<Node>,
  onChange: () => void,
): void {
  let timer: number | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(onChange, DEBOUNCE_MS);
  };
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((mutation) => isMeaningful(mutation, articleNodes))) schedule();
  });
  let watched: HTMLElement | null = null;
  /** Watches the page's current body; true when it is a new one. */
  const watchBody = (): boolean => {
    const body = doc.body ?? doc.documentElement;
    if (body === watched) return false;
    observer.disconnect();
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    watched = body;
    return true;
  };
  watchBody();
  // A page that replaces its whole body (Turbo Drive, pjax) is a new page to read and to watch.
  // Factmark's own hosts, added beside the body, change nothing here.
  const bodySwap = new MutationObserver(() => {
    if (watchBody()) schedule();
  });
  bodySwap.observe(doc.documentElement, { childList: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    bodySwap.disconnect();
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
}
