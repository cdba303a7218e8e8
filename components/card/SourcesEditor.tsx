/**
 * Any number of sources: link, title, optional quoted passage and stance. A link that is not
 * http or https is flagged next to its field and never saved (the card checks before saving).
 * Focus follows the reader: a new source's link field gets it, and after a removal it goes to
 * "Add a source" (the removed button took it away).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Source, SourceStance } from '../../core/model/fact-check';
import { isHttpUrl } from '../../core/model/http-url';
import { useTranslator } from '../i18n/TranslatorContext';

interface Props {
  sources: Source[];
  onChange(sources: Source[]): void;
}

const STANCES: { value: SourceStance; label: 'stanceSupports' | 'stanceRefutes' | 'stanceContext' }[] = [
  { value: 'supports', label: 'stanceSupports' },
  { value: 'refutes', label: 'stanceRefutes' },
  { value: 'context', label: 'stanceContext' },
];

export function SourcesEditor({ sources, onChange }: Props) {
  const { t } = useTranslator();
  const list = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'added' | 'removed' | null>(null);
  useEffect(() => {
    if (focusAfter.current === 'added') {
      list.current?.querySelector<HTMLInputElement>(`#fm-source-${sources.length - 1}-url`)?.focus();
    }
    if (focusAfter.current === 'removed') addButton.current?.focus();
    focusAfter.current = null;
  }, [sources.length]);
  const edit = (index: number, change: Partial<Source>) =>
    onChange(sources.map((source, i) => (i === index ? { ...source, ...change } : source)));
  return (
    <fieldset class="fm-sources" ref={list}>
      <legend>{t('sources')}</legend>
      {sources.map((source, index) => {
        const id = `fm-source-${index}`;
        const invalid = source.url !== '' && !isHttpUrl(source.url);
        return (
          <fieldset class="fm-source" key={index}>
            <legend>{`${t('sources')} ${index + 1}`}</legend>
            <label for={`${id}-url`}>{t('sourceUrl')}</label>
            <input
              id={`${id}-url`}
              type="url"
              inputMode="url"
              value={source.url}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-error` : undefined}
              onInput={(event) => edit(index, { url: event.currentTarget.value.trim() })}
            />
            {invalid && (
              <p id={`${id}-error`} class="fm-error" role="alert">
                {t('invalidUrl')}
              </p>
            )}
            <label for={`${id}-title`}>{t('sourceTitle')}</label>
            <input
              id={`${id}-title`}
              value={source.title}
              onInput={(event) => edit(index, { title: event.currentTarget.value })}
            />
            <label for={`${id}-quote`}>{t('sourceQuote')}</label>
            <input
              id={`${id}-quote`}
              value={source.quote ?? ''}
              onInput={(event) => edit(index, { quote: event.currentTarget.value || undefined })}
            />
            <label for={`${id}-stance`}>{t('stance')}</label>
            <select
              id={`${id}-stance`}
              value={source.stance}
              onChange={(event) => edit(index, { stance: event.currentTarget.value as SourceStance })}
            >
              {STANCES.map(({ value, label }) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="fm-link-button"
              onClick={() => {
                focusAfter.current = 'removed';
                onChange(sources.filter((_, i) => i !== index));
              }}
            >
              {t('removeSource')}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="fm-button"
        ref={addButton}
        onClick={() => {
          focusAfter.current = 'added';
          onChange([...sources, { url: '', title: '', stance: 'supports' }]);
        }}
      >
        {t('addSource')}
      </button>
    </fieldset>
  );
}
