/**
 * Export: choose what (the scopes the view offers) and in which format, then download a file
 * named after the scope and date, or copy the text. The last file stays linked for download.
 * ClaimReview uses the reader's publishing settings; without them it says where to set them
 * instead of writing a file with a made-up publisher.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FactmarkBundle } from '../../core/exchange/bundle';
import type { ClaimReviewPublisher } from '../../core/exchange/claim-review-publisher';
import {
  EXPORT_FORMATS,
  type ExportFile,
  type ExportFormat,
  renderExport,
} from '../../core/exchange/export-file';
import type { MessageKey } from '../i18n/messages';
import { useTranslator } from '../i18n/TranslatorContext';
import { errorMessage } from '../../core/text/error-message';

export interface ExportScopeOption {
  id: string;
  label: string;
  /** Names the file: `all`, `site news.example`, `selection`… */
  scopeName: string;
  load(): Promise<FactmarkBundle>;
}

const FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  factmark: 'formatFactmark',
  w3c: 'formatW3c',
  claimreview: 'formatClaimReview',
  markdown: 'formatMarkdown',
  csv: 'formatCsv',
};

type Status =
  | { kind: 'idle' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'needs-publisher' };

interface Props {
  scopes: ExportScopeOption[];
  /** The checked ClaimReview publishing settings, or null when the reader has not set them. */
  loadPublisher(): Promise<ClaimReviewPublisher | null>;
  /** Opens the page where they are set (the extension's options page). */
  openSettings(): void;
}

export function ExportPanel({ scopes, loadPublisher, openSettings }: Props) {
  const { t, locale } = useTranslator();
  const [scopeId, setScopeId] = useState(scopes[0]?.id ?? '');
  const [format, setFormat] = useState<ExportFormat>('factmark');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [link, setLink] = useState<{ href: string; fileName: string } | null>(null);
  useEffect(() => () => link && URL.revokeObjectURL(link.href), [link]);

  const scope = scopes.find((option) => option.id === scopeId) ?? scopes[0];

  const render = async (): Promise<ExportFile | null> => {
    if (!scope) return null;
    const bundle = await scope.load();
    if (bundle.factChecks.length === 0) {
      setStatus({ kind: 'failed', message: t('exportEmpty') });
      return null;
    }
    const outcome = renderExport(bundle, format, {
      exportedAt: new Date().toISOString(),
      locale,
      scope: scope.scopeName,
      publisher: await loadPublisher(),
    });
    if (outcome.ok) return outcome.file;
    setStatus({ kind: 'needs-publisher' });
    return null;
  };
  const skippedNote = (file: ExportFile) =>
    file.skipped.length > 0 ? ` ${t('exportSkipped', { count: file.skipped.length })}` : '';
  const run = (action: (file: ExportFile) => Promise<string>) => async () => {
    try {
      const file = await render();
      if (file) setStatus({ kind: 'done', message: (await action(file)) + skippedNote(file) });
    } catch (error) {
      setStatus({ kind: 'failed', message: errorMessage(error) });
    }
  };
  const download = run(async (file) => {
    const href = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
    setLink({ href, fileName: file.fileName });
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.download = file.fileName;
    anchor.click();
    return file.fileName;
  });
  const copy = run(async (file) => {
    await navigator.clipboard.writeText(file.text);
    return t('copied');
  });

  return (
    <section class="fm-export" aria-labelledby="fm-export-title" data-testid="export-panel">
      <h3 id="fm-export-title">{t('exportTitle')}</h3>
      {scopes.length > 1 && (
        <select
          aria-label={t('exportTitle')}
          value={scopeId}
          onChange={(event) => setScopeId(event.currentTarget.value)}
        >
          {scopes.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      )}
      <label>
        {t('exportFormat')}{' '}
        <select
          value={format}
          data-testid="export-format"
          onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}
        >
          {EXPORT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {t(FORMAT_LABELS[value])}
            </option>
          ))}
        </select>
      </label>
      <div class="fm-actions">
        <button type="button" class="fm-button" onClick={download} data-testid="export-download">
          {t('download')}
        </button>
        <button type="button" class="fm-button" onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <p role="status" data-kind={status.kind} data-testid="export-status">
        {(status.kind === 'done' || status.kind === 'failed') && status.message}
        {status.kind === 'needs-publisher' && t('exportNeedsPublisher')}
      </p>
      {status.kind === 'needs-publisher' && (
        <button type="button" class="fm-link-button" onClick={openSettings} data-testid="export-open-options">
          {t('openOptions')}
        </button>
      )}
      {link && (
        <a href={link.href} download={link.fileName} data-testid="export-link">
          {link.fileName}
        </a>
      )}
    </section>
  );
}
