/**
 * Actions on the selected fact-checks: delete, add or remove a tag, clear the selection.
 * Shown only while something is selected; its count is announced politely.
 */
import { useState } from 'preact/hooks';
import { useTranslator } from '../i18n/TranslatorContext';

interface Props {
  count: number;
  onDelete(): void;
  onRetag(change: { add: string } | { remove: string }): void;
  onClear(): void;
}

export function SelectionBar({ count, onDelete, onRetag, onClear }: Props) {
  const { t } = useTranslator();
  const [tag, setTag] = useState('');
  const trimmed = tag.trim();
  return (
    <section
      class="fm-review-selection"
      aria-label={t('reviewSelected', { count })}
      data-testid="review-selection"
    >
      <p role="status" aria-live="polite">
        {t('reviewSelected', { count })}
      </p>
      <button
        type="button"
        class="fm-button fm-danger"
        data-testid="review-delete-selected"
        onClick={onDelete}
      >
        {t('reviewDeleteSelected')}
      </button>
      <label>
        {t('reviewRetagLabel')}
        <input
          value={tag}
          data-testid="review-retag"
          onInput={(event) => setTag(event.currentTarget.value)}
        />
      </label>
      <button
        type="button"
        class="fm-button"
        disabled={!trimmed}
        data-testid="review-add-tag"
        onClick={() => onRetag({ add: trimmed })}
      >
        {t('reviewAddTag')}
      </button>
      <button
        type="button"
        class="fm-button"
        disabled={!trimmed}
        onClick={() => onRetag({ remove: trimmed })}
      >
        {t('reviewRemoveTag')}
      </button>
      <button type="button" class="fm-button" onClick={onClear}>
        {t('reviewClearSelection')}
      </button>
    </section>
  );
}
