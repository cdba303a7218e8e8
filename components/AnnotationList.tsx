/**
 * The reader's fact-checks on this page: verdict, number of sources, a note excerpt. Those
 * whose text is gone are kept and listed as "not found on this page" with their quote; those
 * found after an edit with their words changed show the text as checked and as it reads now.
 */
import type { PlacedAnnotation } from '../core/messaging/page-state';
import { VERDICT_MARKS } from '../core/model/verdict-marks';
import { VERDICT_COLOURS } from '../core/model/verdict';
import { excerpt } from '../core/text/excerpt';
import { ClaimChange } from './ClaimChange';
import { useTranslator } from './i18n/TranslatorContext';

const NOTE_EXCERPT = 140;

interface Props {
  annotations: PlacedAnnotation[];
  /** The article's language: its quoted words are read in it, not in the UI's. */
  lang?: string | undefined;
  onShow(annotation: PlacedAnnotation): void;
}

export function AnnotationList({ annotations, lang, onShow }: Props) {
  const { t, verdict } = useTranslator();
  if (annotations.length === 0) return <p>{t('noAnnotations')}</p>;
  return (
    <section aria-labelledby="fm-annotations-heading">
      <h3 id="fm-annotations-heading">{t('annotations')}</h3>
      <ul class="fm-annotations" data-testid="annotation-list">
        {annotations.map((annotation) => (
          <li key={annotation.factCheckId} data-status={annotation.status}>
            <button
              type="button"
              class="fm-claim"
              disabled={annotation.status === 'orphan'}
              onClick={() => onShow(annotation)}
            >
              <span
                class="fm-verdict"
                style={{ borderColor: annotation.verdict ? VERDICT_COLOURS[annotation.verdict] : undefined }}
              >
                {annotation.verdict
                  ? `${VERDICT_MARKS[annotation.verdict].symbol} ${verdict(annotation.verdict)}`
                  : t('noVerdict')}
              </span>
              <q class="fm-claim-text" lang={lang}>
                {annotation.quote}
              </q>
              <span class="fm-claim-meta">
                {annotation.place === 'title' && <span class="fm-claim-badge">{t('titleClaim')}</span>}
                {t('sourcesCount', { count: annotation.sourceCount })}
                {annotation.note && ` · ${excerpt(annotation.note, NOTE_EXCERPT)}`}
              </span>
              {annotation.status === 'orphan' && <strong>{t('notFoundOnPage')}</strong>}
            </button>
            {annotation.status === 'changed' && annotation.now !== null && (
              <ClaimChange was={annotation.quote} now={annotation.now} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
