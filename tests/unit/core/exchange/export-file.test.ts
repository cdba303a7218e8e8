import { describe, expect, test } from 'vitest';
import { EXPORT_FORMATS, exportFileName, renderExport } from '../../../../core/exchange/export-file';
import { parseImport } from '../../../../core/exchange/parse-import';
import { fakeBundle } from './arbitraries';

const publisher = {
  organisationName: 'Les Vérificateurs',
  organisationUrl: 'https://desk.example/',
  reviewUrlPattern: 'https://desk.example/checks/{id}',
  authorName: 'Jeanne Martin',
};
const options = {
  exportedAt: '2025-07-06T08:00:00.000Z',
  locale: 'fr',
  scope: 'Site : Le Monde.fr',
  publisher,
} as const;

/** The file of an export that must succeed. */
function fileOf(outcome: ReturnType<typeof renderExport>) {
  if (!outcome.ok) throw new Error(`export refused: ${outcome.refusal}`);
  return outcome.file;
}

describe('exportFileName', () => {
  test.each([
    ['factmark', 'all', 'factmark-all-2025-07-06.factmark.json'],
    ['w3c', 'Site : Le Monde.fr', 'factmark-site-le-monde-fr-2025-07-06.w3c.jsonld'],
    ['csv', 'Sélection', 'factmark-selection-2025-07-06.csv'],
    ['markdown', '***', 'factmark-export-2025-07-06.md'],
  ] as const)('%s of "%s" is %s', (format, scope, expected) => {
    expect(exportFileName(format, scope, options.exportedAt)).toBe(expected);
  });
});

describe('renderExport', () => {
  test.each(EXPORT_FORMATS)('%s renders non-empty text with a media type', (format) => {
    const file = fileOf(renderExport(fakeBundle(), format, options));
    expect(file.text.length).toBeGreaterThan(50);
    expect(file.mimeType).toMatch(/^(application|text)\//);
  });

  test('Factmark and W3C exports import back', () => {
    for (const format of ['factmark', 'w3c'] as const) {
      const parsed = parseImport(fileOf(renderExport(fakeBundle(), format, options)).text);
      expect(parsed.ok && parsed.bundle.factChecks).toEqual(fakeBundle().factChecks);
    }
  });

  test('ClaimReview says which fact-checks it left out', () => {
    const file = fileOf(renderExport(fakeBundle({ verdict: null }), 'claimreview', options));
    expect(file.skipped).toHaveLength(1);
  });

  test('ClaimReview without publishing settings is refused, never written with a made-up author', () => {
    for (const missing of [undefined, null]) {
      expect(renderExport(fakeBundle(), 'claimreview', { ...options, publisher: missing })).toEqual({
        ok: false,
        refusal: 'publisher-missing',
      });
    }
  });

  test.each(['factmark', 'w3c', 'markdown', 'csv'] as const)('%s needs no publishing settings', (format) => {
    expect(renderExport(fakeBundle(), format, { ...options, publisher: null }).ok).toBe(true);
  });

  test('Markdown carries the settings’ author name and the export date', () => {
    const { text } = fileOf(renderExport(fakeBundle(), 'markdown', options));
    expect(text).toContain('Exporté le 6 juillet 2025');
    expect(text).toContain('par Jeanne Martin');
  });
});
