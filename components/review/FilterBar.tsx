/**
 * The review filters: search, verdicts, site, tag, author (on a desk), days, sources, orphaned, and the order.
 * Every control writes the view (and so the URL) at once; the search box is labelled and
 * reachable with "/".
 */
import type { Ref } from 'preact';
import {
  EMPTY_FILTER,
  type ReviewFilter,
  type ReviewSort,
  type ReviewView,
  VERDICT_KEYS,
} from '../../core/review/filter';
import { VERDICT_COLOURS } from '../../core/model/verdict';
import type { MessageKey } from '../i18n/messages';
import { useTranslator } from '../i18n/TranslatorContext';
import type { Navigate } from './use-review-view';

interface Props {
  view: ReviewView;
  navigate: Navigate;
  sites: readonly string[];
  tags: readonly string[];
  /** Desk members with fact-checks here; the author filter shows only when there are some. */
  authors: readonly string[];
  searchRef: Ref<HTMLInputElement>;
}

const SORT_LABELS: Record<ReviewSort, MessageKey> = {
  newest: 'reviewSortNewest',
  oldest: 'reviewSortOldest',
  verdict: 'reviewSortVerdict',
  site: 'reviewSortSite',
  article: 'reviewSortArticle',
};

export function FilterBar({ view, navigate, sites, tags, authors, searchRef }: Props) {
  const { t, verdict: verdictName } = useTranslator();
  const { filter } = view;
  const set = (patch: Partial<ReviewFilter>, replace = false) =>
    navigate({ ...view, filter: { ...filter, ...patch }, page: 1 }, { replace });
  const toggleVerdict = (key: (typeof VERDICT_KEYS)[number]) =>
    set({
      verdicts: filter.verdicts.includes(key)
        ? filter.verdicts.filter((v) => v !== key)
        : VERDICT_KEYS.filter((v) => v === key || filter.verdicts.includes(v)),
    });

  return (
    <section class="fm-review-filters" aria-label={t('reviewFilters')}>
      <input
        ref={searchRef}
        type="search"
        class="fm-review-search"
        aria-label={t('reviewSearch')}
        placeholder={t('reviewSearch')}
        value={filter.q}
        data-testid="review-search"
        onInput={(event) => set({ q: event.currentTarget.value }, true)}
      />
      <fieldset class="fm-review-verdicts">
        <legend>{t('reviewVerdicts')}</legend>
        {VERDICT_KEYS.map((key) => (
          <label key={key} class="fm-chip">
            <input
              type="checkbox"
              value={key}
              checked={filter.verdicts.includes(key)}
              data-testid={`filter-verdict-${key}`}
              onChange={() => toggleVerdict(key)}
            />
            <span
              class="fm-swatch"
              aria-hidden="true"
              style={{ background: key === 'none' ? 'transparent' : VERDICT_COLOURS[key] }}
            />
            {key === 'none' ? t('reviewNoVerdict') : verdictName(key)}
          </label>
        ))}
      </fieldset>
      <div class="fm-review-fields">
        <label>
          {t('reviewSite')}
          <select
            value={filter.site ?? ''}
            data-testid="filter-site"
            onChange={(event) => set({ site: event.currentTarget.value || null })}
          >
            <option value="">{t('reviewAnySite')}</option>
            {[...new Set([...sites, ...(filter.site ? [filter.site] : [])])].map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reviewTag')}
          <select
            value={filter.tag ?? ''}
            data-testid="filter-tag"
            onChange={(event) => set({ tag: event.currentTarget.value || null })}
          >
            <option value="">{t('reviewAnyTag')}</option>
            {[...new Set([...tags, ...(filter.tag ? [filter.tag] : [])])].map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        {(authors.length > 0 || filter.author) && (
          <label>
            {t('reviewAuthor')}
            <select
              value={filter.author ?? ''}
              data-testid="filter-author"
              onChange={(event) => set({ author: event.currentTarget.value || null })}
            >
              <option value="">{t('reviewAnyAuthor')}</option>
              {[...new Set([...authors, ...(filter.author ? [filter.author] : [])])].map((author) => (
                <option key={author} value={author}>
                  {author}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('reviewFrom')}
          <input
            type="date"
            value={filter.from ?? ''}
            max={filter.to ?? undefined}
            onChange={(event) => set({ from: event.currentTarget.value || null })}
          />
        </label>
        <label>
          {t('reviewTo')}
          <input
            type="date"
            value={filter.to ?? ''}
            min={filter.from ?? undefined}
            onChange={(event) => set({ to: event.currentTarget.value || null })}
          />
        </label>
        <label>
          {t('reviewSources')}
          <select
            value={filter.sources ?? ''}
            data-testid="filter-sources"
            onChange={(event) => {
              const value = event.currentTarget.value;
              set({ sources: value === 'with' || value === 'without' ? value : null });
            }}
          >
            <option value="">{t('reviewSourcesAny')}</option>
            <option value="with">{t('reviewSourcesWith')}</option>
            <option value="without">{t('reviewSourcesWithout')}</option>
          </select>
        </label>
        <label class="fm-inline">
          <input
            type="checkbox"
            checked={filter.orphan}
            data-testid="filter-orphan"
            onChange={(event) => set({ orphan: event.currentTarget.checked })}
          />
          {t('reviewOrphan')}
        </label>
        <label class="fm-inline">
          <input
            type="checkbox"
            checked={filter.changed}
            data-testid="filter-changed"
            onChange={(event) => set({ changed: event.currentTarget.checked })}
          />
          {t('reviewChanged')}
        </label>
        <label>
          {t('reviewSort')}
          <select
            value={view.sort}
            data-testid="review-sort"
            onChange={(event) =>
              navigate({ ...view, sort: event.currentTarget.value as ReviewSort, page: 1 })
            }
          >
            {Object.entries(SORT_LABELS).map(([sort, label]) => (
              <option key={sort} value={sort}>
                {t(label as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="fm-button"
          data-testid="review-clear"
          onClick={() => navigate({ ...view, filter: EMPTY_FILTER, page: 1 })}
        >
          {t('reviewClear')}
        </button>
      </div>
    </section>
  );
}
