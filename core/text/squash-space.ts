/**
 * Text compared as a reader sees it: every run of white space (line breaks, tabs, non-breaking
 * spaces) one space, none at either end. Two texts that read the same compare equal.
 */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
