/**
 * The command line's window on the world, passed in so commands can be tested without a process.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
}
