/**
 * One fact-check in the review list: its claim, verdict, sources, note, tags, article and dates,
 * with a selection box and the actions Edit, Open in page and Delete. The row itself is
 * focusable (the list moves focus between rows with the arrow keys).
 */
import type { ComponentChildren } from 'preact';
import { VERDICT_COLOURS } from '../../core/model/verdict';
import type { ReviewRowData as Row } from '../../storage/review-page-query';
import type { MessageKey } from '../i18n/messages';
import { dateFormat } from '../i18n/date-format';
import { useTranslator } from '../i18n/TranslatorContext';
import type { VersionContent } from '../../core/sync/conflicts';
import { ConflictVersions } from './ConflictVersions';
import type { HistoryEntry } from '../../storage/article-history';
import { ArticleHistory } from './ArticleHistory';

interface Props {
  row: Row;
  selected: boolean;
  /** The editor when this row is being edited. */
  editor: ComponentChildren;
  onSelect(selected: boolean): void;
  onEdit(): void;
  onOpen(): void;
  onDelete(): void;
  onTag(tag: string): void;
  /** Desk sync: the reader keeps one of the versions that disagree. */
  onResolve?(chosen: VersionContent): void;
  /** Reads the article's stored versions and what changed between them (ArticleHistory). */
  loadHistory?(): Promise<HistoryEntry[]>;
}

const STANCE_LABELS: Record<string, MessageKey> = {
  supports: 'stanceSupports',
  refutes: 'stanceRefutes',
  context: 'stanceContext',
};

export function ReviewRow({
  row,
  selected,
  editor,
  onSelect,
  onEdit,
  onOpen,
  onDelete,
  onTag,
  onResolve,
  loadHistory,
}: Props) {
  const { t, verdict, locale } = useTranslator();
  const { factCheck, claim, article } = row;
  const day = dateFormat(locale, { dateStyle: 'medium' });
  const claimId = `fm-claim-${factCheck.id}`;
  const colour = factCheck.verdict ? VERDICT_COLOURS[factCheck.verdict] : 'var(--fm-border)';
  return (
    <li
      class="fm-review-row"
      tabIndex={-1}
      aria-labelledby={claimId}
      data-testid="review-row"
      data-id={factCheck.id}
      data-verdict={factCheck.verdict ?? 'none'}
    >
      <input
        type="checkbox"
        class="fm-review-check"
        checked={selected}
        aria-label={t('reviewSelect')}
        data-testid="review-select"
        onChange={(event) => onSelect(event.currentTarget.checked)}
      />
      <div class="fm-review-body">
        <p class="fm-review-meta">
          <span class="fm-verdict" style={{ borderColor: colour }} data-testid="review-verdict">
            {factCheck.verdict ? verdict(factCheck.verdict) : t('noVerdict')}
          </span>
          {article ? (
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              {article.title || t('reviewUntitled')}
            </a>
          ) : (
            <span>{t('reviewUntitled')}</span>
          )}
          <span class="fm-muted"> · {factCheck.site}</span>
          {factCheck.author && (
            <span class="fm-muted"> · {t('conflictBy', { author: factCheck.author })}</span>
          )}
          <span class="fm-muted">
            {' · '}
            <time dateTime={factCheck.createdAt}>
              {t('reviewChecked', { date: day.format(new Date(factCheck.createdAt)) })}
            </time>
            {factCheck.updatedAt !== factCheck.createdAt && (
              <>
                {', '}
                <time dateTime={factCheck.updatedAt}>
                  {t('reviewEdited', { date: day.format(new Date(factCheck.updatedAt)) })}
                </time>
              </>
            )}
          </span>
          {claim?.place === 'title' && <span class="fm-flag">{t('titleClaim')}</span>}
          {claim?.anchorStatus === 'orphan' && <span class="fm-flag">{t('notFoundOnPage')}</span>}
          {(claim?.anchorStatus === 'fuzzy' || claim?.anchorStatus === 'changed') && (
            <span class="fm-flag" data-testid="changed-flag">
              {t('changedOnPage')}
            </span>
          )}
        </p>
        <blockquote id={claimId} class="fm-review-claim">
          {claim?.text ?? t('reviewClaimMissing')}
        </blockquote>
        {factCheck.note && <p class="fm-review-note">{factCheck.note}</p>}
        {onResolve && <ConflictVersions factCheck={factCheck} onResolve={onResolve} />}
        {factCheck.sources.length > 0 && (
          <ul class="fm-review-sources" aria-label={t('sources')}>
            {factCheck.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title || source.url}
                </a>
                <span class="fm-muted"> — {t(STANCE_LABELS[source.stance] ?? 'stanceContext')}</span>
              </li>
            ))}
          </ul>
        )}
        {factCheck.tags.length > 0 && (
          <ul class="fm-review-tags" aria-label={t('reviewTag')}>
            {factCheck.tags.map((tag) => (
              <li key={tag}>
                <button type="button" class="fm-tag" onClick={() => onTag(tag)}>
                  #{tag}
                </button>
              </li>
            ))}
          </ul>
        )}
        {loadHistory && article && <ArticleHistory load={loadHistory} />}
        {editor ?? (
          <div class="fm-review-actions">
            <button type="button" class="fm-button" data-testid="review-edit" onClick={onEdit}>
              {t('reviewEdit')}
            </button>
            <button type="button" class="fm-button" data-testid="review-open" onClick={onOpen}>
              {t('openInPage')}
            </button>
            <button type="button" class="fm-button fm-danger" data-testid="review-delete" onClick={onDelete}>
              {t('reviewDelete')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
