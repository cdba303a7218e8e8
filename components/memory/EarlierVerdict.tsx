/**
 * An earlier check's verdict as the reader reads it: the fact-checker's own wording for a saved
 * published review ("AFP Factuel : Faux"), Factmark's verdict for the reader's own fact-check.
 */
import type { EarlierCheck } from '../../core/model/claim-memory';
import { VERDICT_COLOURS } from '../../core/model/verdict';
import { useTranslator } from '../i18n/TranslatorContext';

export function EarlierVerdict({ earlier }: { earlier: EarlierCheck }) {
  const { t, verdict } = useTranslator();
  const colour = earlier.verdict ? VERDICT_COLOURS[earlier.verdict] : undefined;
  const label =
    earlier.kind === 'published' && earlier.reviewer && earlier.rating
      ? t('earlierPublished', { reviewer: earlier.reviewer, rating: earlier.rating })
      : earlier.verdict
        ? verdict(earlier.verdict)
        : t('publishedNoVerdict');
  return (
    <span class="fm-verdict" style={{ borderColor: colour }} data-testid="earlier-verdict">
      {label}
    </span>
  );
}
