/**
 * The side panel's "Already checked" list: each sentence of the page that matches a claim the
 * reader checked elsewhere (or a fact-checker's review they saved), with the earlier verdict,
 * its sources, a link to the earlier article, and one button to reuse it on this page.
 */
import { useState } from 'preact/hooks';
import type { AlreadyCheckedPassage } from '../../core/messaging/page-state';
import { useTranslator } from '../i18n/TranslatorContext';
import { EarlierVerdict } from './EarlierVerdict';

interface Props {
  passages: AlreadyCheckedPassage[];
  onShow(passage: AlreadyCheckedPassage): void;
  onReuse(passage: AlreadyCheckedPassage): Promise<boolean>;
}

export function AlreadyCheckedList({ passages, onShow, onReuse }: Props) {
  const { t } = useTranslator();
  const [failed, setFailed] = useState<string | null>(null);
  if (passages.length === 0) return null;
  return (
    <section aria-labelledby="fm-already-heading" data-testid="already-checked">
      <h3 id="fm-already-heading">{t('alreadyChecked')}</h3>
      <p class="fm-hint">{t('alreadyCheckedHint')}</p>
      <ul class="fm-annotations">
        {passages.map((passage) => {
          const { earlier } = passage;
          const key = `${passage.place ?? 'text'}-${passage.start}-${passage.end}`;
          const link = earlier.kind === 'factCheck' ? earlier.articleUrl : earlier.url;
          return (
            <li key={key} data-testid="already-checked-item">
              <button type="button" class="fm-claim" onClick={() => onShow(passage)}>
                <EarlierVerdict earlier={passage.earlier} />
                <q class="fm-claim-text">{earlier.claimText}</q>
              </button>
              <p class="fm-claim-meta">
                {earlier.kind === 'factCheck' && t('earlierOn', { site: earlier.site })}{' '}
                <a href={link} target="_blank" rel="noopener noreferrer">
                  {t('earlierLink')}
                </a>
              </p>
              {earlier.kind === 'factCheck' && earlier.sources.length > 0 && (
                <ul class="fm-sources">
                  {earlier.sources.map((source) => (
                    <li key={source.url}>
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
                        {source.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                class="fm-button"
                data-testid="reuse-check"
                onClick={() =>
                  void onReuse(passage).then(
                    (done) => setFailed(done ? null : key),
                    () => setFailed(key),
                  )
                }
              >
                {t('reuseCheck')}
              </button>
              {failed === key && <p role="alert">{t('reuseFailed')}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
