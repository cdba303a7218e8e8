/**
 * The card's "Already checked" part, for a claim that repeats one the reader checked on another
 * page (or a fact-checker's review they saved): the earlier verdict, the claim as it was checked,
 * its sources, a link to the earlier article, and one button that reuses the verdict and sources
 * here. It lives in the card, inside Factmark's closed shadow root: never in the page's DOM.
 */
import type { EarlierCheck } from '../../core/model/claim-memory';
import { useTranslator } from '../i18n/TranslatorContext';
import { EarlierVerdict } from './EarlierVerdict';

interface Props {
  earlier: EarlierCheck;
  onReuse(): void;
}

export function EarlierCheckSection({ earlier, onReuse }: Props) {
  const { t } = useTranslator();
  const link = earlier.kind === 'factCheck' ? earlier.articleUrl : earlier.url;
  return (
    <section class="fm-earlier" aria-labelledby="fm-earlier-title" data-testid="card-earlier-check">
      <h3 id="fm-earlier-title">{t('alreadyChecked')}</h3>
      <p>
        <EarlierVerdict earlier={earlier} /> <q>{earlier.claimText}</q>
      </p>
      <p class="fm-claim-meta">
        {earlier.kind === 'factCheck' && t('earlierOn', { site: earlier.site })}{' '}
        <a href={link} target="_blank" rel="noopener noreferrer" data-testid="earlier-link">
          {t('earlierLink')}
        </a>
      </p>
      {earlier.kind === 'factCheck' && earlier.sources.length > 0 && (
        <ul class="fm-earlier-sources">
          {earlier.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title || source.url}
              </a>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="fm-button" data-testid="card-reuse-check" onClick={onReuse}>
        {t('reuseCheck')}
      </button>
    </section>
  );
}
