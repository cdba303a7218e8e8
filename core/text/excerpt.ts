/**
 * The start of a long text for a list line: at most `max` characters (code points, so an emoji is
 * never cut in half), ended at a word's end when one is near, with "…" to say there is more.
 */

/** How far back from the cut a word's end is looked for: past this, the word itself is cut. */
const WORD_END_REACH = 0.3;

export function excerpt(text: string, max: number): string {
  const points = [...text];
  if (points.length <= max) return text;
  const head = points.slice(0, max).join('');
  const space = head.search(/\s\S*$/u);
  const cut = space >= head.length * (1 - WORD_END_REACH) ? head.slice(0, space) : head;
  return `${cut.trimEnd()}…`;
}
