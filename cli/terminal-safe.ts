/**
 * What the command line prints comes from pages and imported files, so it may carry terminal
 * control sequences (ESC, C1 controls such as CSI U+009B) that would move the cursor, rewrite the
 * screen or change the window title of the reader's terminal. Every control character is removed
 * except tab, line feed and carriage return (which TSV, JSON lines and CSV need).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this module's job.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, '');
}
