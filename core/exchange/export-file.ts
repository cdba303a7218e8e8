/**
 * One export, whatever its format: the text, its media type, and a file name that says what it
 * holds and when it was made. The CLI, the review page and the side panel all export through
 * here, so a format reads the same wherever it was made. ClaimReview needs the reader's
 * publishing settings: without them the export is refused with a reason each view words.
 */
import type { FactmarkBundle } from './bundle';
import { toClaimReviewJson, toClaimReviews } from './claim-review';
import type { ClaimReviewPublisher } from './claim-review-publisher';
import { toCsv } from './csv';
import { toFactmarkJson } from './factmark-json';
import { toMarkdown } from './markdown';
import type { LabelLocale } from './verdict-labels';
import { toW3cJson } from './w3c-export';
import { W3C_MEDIA_TYPE } from './w3c-types';

export const EXPORT_FORMATS = ['factmark', 'w3c', 'claimreview', 'markdown', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  exportedAt: string;
  locale: LabelLocale;
  /** What the export holds, in a few words (`all`, `site news.example`): names the file. */
  scope: string;
  /** The ClaimReview publishing settings, already checked; the other formats ignore them. */
  publisher?: ClaimReviewPublisher | null;
  /** Who checked, for Markdown; the publisher's author name when not given. */
  authorName?: string;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
  /** Fact-checks a format could not carry, with the reason (ClaimReview needs a verdict). */
  skipped: { factCheckId: string; reason: string }[];
}

/** Why a format could not be written: ClaimReview without publishing settings. */
type ExportRefusal = 'publisher-missing';

export type ExportOutcome = { ok: true; file: ExportFile } | { ok: false; refusal: ExportRefusal };

const EXTENSIONS: Record<ExportFormat, { suffix: string; mimeType: string }> = {
  factmark: { suffix: 'factmark.json', mimeType: 'application/json' },
  w3c: { suffix: 'w3c.jsonld', mimeType: W3C_MEDIA_TYPE },
  claimreview: { suffix: 'claimreview.jsonld', mimeType: 'application/ld+json' },
  markdown: { suffix: 'md', mimeType: 'text/markdown;charset=utf-8' },
  csv: { suffix: 'csv', mimeType: 'text/csv;charset=utf-8' },
};

/** `factmark-<scope>-<date>.<suffix>`, with the scope reduced to safe file-name characters. */
export function exportFileName(format: ExportFormat, scope: string, exportedAt: string): string {
  const slug =
    scope
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'export';
  return `factmark-${slug}-${exportedAt.slice(0, 10)}.${EXTENSIONS[format].suffix}`;
}

export function renderExport(
  bundle: FactmarkBundle,
  format: ExportFormat,
  options: ExportOptions,
): ExportOutcome {
  const { exportedAt, locale, scope, publisher } = options;
  const file = (text: string, skipped: ExportFile['skipped'] = []): ExportOutcome => ({
    ok: true,
    file: {
      fileName: exportFileName(format, scope, exportedAt),
      mimeType: EXTENSIONS[format].mimeType,
      text,
      skipped,
    },
  });
  switch (format) {
    case 'factmark':
      return file(toFactmarkJson(bundle, { exportedAt, scope }));
    case 'w3c':
      return file(toW3cJson(bundle, { exportedAt, label: `Factmark: ${scope}` }));
    case 'claimreview': {
      if (!publisher) return { ok: false, refusal: 'publisher-missing' };
      const { reviews, skipped } = toClaimReviews(bundle, { locale, publisher });
      return file(toClaimReviewJson(reviews), skipped);
    }
    case 'markdown':
      return file(
        toMarkdown(bundle, {
          locale,
          exportedAt,
          authorName: options.authorName ?? publisher?.authorName ?? '',
        }),
      );
    case 'csv':
      // Opens by double-click in Excel in the reader's locale: see csv.ts.
      return file(toCsv(bundle, { bom: true, separator: locale === 'fr' ? ';' : ',' }));
  }
}
