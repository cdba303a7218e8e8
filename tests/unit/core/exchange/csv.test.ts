import fc from 'fast-check';
import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { CSV_COLUMNS, csvRows, neutraliseFormula, toCsv } from '../../../../core/exchange/csv';
import { renderExport } from '../../../../core/exchange/export-file';
import { bundleArb, fakeBundle } from './arbitraries';

test('writes a header and one CRLF-terminated row per fact-check', () => {
  const csv = toCsv(fakeBundle({ note: 'A note, with "quotes"\nand a line break.' }));
  expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  expect(csv).toBe(
    'id,article_url,article_title,site,claim,claim_status,claim_now,claim_place,verdict,note,tags,sources,source_titles,source_stances,created,updated\r\n' +
      '3f2c8a1e-5b7d-4c9a-8e21-0d6b4f1a2c3e,https://news.example.org/2024/05/budget,Budget: what the minister said,' +
      'news.example.org,Unemployment fell by 40% last year.,,,text,mostly-false,"A note, with ""quotes""\nand a line break.",' +
      'economy; figures,https://stats.example.gov/unemployment,Official unemployment figures,refutes,2024-05-02T10:02:00.000Z,2024-05-03T09:00:00.000Z\r\n',
  );
});

test('starts with a byte order mark when asked', () => {
  expect(toCsv(fakeBundle(), { bom: true }).startsWith('\uFEFFid,')).toBe(true);
});

test.each([
  ['=1+1', "'=1+1"],
  ['+33 6 12', "'+33 6 12"],
  ['-2', "'-2"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=cmd', "'\t=cmd"],
  ['a=b', 'a=b'],
  ['', ''],
])('neutraliseFormula(%j) is %j', (cell, safe) => {
  expect(neutraliseFormula(cell)).toBe(safe);
});

test('round-trips through papaparse to the same cells (property)', () => {
  fc.assert(
    fc.property(bundleArb, (bundle) => {
      const parsed = Papa.parse<string[]>(toCsv(bundle), { delimiter: ',', newline: '\r\n' });
      expect(parsed.errors).toEqual([]);
      // The final CRLF ends the last record; papaparse reports it as one empty row.
      expect(parsed.data.slice(0, -1)).toEqual(csvRows(bundle));
    }),
    { numRuns: 150 },
  );
});

test('sources keep their titles and stances, one line each, in the URLs’ order', () => {
  const bundle = fakeBundle();
  const [header, row] = csvRows(bundle);
  const column = (name: string) => row?.[header?.indexOf(name) ?? -1];
  const sources = bundle.factChecks[0]?.sources ?? [];
  expect(column('source_titles')).toBe(sources.map((source) => source.title).join('\n'));
  expect(column('source_stances')).toBe(sources.map((source) => source.stance).join('\n'));
});

test.each([
  ['fr', ';'],
  ['en', ','],
] as const)(
  'the %s export starts with a BOM and uses "%s" (Excel’s list separator there)',
  (locale, separator) => {
    const outcome = renderExport(fakeBundle(), 'csv', {
      exportedAt: '2026-11-30T08:00:00.000Z',
      locale,
      scope: 'all',
    });
    if (!outcome.ok) throw new Error(outcome.refusal);
    const { file } = outcome;
    expect(file.text.startsWith(`\uFEFFid${separator}article_url${separator}`)).toBe(true);
    const parsed = Papa.parse<string[]>(file.text.slice(1), { delimiter: separator, newline: '\r\n' });
    expect(parsed.data[1]?.length).toBe(CSV_COLUMNS.length);
  },
);

test('a claim changed since it was checked says so, with the text as checked and as it reads now', () => {
  const now = 'Unemployment fell by 4% last year.';
  const bundle = { ...fakeBundle(), changedClaims: [{ claimId: 'claim-1', now }] };
  const [header, row] = csvRows(bundle);
  const column = (name: string) => row?.[header?.indexOf(name) ?? -1];
  expect(column('claim')).toBe('Unemployment fell by 40% last year.');
  expect(column('claim_status')).toBe('changed');
  expect(column('claim_now')).toBe(now);
  // A formula in the page's new text stays text.
  const hostile = csvRows({ ...bundle, changedClaims: [{ claimId: 'claim-1', now: '=HYPERLINK("x")' }] });
  expect(hostile[1]?.[header?.indexOf('claim_now') ?? -1]).toBe('\'=HYPERLINK("x")');
});

test('a claim of the title says so in claim_place; one of the text says text', () => {
  const bundle = fakeBundle();
  const titled = { ...bundle, claims: bundle.claims.map((claim) => ({ ...claim, place: 'title' as const })) };
  const [header, row] = csvRows(titled);
  expect(row?.[header?.indexOf('claim_place') ?? -1]).toBe('title');
  const [, textRow] = csvRows(bundle);
  expect(textRow?.[header?.indexOf('claim_place') ?? -1]).toBe('text');
});
