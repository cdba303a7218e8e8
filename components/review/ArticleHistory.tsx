/**
 * "Versions of this article": behind a disclosure on a review row, the article texts the
 * reader's fact-checks were saved on (date, fingerprint) and, for each after the first, the
 * words that changed since the one before. Read only when opened.
 */
import { useRef, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../storage/article-history';
import { dateFormat } from '../i18n/date-format';
import { useTranslator } from '../i18n/TranslatorContext';

interface Props {
  /** Reads the history (storage/article-history.ts) when the reader opens it. */
  load(): Promise<HistoryEntry[]>;
}

export function ArticleHistory({ load }: Props) {
  const { t, locale } = useTranslator();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const asked = useRef(false);
  const day = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const onToggle = (event: Event) => {
    if (!(event.currentTarget as HTMLDetailsElement).open || asked.current) return;
    asked.current = true;
    load().then(setEntries, (error: unknown) => {
      console.error('Factmark: the versions of this article could not be read', error);
      setEntries([]);
    });
  };
  return (
    <details class="fm-history" data-testid="article-history" onToggle={onToggle}>
      <summary>{t('articleVersions')}</summary>
      {entries?.length === 0 && <p>{t('noVersions')}</p>}
      <ol>
        {entries?.map(({ version, changes }, index) => (
          <li key={version.id} data-testid="article-version">
            <p>
              {day.format(new Date(version.checkedAt))} · <code>{version.fingerprint.slice(0, 8)}</code>
            </p>
            {index > 0 && changes.length === 0 && <p>{t('versionSameWords')}</p>}
            {changes.length > 0 && (
              <ul class="fm-diff">
                {changes.map((change) => (
                  <li key={`${change.oldStart}:${change.newStart}`} data-op={change.op}>
                    {change.was && <del>{change.was}</del>}
                    {change.was && change.now && ' → '}
                    {change.now && <ins>{change.now}</ins>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
