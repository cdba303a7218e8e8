import { describe, expect, test } from 'vitest';
import { EXPORT_FORMATS, exportFileName, renderExport } from '../../../../core/exchange/export-file';
import { parseImport } from '../../../../core/exchange/parse-import';
import { fakeBundle } from './arbitraries';

const options = {
  exportedAt: '2025-07-06T08:00:00.000Z',
  locale: 'fr',
  scope: 'Site : Le Monde.fr',
} as const;

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
    const file = renderExport(fakeBundle(), format, options);
    expect(file.text.length).toBeGreaterThan(50);
    expect(file.mimeType).toMatch(/^(application|text)\//);
  });

  test('Factmark and W3C exports import back', () => {
    for (const format of ['factmark', 'w3c'] as const) {
      const parsed = parseImport(renderExport(fakeBundle(), format, options).text);
      expect(parsed.ok && parsed.bundle.factChecks).toEqual(fakeBundle().factChecks);
    }
  });

  test('ClaimReview says which fact-checks it left out', () => {
    const file = renderExport(fakeBundle({ verdict: null }), 'claimreview', options);
    expect(file.skipped).toHaveLength(1);
  });
});
