/**
 * Reaching Factmark's own UI, which lives in *closed* shadow roots that a page's script cannot
 * reach: only the browser's remote protocols can. Chromium's DevTools protocol lists closed
 * shadow roots in `DOM.getDocument({ pierce: true })`; WebDriver BiDi serialises them with
 * `includeShadowTree: 'all'`. Either way the test's function then runs in the page with the root
 * as its first argument; its result crosses as JSON. Like `evaluate`, the function must be
 * self-contained. Acting on the UI goes through real input (`clickAt`, `press`, `type`), which
 * is trusted, never through `dispatchEvent`, which Factmark ignores by design.
 */

/** A function run in the page with a closed shadow root. */
export type RootFunction<A, T> = (root: ShadowRoot, arg: A) => T | Promise<T>;

/** A function run in one of the extension's pages shown in a frame of the page, with its document. */
export type FrameFunction<A, T> = (document: Document, arg: A) => T | Promise<T>;

/**
 * Wraps `fn` so it takes its argument and gives its result as JSON text; its first argument is
 * `receiver` as the wrapper sees it: `this` (the root the call is made on) or `document`.
 */
function jsonFunctionSource(fn: { toString(): string }, receiver: 'this' | 'document'): string {
  return `async function (argJson) {
    const fn = (${fn.toString()});
    const value = await fn(${receiver}, JSON.parse(argJson));
    return value === undefined ? 'null' : JSON.stringify(value);
  }`;
}

/** `fn` for a call made on a closed root (`this` is the root). */
export function rootFunctionSource<A, T>(fn: RootFunction<A, T>): string {
  return jsonFunctionSource(fn, 'this');
}

/** `fn` for a call made in a frame: the function gets the frame's document. */
export function frameFunctionSource<A, T>(fn: FrameFunction<A, T>): string {
  return jsonFunctionSource(fn, 'document');
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** The first element named `host` in a DevTools protocol document tree, and its shadow root. */
export function findShadowRoot(node: CdpNode, host: string): CdpNode | null {
  if (node.nodeName.toLowerCase() === host && node.shadowRoots?.[0]) return node.shadowRoots[0];
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findShadowRoot(child, host);
    if (found) return found;
  }
  return null;
}
