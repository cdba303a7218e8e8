/** Waiting for something outside the page (a tab, a file) that no browser event reports reliably. */

/**
 * `work`, or a rejection after `timeoutMs`: for calls into a frame over the remote protocol, which
 * can wait for good on a frame whose document never reports itself (seen once in Chromium under
 * load), where a poll must rather fail and ask again.
 */
export function within<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Calls `find` every 100 ms until it gives a value; rejects with `failure` after `timeoutMs`. */
export async function pollFor<T>(
  find: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  failure: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * `waitForFunction` for both browsers: evaluates `fn` in the page every 50 ms until it is truthy.
 * Each poll is a plain `evaluate` of a function, so nothing in the page needs `Function()` or
 * `eval` (extension pages forbid both; puppeteer's own `waitForFunction` needs them and fails on
 * Firefox ESR 140). A poll that fails while a document is being replaced is retried.
 */
export async function pollInPage<A>(
  evaluate: (fn: (arg: A) => unknown, arg: A) => Promise<unknown>,
  fn: (arg: A) => unknown,
  arg: A,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      if (await evaluate(fn, arg)) return;
      lastError = null;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError ? ` (last error: ${String(lastError)})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${fn.toString().slice(0, 200)}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
