/**
 * "Two verdicts disagree": a fact-check that desk members edited apart shows the other versions
 * beside the one shown, each with its author, verdict and note, and the reader keeps one. Shown on
 * the review page's row and in the in-page card.
 */
import type { StoredFactCheck } from '../../core/model/stored-records';
import type { VersionContent } from '../../core/sync/conflicts';
import { useTranslator } from '../i18n/TranslatorContext';

interface Props {
  /** The version shown (in the card: as the reader has it now) and the ones beside it. */
  factCheck: Pick<StoredFactCheck, 'verdict' | 'sources' | 'note' | 'tags' | 'author' | 'conflicts'>;
  onResolve(chosen: VersionContent): void;
}

export function ConflictVersions({ factCheck, onResolve }: Props) {
  const { t, verdict } = useTranslator();
  const versions = factCheck.conflicts ?? [];
  if (versions.length === 0) return null;
  const line = (version: VersionContent & { author?: string }) =>
    `${version.verdict ? verdict(version.verdict) : t('noVerdict')}${
      version.author ? ` (${t('conflictBy', { author: version.author })})` : ''
    }${version.note ? ` — ${version.note}` : ''}`;
  const { verdict: shown, sources, note, tags } = factCheck;
  return (
    <fieldset class="fm-conflict" data-testid="conflict">
      <legend class="fm-flag">{t('conflictTitle')}</legend>
      <ul>
        <li>
          {line(factCheck)} <span class="fm-muted">({t('conflictShown')})</span>{' '}
          <button
            type="button"
            class="fm-button"
            onClick={() => onResolve({ verdict: shown, sources, note, tags })}
          >
            {t('conflictKeep')}
          </button>
        </li>
        {versions.map((version) => (
          <li key={version.rev}>
            {line(version)}{' '}
            <button type="button" class="fm-button" onClick={() => onResolve(version)}>
              {t('conflictKeep')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
