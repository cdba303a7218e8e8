/**
 * Edits one fact-check in the list with the card's editors and the card's rules
 * (core/review/edit-fields.ts): verdict, sources, note and tags, saved with "Save" (or
 * Ctrl+Enter), dropped with "Cancel" (or Escape). A refused save says why and keeps the edits.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { changedFields } from '../../core/model/changed-fields';
import { parseTags, savableSources } from '../../core/review/edit-fields';
import type { StoredFactCheck } from '../../core/model/stored-records';
import type { FactCheckFields } from '../../core/model/fact-check-draft';
import { SourcesEditor } from '../card/SourcesEditor';
import { VerdictPicker } from '../card/VerdictPicker';
import { useTranslator } from '../i18n/TranslatorContext';
import { errorMessage } from '../../core/text/error-message';

interface Props {
  factCheck: StoredFactCheck;
  /**
   * Writes the fields the reader changed since the editor opened (changed-fields.ts: a field
   * changed elsewhere meanwhile keeps its new value); rejects with a readable message.
   */
  onSave(changes: Partial<FactCheckFields>): Promise<void>;
  onClose(): void;
}

export function RowEditor({ factCheck, onSave, onClose }: Props) {
  const { t } = useTranslator();
  // The fields as the editor opened on them (the row itself follows later writes).
  const [shown] = useState<FactCheckFields>(() => ({
    verdict: factCheck.verdict,
    sources: factCheck.sources,
    note: factCheck.note,
    tags: factCheck.tags,
  }));
  const [fields, setFields] = useState<FactCheckFields>(shown);
  const [tagText, setTagText] = useState(factCheck.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** A save was refused for a source to complete: every source's problem is shown. */
  const [refused, setRefused] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input')?.focus(), []);
  // Refused for a source to complete: the reader is taken to it.
  useEffect(() => {
    if (refused) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);

  const save = async () => {
    const { sources, problem } = savableSources(fields.sources);
    if (problem) {
      setError(t(problem));
      setRefused(true);
      return;
    }
    setSaving(true);
    try {
      await onSave(changedFields(shown, { ...fields, sources, tags: parseTags(tagText) }));
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setSaving(false);
    }
  };
  const id = `fm-edit-${factCheck.id}`;
  return (
    <form
      ref={form}
      class="fm-review-editor"
      data-testid="review-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <VerdictPicker value={fields.verdict} onChange={(verdict) => setFields({ ...fields, verdict })} />
      <SourcesEditor
        sources={fields.sources}
        onChange={(sources) => setFields({ ...fields, sources })}
        showErrors={refused}
      />
      <label for={`${id}-note`}>{t('note')}</label>
      <textarea
        id={`${id}-note`}
        rows={3}
        value={fields.note}
        onInput={(event) => setFields({ ...fields, note: event.currentTarget.value })}
      />
      <label for={`${id}-tags`}>{t('tags')}</label>
      <input id={`${id}-tags`} value={tagText} onInput={(event) => setTagText(event.currentTarget.value)} />
      {error && (
        <p class="fm-error" role="alert">
          {t('saveFailed', { reason: error })}
        </p>
      )}
      <div class="fm-actions">
        <button type="submit" class="fm-button fm-primary" disabled={saving} data-testid="review-save">
          {saving ? t('saving') : t('reviewSave')}
        </button>
        <button type="button" class="fm-button" onClick={onClose}>
          {t('reviewCancel')}
        </button>
      </div>
    </form>
  );
}
