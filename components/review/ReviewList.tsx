/**
 * The page of fact-checks, grouped under their article when the order is "grouped by article".
 * Keyboard: ↑ and ↓ (or j and k) move between rows, Home and End jump to the first and last,
 * "e" edits the row that has focus.
 */
import type { ComponentChildren } from 'preact';
import type { ReviewRowData as Row } from '../../storage/review-page-query';
import { useTranslator } from '../i18n/TranslatorContext';
import { isTypingField } from './typing-field';

interface Props {
  rows: Row[];
  grouped: boolean;
  /** Identifies the query these rows answer (for tests and the benchmark). */
  viewKey: string;
  renderRow(row: Row): ComponentChildren;
  onEditKey(id: string): void;
}

const NEXT_KEYS = new Set(['ArrowDown', 'j']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'k']);

export function ReviewList({ rows, grouped, viewKey, renderRow, onEditKey }: Props) {
  const { t } = useTranslator();
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (isTypingField(target)) return;
    const list = event.currentTarget as HTMLElement;
    const items = [...list.querySelectorAll<HTMLElement>('[data-testid="review-row"]')];
    const current = items.findIndex((item) => item.contains(target));
    let next: number | null = null;
    if (NEXT_KEYS.has(event.key)) next = Math.min(items.length - 1, current + 1);
    else if (PREVIOUS_KEYS.has(event.key)) next = Math.max(0, current - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'e' && current >= 0) {
      event.preventDefault();
      onEditKey(items[current]?.dataset.id ?? '');
      return;
    }
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  };

  const groups: { key: string; title: string; site: string; rows: Row[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (grouped && last?.key === row.factCheck.articleId) last.rows.push(row);
    else
      groups.push({
        key: grouped ? row.factCheck.articleId : row.factCheck.id,
        title: row.article?.title || t('reviewUntitled'),
        site: row.factCheck.site,
        rows: [row],
      });
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move focus between the rows inside.
    <div class="fm-review-list" data-testid="review-list" data-view={viewKey} onKeyDown={onKeyDown}>
      {grouped ? (
        groups.map((group) => (
          <section key={group.key} class="fm-review-group" aria-label={group.title}>
            <h2>
              {group.title} <span class="fm-muted">· {group.site}</span>
            </h2>
            <ul>{group.rows.map(renderRow)}</ul>
          </section>
        ))
      ) : (
        <ul aria-label={t('reviewTitle')}>{rows.map(renderRow)}</ul>
      )}
    </div>
  );
}
