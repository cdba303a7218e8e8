/**
 * Import: a Factmark or W3C file, chosen or dropped, is read and checked in full before anything
 * is written; the preview counts new, updated, unchanged, conflicting and invalid fact-checks
 * (each invalid one with its reason) and lists every stored record it would replace; "Import"
 * then writes everything in one transaction, through the writer, which tells open tabs.
 */
import { useState } from 'preact/hooks';
import type { InvalidRecord } from '../../core/exchange/bundle';
import type { ImportPlan } from '../../core/exchange/import-plan';
import { MAX_IMPORT_BYTES } from '../../core/exchange/limits';
import { type ImportRefusal, type ImportResult, parseImport } from '../../core/exchange/parse-import';
import { readFactmarkStream } from '../../core/exchange/read-factmark-stream';
import type { FactmarkDb } from '../../storage/db';
import { isStorageFull } from '../../storage/storage-full';
import { ImportOutdatedError, previewImport } from '../../storage/import-bundle';
import type { FactmarkWriter } from '../../storage/writer';
import type { MessageKey } from '../i18n/messages';
import { useTranslator } from '../i18n/TranslatorContext';
import { TechnicalDetail } from '../TechnicalDetail';
import { fileChunks } from './file-chunks';
import { errorMessage } from '../../core/text/error-message';

type Parsed = Extract<ImportResult, { ok: true }>;

/**
 * Reads a chosen file: a small one as text (Factmark or W3C), a larger one as a stream of
 * Factmark JSON records (a backup of any size restores; W3C files from other tools are small).
 */
async function readImportFile(file: File): Promise<ImportResult> {
  if (file.size <= MAX_IMPORT_BYTES) return parseImport(await file.text());
  return readFactmarkStream(fileChunks(file));
}

type Conflict = 'keep-newer' | 'keep-both';
type Stage =
  | { kind: 'idle' }
  | { kind: 'reading' }
  /** `outdated`: shown again because the stored fact-checks changed since the last preview. */
  | { kind: 'preview'; parsed: Parsed; plan: ImportPlan; outdated?: boolean }
  | { kind: 'done'; written: number }
  /** `reason` in the reader's language; `detail` the parser's or the database's own words (English). */
  | { kind: 'failed'; reason: string; detail: string };

const policyFor = (conflict: Conflict) =>
  conflict === 'keep-both' ? { conflict, newId: () => crypto.randomUUID() } : { conflict };

const REFUSALS: Record<ImportRefusal, MessageKey> = {
  'claim-review': 'importClaimReview',
  'unknown-format': 'importUnknownFormat',
};

/** The words for each kind of record a file may hold (the preview names a refused one). */
const RECORD_KINDS: Record<InvalidRecord['kind'], MessageKey> = {
  article: 'recordArticle',
  claim: 'recordClaim',
  factCheck: 'recordFactCheck',
  dismissal: 'recordDismissal',
  articleVersion: 'recordArticleVersion',
  publishedReview: 'recordPublishedReview',
  annotation: 'recordAnnotation',
};

/**
 * True when applying `plan` would add nothing the reader keeps: no fact-check, mark, version,
 * saved published fact-check or revised claim (new articles and claims alone are only what those
 * hang on).
 */
const nothingToWrite = ({ write, replaced }: ImportPlan) =>
  write.factChecks.length +
    (write.dismissals?.length ?? 0) +
    (write.articleVersions?.length ?? 0) +
    (write.publishedReviews?.length ?? 0) +
    replaced.claims.length ===
  0;

export function ImportPanel({ db, writer }: { db: FactmarkDb; writer: FactmarkWriter }) {
  const { t, verdict } = useTranslator();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [conflict, setConflict] = useState<Conflict>('keep-newer');

  const plan = async (parsed: Parsed, policy: Conflict, outdated = false) => {
    const planned = await previewImport(db, parsed.bundle, parsed.invalid, policyFor(policy));
    setStage({ kind: 'preview', parsed, plan: planned, outdated });
  };
  const read = async (file: File | undefined) => {
    if (!file) return;
    setStage({ kind: 'reading' });
    try {
      const parsed = await readImportFile(file);
      if (!parsed.ok) {
        return setStage(
          parsed.refusal
            ? { kind: 'failed', reason: t(REFUSALS[parsed.refusal]), detail: '' }
            : { kind: 'failed', reason: t('importUnreadable'), detail: parsed.error },
        );
      }
      await plan(parsed, conflict);
    } catch (error) {
      setStage({ kind: 'failed', reason: t('importUnreadable'), detail: errorMessage(error) });
    }
  };
  const apply = async (parsed: Parsed, planned: ImportPlan) => {
    try {
      setStage({ kind: 'done', written: await writer.applyImport(planned) });
    } catch (error) {
      if (error instanceof ImportOutdatedError) return plan(parsed, conflict, true);
      const reason = isStorageFull(error) ? t('storageFull') : t('importWriteFailed');
      setStage({ kind: 'failed', reason, detail: errorMessage(error) });
    }
  };

  return (
    <section
      class="fm-import"
      aria-labelledby="fm-import-title"
      data-testid="import-panel"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        void read(event.dataTransfer?.files[0]);
      }}
    >
      <h3 id="fm-import-title">{t('importTitle')}</h3>
      <label class="fm-drop">
        {t('importChoose')}
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          data-testid="import-file"
          onChange={(event) => {
            void read(event.currentTarget.files?.[0]);
            // Choosing the same file again (after a cancel or an edit) must read it again.
            event.currentTarget.value = '';
          }}
        />
        <span>{t('importDrop')}</span>
      </label>
      {stage.kind === 'reading' && <p role="status">{t('importReading')}</p>}
      {stage.kind === 'failed' && (
        <div role="alert" data-testid="import-error">
          <p>{t('importFailed', { reason: stage.reason })}</p>
          <TechnicalDetail text={stage.detail} />
        </div>
      )}
      {stage.kind === 'done' && (
        <p role="status" data-testid="import-done">
          {t('importDone', { count: stage.written })}
        </p>
      )}
      {stage.kind === 'preview' && (
        <div data-testid="import-preview">
          <h4>{t('importPreview')}</h4>
          {stage.outdated && (
            <p role="alert" data-testid="import-outdated">
              {t('importOutdated')}
            </p>
          )}
          <ul>
            <li>{t('importNew', { count: stage.plan.counts.new })}</li>
            <li>{t('importUpdated', { count: stage.plan.counts.updated })}</li>
            <li>{t('importUnchanged', { count: stage.plan.counts.unchanged })}</li>
            <li>{t('importConflicting', { count: stage.plan.counts.conflicting })}</li>
            <li>{t('importInvalid', { count: stage.plan.counts.invalid })}</li>
            {(stage.plan.write.articleVersions?.length ?? 0) > 0 && (
              <li data-testid="import-versions">
                {t('importVersions', { count: stage.plan.write.articleVersions?.length ?? 0 })}
              </li>
            )}
            {stage.plan.replaced.claims.length > 0 && (
              <li data-testid="import-revised-claims">
                {t('importRevisedClaims', { count: stage.plan.replaced.claims.length })}
              </li>
            )}
            {(stage.plan.write.publishedReviews?.length ?? 0) > 0 && (
              <li data-testid="import-published">
                {t('importPublished', { count: stage.plan.write.publishedReviews?.length ?? 0 })}
              </li>
            )}
          </ul>
          {stage.plan.invalid.length > 0 && (
            <ul class="fm-invalid">
              {stage.plan.invalid.map((record) => (
                <li key={`${record.kind}-${record.index}`}>
                  {t('importInvalidRecord', {
                    record: `${t(RECORD_KINDS[record.kind])} ${record.index + 1}${record.id === undefined ? '' : ` (${record.id})`}`,
                  })}
                  <TechnicalDetail text={record.reason} />
                </li>
              ))}
            </ul>
          )}
          {stage.plan.replaced.factChecks.length > 0 && (
            <>
              <p>{t('importReplaces')}</p>
              <ul class="fm-replaced" data-testid="import-replaced">
                {stage.plan.replaced.factChecks.map(({ claimText, before, after }) => (
                  <li key={before.id}>
                    {t('importReplacedFactCheck', {
                      claim: claimText,
                      before: before.verdict ? verdict(before.verdict) : t('reviewNoVerdict'),
                      after: after.verdict ? verdict(after.verdict) : t('reviewNoVerdict'),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {stage.plan.replaced.articles.length > 0 && (
            <>
              <p>{t('importReplacesArticles')}</p>
              <ul class="fm-replaced" data-testid="import-replaced-articles">
                {stage.plan.replaced.articles.map(({ before }) => (
                  <li key={before.id}>
                    {before.title || before.url} ({before.url})
                  </li>
                ))}
              </ul>
            </>
          )}
          {stage.plan.counts.conflicting > 0 && (
            <fieldset>
              {(['keep-newer', 'keep-both'] as const).map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name="fm-conflict"
                    checked={conflict === option}
                    onChange={() => {
                      setConflict(option);
                      void plan(stage.parsed, option);
                    }}
                  />
                  {t(option === 'keep-newer' ? 'importKeepNewer' : 'importKeepBoth')}
                </label>
              ))}
            </fieldset>
          )}
          <div class="fm-actions">
            <button
              type="button"
              class="fm-button"
              data-testid="import-apply"
              disabled={nothingToWrite(stage.plan)}
              onClick={() => void apply(stage.parsed, stage.plan)}
            >
              {t('importApply')}
            </button>
            <button type="button" class="fm-button" onClick={() => setStage({ kind: 'idle' })}>
              {t('importCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
