/**
 * Any number of sources: link, title, optional quoted passage and stance. A source that cannot be
 * saved as it is (words but no link, or a link that is not http or https: core/review/edit-fields.ts)
 * is flagged next to its link field once the reader leaves that source, or when the editor asks
 * (`showErrors`, on a refused close or save), never on each keystroke of a link being typed.
 * Focus follows the reader: a new source's link field gets it, and after a removal it goes to
 * "Add a source" (the removed button took it away).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Source, SourceStance } from '../../core/model/fact-check';
import { sourceProblem } from '../../core/review/edit-fields';
import { useTranslator } from '../i18n/TranslatorContext';

interface Props {
  sources: Source[];
  onChange(sources: Source[]): void;
  /** Show every source's problem, left or not (the editor refused to close or save). */
  showErrors?: boolean;
}

const STANCES: { value: SourceStance; label: 'stanceSupports' | 'stanceRefutes' | 'stanceContext' }[] = [
  { value: 'supports', label: 'stanceSupports' },
  { value: 'refutes', label: 'stanceRefutes' },
  { value: 'context', label: 'stanceContext' },
];

export function SourcesEditor({ sources, onChange, showErrors = false }: Props) {
  const { t } = useTranslator();
  /** The sources (by index) the reader has left since adding or reading them. */
  const [left, setLeft] = useState<ReadonlySet<number>>(new Set());
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
        const problem = sourceProblem(source);
        const invalid = problem !== null && (showErrors || left.has(index));
        return (
          <fieldset
            class="fm-source"
            key={index}
            onFocusOut={(event) => {
              const to = event.relatedTarget;
              if (!(to instanceof Node && event.currentTarget.contains(to)))
                setLeft((was) => new Set(was).add(index));
            }}
          >
            <legend>{t('sourceNumber', { n: index + 1 })}</legend>
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
                {t(problem)}
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
                setLeft(new Set());
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
