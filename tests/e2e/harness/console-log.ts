/**
 * Collects a page's console errors and uncaught exceptions, so a scenario can assert that a page
 * rendered cleanly. Both browser adapters feed it from their own event names.
 */
export class ConsoleLog {
  readonly #errors: string[] = [];

  /** Records a `console.error` message. */
  consoleError(text: string): void {
    this.#errors.push(text);
  }

  /** Records an uncaught exception or unhandled rejection. */
  pageError(error: unknown): void {
    this.#errors.push(
      error instanceof Error ? `Uncaught ${error.name}: ${error.message}` : `Uncaught ${String(error)}`,
    );
  }

  errors(): string[] {
    return [...this.#errors];
  }
}
