/**
 * Cells of a data table. A block that is a whole cell of a row of several cells is a datum (a
 * score, a time, a date in a fixture list, a figure): it belongs to the table, and the table to
 * the article, even when, alone, it would read like a dateline ("21:14", "19.11.2019").
 *
 * Decided on the live page, where the cell still has its row (blocks keep live text nodes).
 */
import type { Block } from './blocks';

/**
 * Cells a row needs to be a data table's row. Layout tables put a page in one, two or three
 * columns (menu, body, sidebar) whose cells hold whole paragraphs, never a lone dateline as the
 * whole cell; a table of figures has a label and at least two values. Not tuned.
 */
const MIN_CELLS = 3;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether `block` is the whole text of one cell of a row with at least MIN_CELLS cells. */
export function isTableDatum(block: Block): boolean {
  const cell = block.pieces[0]?.node.parentElement?.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || row?.localName !== 'tr') return false;
  let cells = 0;
  for (const child of row.children) if (child.localName === 'td' || child.localName === 'th') cells++;
  return cells >= MIN_CELLS && squash(cell.textContent ?? '') === block.text;
}
