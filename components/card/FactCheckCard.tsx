/**
 * The annotation card: verdict, sources, note and tags for one claim, saved as the reader types.
 * A non-modal dialog (Escape closes it; the page gets focus back) in the card's language, that says in
 * words whether the fact-check is saved. A card whose save failed does not close: it says why and
 * offers to try again, or to close without saving. A stored fact-check shows when it was checked
 * and updated, opens in the review page, and can be deleted after a confirmation in the card. A
 * fact-check of a desk names its author, and one that desk members edited apart shows "two
 * verdicts disagree" with each version to keep.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { reusedFields } from '../../core/memory/reuse';
import type { EarlierCheck } from '../../core/model/claim-memory';
import { parseTags, savableSources } from '../../core/review/edit-fields';
import type { FactCheckFields } from '../../core/model/fact-check-draft';
import type { ConflictingVersion, VersionContent } from '../../core/sync/conflicts';
import { ClaimChange } from '../ClaimChange';
import { formatDay } from '../i18n/date-format';
import { useTranslator } from '../i18n/TranslatorContext';
import { EarlierCheckSection } from '../memory/EarlierCheckSection';
import { ConflictVersions } from '../review/ConflictVersions';
import { SourcesEditor } from './SourcesEditor';
import { useAutosave } from './use-autosave';
import { VerdictPicker } from './VerdictPicker';
import { errorMessage } from '../../core/text/error-message';

/** When a stored fact-check was made and last changed (ISO 8601). */
export interface FactCheckDates {
  createdAt: string;
  updatedAt: string;
}

interface Props {
  claimText: string;
  /** The article's language, in which the claim's words are read (the card's own words are in `locale`). */
  claimLang?: string;
  initial: FactCheckFields;
  /** The stored fact-check's dates; absent while it is not stored (a new one is not created while empty). */
  dates?: FactCheckDates;
  /** Writes the fields and answers the stored dates; rejects with a readable message on failure. */
  onSave(fields: FactCheckFields): Promise<FactCheckDates>;
  onClose(): void;
  /** Deletes the stored fact-check; rejects with a readable message. The card then closes. */
  onDelete(): Promise<void>;
  /** Opens the review page on this fact-check; rejects with a readable message. */
  onOpenReview(): Promise<void>;
  /** The claim's words changed since it was checked (core/versions/claim-change.ts). */
  change?: { was: string; now: string; onConfirm(): Promise<void> };
  /** The claim repeats one checked on another page (claim memory): shown with a one-click reuse. */
  earlier?: EarlierCheck;
  /**
   * Receives the card's own close, for outside clicks and for another claim's card: saves, then
   * closes and answers true, unless the save failed or is held back (it answers false and stays).
   */
  bindClose?(close: () => Promise<boolean>): void;
  /** The desk member who wrote the fact-check (desk sync). */
  author?: string;
  /** Versions of teammates that disagree with this one, and how to keep one of them. */
  conflict?: { versions: ConflictingVersion[]; onResolve(chosen: VersionContent): Promise<void> };
  /**
   * How many clicks in a row were not taken, the card perhaps covered (0: the last one counted).
   * Each refusal is announced anew.
   */
  refusedClicks?: number;
}

/** The control that takes focus as the card opens. */
export const FIRST_CONTROL = 'input, button, textarea, select';

/** What keeps a card from closing: a source to complete, else the failed save's "Try again". */
export const CLOSE_HOLDER = '[aria-invalid="true"], [data-testid="save-retry"]';

const isEmpty = (fields: FactCheckFields) =>
  fields.verdict === null &&
  fields.sources.length === 0 &&
  fields.note.trim() === '' &&
  fields.tags.length === 0;

export function FactCheckCard({
  claimText,
  claimLang,
  initial,
  dates: storedDates,
  onSave,
  onClose,
  onDelete,
  onOpenReview,
  change: claimChange,
  earlier,
  bindClose,
  author,
  conflict,
  refusedClicks = 0,
}: Props) {
  const { t, locale } = useTranslator();
  const [fields, setFields] = useState(initial);
  const [tagText, setTagText] = useState(initial.tags.join(', '));
  const [dates, setDates] = useState(storedDates);
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  /** How often a close was refused for unsaved work (each time, every source's problem is shown). */
  const [refusals, setRefusals] = useState(0);
  const closeRefused = refusals > 0;
  const dialog = useRef<HTMLDivElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const exists = useRef(storedDates !== undefined);
  const [disagreeing, setDisagreeing] = useState(conflict?.versions ?? []);
  const { status, schedule, flush, retry } = useAutosave<FactCheckFields>(async (next) => {
    const { sources, problem } = savableSources(next.sources);
    if (problem) return { incomplete: t(problem) };
    const fields = { ...next, sources };
    if (!exists.current && isEmpty(fields)) return 'skipped';
    setDates(await onSave(fields));
    exists.current = true;
    return 'saved';
  });

  const change = (patch: Partial<FactCheckFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    schedule(next);
  };
  // Reusing takes the earlier verdict and sources and saves them at once (the one action).
  const [reused, setReused] = useState(false);
  const reuse = (from: EarlierCheck) => {
    const next = { ...fields, ...reusedFields(from) };
    setFields(next);
    schedule(next);
    setReused(true);
    void flush();
  };
  // The reuse button leaves with its section: focus goes to the verdict it set, not to the page.
  useEffect(() => {
    const card = dialog.current;
    if (reused && card)
      (card.querySelector<HTMLElement>('input:checked') ?? card.querySelector('button'))?.focus();
  }, [reused]);
  const close = async (): Promise<boolean> => {
    const saved = await flush();
    if (saved) onClose();
    else setRefusals((count) => count + 1);
    return saved;
  };
  // A refused close takes the reader to what holds it: the source to complete, else "Try again".
  useEffect(() => {
    if (refusals > 0) dialog.current?.querySelector<HTMLElement>(CLOSE_HOLDER)?.focus();
  }, [refusals]);

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
    // Not scrolled to: the card is placed beside the claim only after this first render.
    dialog.current?.querySelector<HTMLElement>(FIRST_CONTROL)?.focus({ preventScroll: true });
  }, []);
  // The safe answer takes focus when the confirmation opens; the Delete button gets it back after.
  const confirmOpened = useRef(false);
  useEffect(() => {
    if (confirming) {
      confirmOpened.current = true;
      keep.current?.focus();
    } else if (confirmOpened.current) deleteButton.current?.focus();
  }, [confirming]);

  const reportFailure =
    (key: 'deleteFailed' | 'openInReviewFailed' | 'keepVersionFailed') => (error: unknown) =>
      setActionError(t(key, { reason: errorMessage(error) }));
  const remove = () => {
    setActionError(null);
    // Nothing still on its way may write the fact-check again once it is gone.
    void flush()
      .then(onDelete)
      .then(onClose, (error: unknown) => {
        setConfirming(false);
        reportFailure('deleteFailed')(error);
      });
  };
  const openReview = () => {
    setActionError(null);
    void flush().then(onOpenReview).catch(reportFailure('openInReviewFailed'));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      void close();
    }
  };

  return (
    <div
      ref={dialog}
      class="fm-card"
      // Not a Tab stop of its own: Firefox makes a scrolling box one (the card scrolls in its frame).
      tabIndex={-1}
      lang={locale}
      role="dialog"
      aria-modal="false"
      aria-labelledby="fm-card-title"
      onKeyDown={onKeyDown}
      data-testid="factmark-card"
    >
      <div class="fm-card-header">
        <h2 id="fm-card-title">{t('cardTitle')}</h2>
        <button type="button" class="fm-close" aria-label={t('close')} onClick={() => void close()}>
          ×
        </button>
      </div>
      <figure>
        <figcaption>{t('claimLabel')}</figcaption>
        <blockquote lang={claimLang}>{claimText}</blockquote>
      </figure>
      {author && <p class="fm-author">{t('verdictBy', { author })}</p>}
      {claimChange && <ClaimChange {...claimChange} />}
      {earlier && !reused && <EarlierCheckSection earlier={earlier} onReuse={() => reuse(earlier)} />}
      {disagreeing.length > 0 && (
        <ConflictVersions
          factCheck={{ ...fields, ...(author ? { author } : {}), conflicts: disagreeing }}
          onResolve={(chosen) => {
            setActionError(null);
            // Said in the card, the versions still shown: clicking again tries again.
            resolve(chosen).catch(reportFailure('keepVersionFailed'));
          }}
        />
      )}
      <VerdictPicker value={fields.verdict} onChange={(verdict) => change({ verdict })} />
      <SourcesEditor
        sources={fields.sources}
        onChange={(sources) => change({ sources })}
        showErrors={closeRefused}
      />
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
      {dates && (
        <div class="fm-card-footer">
          <p class="fm-card-dates" data-testid="card-dates">
            {t('checkedOn', { date: formatDay(locale, dates.createdAt) })}
            {formatDay(locale, dates.updatedAt) !== formatDay(locale, dates.createdAt) &&
              `, ${t('updatedOn', { date: formatDay(locale, dates.updatedAt) })}`}
          </p>
          {confirming ? (
            <fieldset class="fm-confirm" data-testid="delete-confirm">
              <legend>{t('deleteConfirm')}</legend>
              <div class="fm-actions">
                <button type="button" class="fm-button fm-danger" onClick={remove} data-testid="delete-yes">
                  {t('deleteYes')}
                </button>
                <button
                  type="button"
                  class="fm-button"
                  ref={keep}
                  onClick={() => setConfirming(false)}
                  data-testid="delete-no"
                >
                  {t('deleteNo')}
                </button>
              </div>
            </fieldset>
          ) : (
            <div class="fm-actions">
              <button type="button" class="fm-link-button" onClick={openReview} data-testid="open-review">
                {t('openInReview')}
              </button>
              <button
                type="button"
                class="fm-link-button fm-danger"
                ref={deleteButton}
                onClick={() => setConfirming(true)}
                data-testid="delete-fact-check"
              >
                {t('deleteFactCheck')}
              </button>
            </div>
          )}
        </div>
      )}
      {actionError && (
        <p role="alert" data-testid="card-action-error">
          {actionError}
        </p>
      )}
      <div class="fm-card-status">
        {refusedClicks > 0 && (
          <p key={refusedClicks} class="fm-error" role="alert" data-testid="card-click-refused">
            {t('clickRefused')}
          </p>
        )}
        <p
          class="fm-status"
          role="status"
          aria-live="polite"
          data-testid="save-status"
          data-kind={status.kind}
        >
          {status.kind === 'saving' && t('saving')}
          {status.kind === 'saved' && t('saved')}
          {status.kind === 'skipped' && t('notSavedYet')}
          {status.kind === 'incomplete' && t('notSavedYetBecause', { reason: status.reason })}
          {status.kind === 'failed' && t('saveFailed', { reason: status.reason })}
        </p>
        {(status.kind === 'failed' || (status.kind === 'incomplete' && closeRefused)) && (
          <div class="fm-actions">
            {status.kind === 'failed' && (
              <button type="button" class="fm-button" onClick={retry} data-testid="save-retry">
                {t('retrySave')}
              </button>
            )}
            <button type="button" class="fm-link-button" onClick={onClose} data-testid="close-unsaved">
              {t('closeAnyway')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
