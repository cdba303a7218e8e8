/**
 * An error's technical text (in English, as the browser or the code gave it), folded away under a
 * label in the reader's language and marked `lang="en"`, so a French sentence never carries an
 * English error in its middle.
 */
import { useTranslator } from './i18n/TranslatorContext';

export function TechnicalDetail({ text }: { text: string }) {
  const { t } = useTranslator();
  if (!text) return null;
  return (
    <details class="fm-detail">
      <summary>{t('technicalDetail')}</summary>
      <small lang="en">{text}</small>
    </details>
  );
}
