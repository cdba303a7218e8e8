/**
 * The review page: every fact-check, found by search and filters kept in the URL, summarised in
 * small charts, edited in place, deleted with undo, selected many at a time. Reads are live
 * (an edit in another tab shows here); writes go through the storage writer like every other
 * view's, which tells open tabs.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ReviewFilter } from '../../core/review/filter';
import { isEmptyFilter } from '../../core/review/url-filter';
import { rowFromHash } from '../../core/review/review-at';
import { articleHistory } from '../../storage/article-history';
import type { FactmarkDb } from '../../storage/db';
import { isStorageFull } from '../../storage/storage-full';
import type { FactmarkWriter } from '../../storage/writer';
import { useReadyOrAfter } from '../hooks/use-ready-or-after';
import { useTranslator } from '../i18n/TranslatorContext';
import { FilterBar } from './FilterBar';
import { Notice, type ReviewNotice } from './Notice';
import { Pagination } from './Pagination';
import { ReviewList } from './ReviewList';
import { ReviewRow } from './ReviewRow';
import { RowEditor } from './RowEditor';
import { SelectionBar } from './SelectionBar';
import { SummaryCharts } from './SummaryCharts';
import { filterKeyOf, useReviewData } from './use-review-data';
import { useReviewView } from './use-review-view';
import { isTypingField } from './typing-field';
import { errorMessage } from '../../core/text/error-message';
import { VersionsChangedError } from '../../storage/versions-changed';
import { revsOf } from '../../core/sync/conflicts';

/** What the header's toolbar slot (export, import) knows of the page. */
export interface ReviewToolbarContext {
  filter: ReviewFilter;
  selectedIds: readonly string[];
  /** Whether the first rows are shown: the slot's own loading waits for it. */
  listShown: boolean;
}

interface Props {
  /** Read from directly (live queries). */
  db: FactmarkDb;
  /** Every write goes through it, so open tabs hear of it. */
  writer: FactmarkWriter;
  /** "Open in page": opens the article and scrolls to the claim; rejects with a readable reason. */
  openInPage(factCheckId: string): Promise<unknown>;
  /** The header's slot for export and import panels, given the current filter and selection. */
  toolbar?: (context: ReviewToolbarContext) => ComponentChildren;
}

/**
 * Rows per page: two or three screenfuls, so the first page is one small read however large the
 * collection. Each row is some 30 elements: 50 rows took about 15 ms more to show than 25 in
 * Chromium here, and fewer would mean paging through half-empty screens.
 */
const PAGE_SIZE = 25;

/**
 * How long the page holds its first paint for the first rows (use-ready-or-after.ts): they
 * usually come within a few tens of milliseconds; past this, the page shows "loading" instead.
 * Below about 100 ms a wait reads as instant.
 */
const FIRST_PAINT_HOLD_MS = 100;

/** The id of the shown row after the last of `ids` that is not one of them, else of the one before. */
function rowAfter(ids: readonly string[]): string | null {
  const shown = [...document.querySelectorAll<HTMLElement>('[data-testid="review-row"]')].map(
    (row) => row.dataset.id ?? '',
  );
  const last = Math.max(...ids.map((id) => shown.indexOf(id)));
  const later = shown.slice(last + 1).find((id) => !ids.includes(id));
  return (
    later ??
    shown
      .slice(0, last)
      .reverse()
      .find((id) => !ids.includes(id)) ??
    null
  );
}

export function ReviewPage({ db, writer, openInPage, toolbar }: Props) {
  const { t } = useTranslator();
  const [view, navigate] = useReviewView();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<ReviewNotice | null>(null);
  const search = useRef<HTMLInputElement>(null);

  const { page, rowsShown, total, summary, choices, error } = useReviewData(db, view, PAGE_SIZE);
  // A selection is of the rows a filter shows: another filter starts with none, so "Delete
  // selected" never acts on rows the reader no longer sees. Pages of one filter keep it.
  const filterKey = filterKeyOf(view);
  useEffect(() => {
    setSelected((before) => (before.size === 0 ? before : new Set()));
  }, [filterKey]);

  // Marked when the rows are in the DOM (a layout effect runs right after the DOM update).
  useLayoutEffect(() => {
    if (page) performance.mark('factmark:review-rows', { detail: page.viewKey });
  }, [page]);
  // Opened on one fact-check (the card's "Open in the review page"): its row takes focus once shown.
  const focusedFromHash = useRef(false);
  useEffect(() => {
    const id = rowFromHash(window.location.hash);
    if (focusedFromHash.current || !id || !page) return;
    const row = document.querySelector<HTMLElement>(
      `[data-testid="review-row"][data-id="${CSS.escape(id)}"]`,
    );
    if (!row) return;
    focusedFromHash.current = true;
    row.scrollIntoView({ block: 'center' });
    row.focus();
  }, [page]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || isTypingField(event.target)) return;
      event.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const run = (action: () => Promise<void>) => {
    action().catch((error: unknown) =>
      setNotice({
        kind: 'failed',
        reason: isStorageFull(error)
          ? t('storageFull')
          : error instanceof VersionsChangedError
            ? t('errorChangedMeanwhile')
            : errorMessage(error),
      }),
    );
  };
  const remove = (ids: string[]) =>
    run(async () => {
      // The keyboard keeps its place: the row after the deleted ones (or before them) takes focus,
      // else the notice's Undo.
      const after = rowAfter(ids);
      const removed = await writer.delete(ids);
      requestAnimationFrame(() =>
        (after
          ? document.querySelector<HTMLElement>(`[data-testid="review-row"][data-id="${CSS.escape(after)}"]`)
          : document.querySelector<HTMLElement>('[data-testid="review-undo"]')
        )?.focus(),
      );
      setSelected((before) => new Set([...before].filter((id) => !ids.includes(id))));
      setNotice({
        kind: 'deleted',
        count: removed.factChecks.length,
        undo: () =>
          run(async () => {
            await writer.restore(removed);
            setNotice({ kind: 'restored', count: removed.factChecks.length });
          }),
      });
    });
  /** Closes the editor and gives focus back to its row, so the keyboard stays in place. */
  const closeEditor = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-testid="review-row"][data-id="${CSS.escape(id)}"]`)?.focus(),
    );
  };
  const select = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  const framed = useReadyOrAfter(rowsShown, FIRST_PAINT_HOLD_MS);
  const rows = page?.rows ?? [];
  const pages = total === null ? null : Math.max(1, Math.ceil(total / PAGE_SIZE));
  // A page past the last (its rows deleted, an old bookmark) shows the last page instead.
  useEffect(() => {
    if (pages !== null && view.page > pages) navigate({ ...view, page: pages }, { replace: true });
  }, [pages, view, navigate]);
  const allOnPage = rows.length > 0 && rows.every((row) => selected.has(row.factCheck.id));

  if (!framed) return null;
  return (
    <main class="fm-review" data-testid="review-root">
      <header class="fm-review-header">
        <h1>{t('reviewTitle')}</h1>
        {toolbar && (
          <section class="fm-review-toolbar" data-slot="review-toolbar" aria-labelledby="fm-review-tools">
            {/* The export and import panels' headings are h3s: this h2 keeps the outline in order. */}
            <h2 id="fm-review-tools" class="fm-visually-hidden">
              {t('reviewTools')}
            </h2>
            {toolbar({ filter: view.filter, selectedIds: [...selected], listShown: rowsShown })}
          </section>
        )}
      </header>
      <FilterBar
        view={view}
        navigate={navigate}
        sites={choices.sites}
        tags={choices.tags}
        authors={choices.authors}
        searchRef={search}
      />
      {summary && summary.value.total > 0 && (
        <SummaryCharts
          summary={summary.value}
          view={view}
          navigate={navigate}
          current={summary.filterKey === filterKey}
        />
      )}
      <Notice notice={notice} />
      {error && (
        <p role="alert" class="fm-error">
          {t('reviewFailed', { reason: error })}
        </p>
      )}
      <div class="fm-review-bar">
        <label class="fm-inline">
          <input
            type="checkbox"
            checked={allOnPage}
            disabled={rows.length === 0}
            data-testid="review-select-page"
            onChange={(event) => {
              const next = new Set(selected);
              for (const row of rows) {
                if (event.currentTarget.checked) next.add(row.factCheck.id);
                else next.delete(row.factCheck.id);
              }
              setSelected(next);
            }}
          />
          {t('reviewSelectPage')}
        </label>
        <p role="status" aria-live="polite" data-testid="review-total">
          {!page
            ? t('reviewLoading')
            : total === null
              ? t('reviewCounting')
              : t('reviewResults', { count: total })}
        </p>
        <p class="fm-muted fm-keys">{t('reviewKeys')}</p>
      </div>
      {selected.size > 0 && (
        <SelectionBar
          count={selected.size}
          onDelete={() => remove([...selected])}
          onRetag={(change) =>
            run(async () => {
              await writer.retag([...selected], change);
            })
          }
          onClear={() => setSelected(new Set())}
        />
      )}
      {page && page.rows.length === 0 && view.page === 1 && (
        <p data-testid="review-empty">{t(isEmptyFilter(view.filter) ? 'reviewEmpty' : 'reviewNoMatch')}</p>
      )}
      <ReviewList
        rows={rows}
        grouped={view.sort === 'article'}
        viewKey={page?.viewKey ?? ''}
        onEditKey={setEditing}
        renderRow={(row) => (
          <ReviewRow
            key={row.factCheck.id}
            row={row}
            selected={selected.has(row.factCheck.id)}
            onSelect={(on) => select(row.factCheck.id, on)}
            onEdit={() => setEditing(row.factCheck.id)}
            onOpen={() => run(async () => void (await openInPage(row.factCheck.id)))}
            onDelete={() => remove([row.factCheck.id])}
            onTag={(tag) => navigate({ ...view, filter: { ...view.filter, tag }, page: 1 })}
            onResolve={(chosen) =>
              run(
                async () =>
                  void (await writer.resolveConflict(row.factCheck.id, chosen, {
                    updatedAt: row.factCheck.updatedAt,
                    versions: revsOf(row.factCheck.conflicts),
                  })),
              )
            }
            loadHistory={() => articleHistory(db, row.factCheck.articleId)}
            editor={
              editing === row.factCheck.id ? (
                <RowEditor
                  factCheck={row.factCheck}
                  onSave={async (changes) => void (await writer.update(row.factCheck.id, changes))}
                  onClose={() => closeEditor(row.factCheck.id)}
                />
              ) : null
            }
          />
        )}
      />
      <Pagination view={view} hasMore={page?.hasMore ?? false} pages={pages} navigate={navigate} />
    </main>
  );
}
