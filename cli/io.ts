/**
 * The command line's window on the world, passed in so commands can be tested without a process.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /** A text file (JSON, W3C annotations, CSV), as UTF-8. */
  readFile(path: string): Promise<string>;
  /** A saved HTML page, decoded as a browser decodes it (decode-page.ts). */
  readPage(path: string): Promise<string>;
}
