/**
 * The annotation card: verdict, sources, note and tags for one claim, saved as the reader types.
 * A non-modal dialog (Escape closes it; the page gets focus back) in the card's language, that says in
 * words whether the fact-check is saved. A card whose save failed does not close: it says why and
 * offers to try again, or to close without saving. A fact-check of a desk names its author, and one
 * that desk members edited apart shows "two verdicts disagree" with each version to keep.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTags, savableSources } from '../../core/review/edit-fields';
import type { ConflictingVersion, VersionContent } from '../../core/sync/conflicts';
import type { FactCheckFields } from '../../storage/fact-checks';
import { ClaimChange } from '../ClaimChange';
import { useTranslator } from '../i18n/TranslatorContext';
import { ConflictVersions } from '../review/ConflictVersions';
import { SourcesEditor } from './SourcesEditor';
import { useAutosave } from './use-autosave';
import { VerdictPicker } from './VerdictPicker';

interface Props {
  claimText: string;
  initial: FactCheckFields;
  /** Whether the fact-check is already stored; a new one is not created while it is empty. */
  stored: boolean;
  /** Writes the fields; rejects with a readable message when they could not be saved. */
  onSave(fields: FactCheckFields): Promise<void>;
  onClose(): void;
  /** The claim's words changed since it was checked (core/versions/claim-change.ts). */
  change?: { was: string; now: string; onConfirm(): Promise<void> };
  /** Receives the card's own close (save, then close unless the save failed), for outside clicks. */
  bindClose?(close: () => void): void;
  /** The desk member who wrote the fact-check (desk sync). */
  author?: string;
  /** Versions of teammates that disagree with this one, and how to keep one of them. */
  conflict?: { versions: ConflictingVersion[]; onResolve(chosen: VersionContent): Promise<void> };
}

const isEmpty = (fields: FactCheckFields) =>
  fields.verdict === null &&
  fields.sources.length === 0 &&
  fields.note.trim() === '' &&
  fields.tags.length === 0;

export function FactCheckCard({
  claimText,
  initial,
  stored,
  onSave,
  onClose,
  change: claimChange,
  bindClose,
  author,
  conflict,
}: Props) {
  const { t } = useTranslator();
  const [fields, setFields] = useState(initial);
  const [tagText, setTagText] = useState(initial.tags.join(', '));
  const dialog = useRef<HTMLDivElement>(null);
  const exists = useRef(stored);
  const [disagreeing, setDisagreeing] = useState(conflict?.versions ?? []);
  const { status, schedule, flush, retry } = useAutosave<FactCheckFields>(async (next) => {
    const fields = { ...next, sources: savableSources(next.sources, t('invalidUrl')) };
    if (!exists.current && isEmpty(fields)) return 'skipped';
    await onSave(fields);
    exists.current = true;
    return 'saved';
  });

  const change = (patch: Partial<FactCheckFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    schedule(next);
  };
  const close = () => {
    void flush().then((saved) => {
      if (saved) onClose();
    });
  };

  bindClose?.(close);

  // Pending typing is saved first, so the version kept is the last word.
  const resolve = async (chosen: VersionContent) => {
    if (!conflict || !(await flush())) return;
    const kept = { verdict: chosen.verdict, sources: chosen.sources, note: chosen.note, tags: chosen.tags };
    await conflict.onResolve(kept);
    setFields(kept);
    setTagText(kept.tags.join(', '));
    setDisagreeing([]);
  };

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('input, button, textarea, select')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };

  return (
    <div
      ref={dialog}
      class="fm-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="fm-card-title"
      onKeyDown={onKeyDown}
      data-testid="factmark-card"
    >
      <div class="fm-card-header">
        <h2 id="fm-card-title">{t('cardTitle')}</h2>
        <button type="button" class="fm-close" aria-label={t('close')} onClick={close}>
          ×
        </button>
      </div>
      <figure>
        <figcaption>{t('claimLabel')}</figcaption>
        <blockquote>{claimText}</blockquote>
      </figure>
      {author && <p class="fm-author">{t('verdictBy', { author })}</p>}
      {claimChange && <ClaimChange {...claimChange} />}
      {disagreeing.length > 0 && (
        <ConflictVersions
          factCheck={{ ...fields, ...(author ? { author } : {}), conflicts: disagreeing }}
          onResolve={(chosen) =>
            resolve(chosen).catch((error: unknown) =>
              console.error('Factmark: the version kept could not be saved', error),
            )
          }
        />
      )}
      <VerdictPicker value={fields.verdict} onChange={(verdict) => change({ verdict })} />
      <SourcesEditor sources={fields.sources} onChange={(sources) => change({ sources })} />
      <label for="fm-note">{t('note')}</label>
      <textarea
        id="fm-note"
        rows={3}
        value={fields.note}
        onInput={(event) => change({ note: event.currentTarget.value })}
      />
      <label for="fm-tags">{t('tags')}</label>
      <input
        id="fm-tags"
        value={tagText}
        onInput={(event) => {
          setTagText(event.currentTarget.value);
          change({ tags: parseTags(event.currentTarget.value) });
        }}
      />
      <p class="fm-status" role="status" aria-live="polite" data-testid="save-status" data-kind={status.kind}>
        {status.kind === 'saving' && t('saving')}
        {status.kind === 'saved' && t('saved')}
        {status.kind === 'skipped' && t('notSavedYet')}
        {status.kind === 'failed' && t('saveFailed', { reason: status.reason })}
      </p>
      {status.kind === 'failed' && (
        <div class="fm-actions">
          <button type="button" class="fm-button" onClick={retry} data-testid="save-retry">
            {t('retrySave')}
          </button>
          <button type="button" class="fm-link-button" onClick={onClose} data-testid="close-unsaved">
            {t('closeAnyway')}
          </button>
        </div>
      )}
    </div>
  );
}
