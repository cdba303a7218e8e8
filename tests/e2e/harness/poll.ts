/** Waiting for something outside the page (a tab, a file) that no browser event reports reliably. */

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
