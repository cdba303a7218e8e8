import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ImportPanel } from '../../../../components/exchange/ImportPanel';
import { TranslatorContext } from '../../../../components/i18n/TranslatorContext';
import { translator } from '../../../../components/i18n/translate';
import { toFactmarkJson } from '../../../../core/exchange/factmark-json';
import { FactmarkDb } from '../../../../storage/db';
import { factmarkWriter } from '../../../../storage/writer';
import { fakeBundle } from '../../core/exchange/arbitraries';

let db: FactmarkDb;
beforeEach(() => {
  db = new FactmarkDb(`import-ui-${crypto.randomUUID()}`);
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

/** What the panel told open views. */
const announced: (readonly string[] | null)[] = [];
const announce = async (urls: readonly string[] | null) => void announced.push(urls);

function choose(text: string, name = 'checks.json', locale: 'en' | 'fr' = 'en') {
  render(
    <TranslatorContext.Provider value={translator(locale)}>
      <ImportPanel db={db} writer={factmarkWriter(db, announce)} />
    </TranslatorContext.Provider>,
  );
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file] });
  fireEvent.change(input);
}

describe('ImportPanel', () => {
  test('previews, then writes on Import', async () => {
    announced.length = 0;
    const bundle = fakeBundle();
    choose(toFactmarkJson(bundle, { exportedAt: '2025-07-06T00:00:00.000Z' }));
    await waitFor(() => screen.getByTestId('import-preview'));
    expect(screen.getByText('1 new')).toBeTruthy();
    expect(await db.factChecks.count()).toBe(0);
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => screen.getByTestId('import-done'));
    expect(screen.getByTestId('import-done').textContent).toBe('Imported: 1 fact-check written.');
    expect(await db.factChecks.count()).toBe(1);
    // Open tabs of that article are told, so their highlights change at once.
    expect(announced).toEqual([bundle.articles.map((article) => article.url)]);
  });

  test('a refused record is named in the reader’s language, the parser’s words under Technical detail; nothing to write, no Import', async () => {
    const bundle = fakeBundle();
    const [first] = bundle.factChecks;
    if (!first) throw new Error('fakeBundle has a fact-check');
    const text = toFactmarkJson(bundle, { exportedAt: '2025-07-06T00:00:00.000Z' }).replace(
      JSON.stringify(first.sources[0]?.url ?? ''),
      JSON.stringify('javascript:alert(1)'),
    );
    choose(text, 'checks.json', 'fr');
    await waitFor(() => screen.getByTestId('import-preview'));
    const refused = screen.getByText(/Impossible d’importer/);
    expect(refused.textContent).toMatch(/^Impossible d’importer : Vérification 1 \(/);
    expect(refused.querySelector('details small')?.textContent).toContain('javascript');
    expect(refused.querySelector('details summary')?.textContent).toBe('Détail technique');
    expect((screen.getByTestId('import-apply') as HTMLButtonElement).disabled).toBe(true);
  });

  test('the preview lists the stored fact-checks an import would replace', async () => {
    const bundle = fakeBundle();
    const [first] = bundle.factChecks;
    if (!first) throw new Error('fakeBundle has a fact-check');
    choose(toFactmarkJson(bundle, { exportedAt: '2025-07-06T00:00:00.000Z' }));
    await waitFor(() => screen.getByTestId('import-apply'));
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => screen.getByTestId('import-done'));
    cleanup();
    const edited = {
      ...bundle,
      factChecks: [{ ...first, verdict: 'false' as const, updatedAt: '2030-01-01T00:00:00.000Z' }],
    };
    choose(toFactmarkJson(edited, { exportedAt: '2030-01-02T00:00:00.000Z' }));
    await waitFor(() => screen.getByTestId('import-replaced'));
    expect(screen.getByTestId('import-replaced').textContent).toContain('→ False');
  });

  test('a fact-check edited while the preview is open is not overwritten: the preview is shown again', async () => {
    const bundle = fakeBundle();
    const [first] = bundle.factChecks;
    if (!first) throw new Error('fakeBundle has a fact-check');
    const writer = factmarkWriter(db, announce);
    choose(toFactmarkJson(bundle, { exportedAt: '2025-07-06T00:00:00.000Z' }));
    await waitFor(() => screen.getByTestId('import-apply'));
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => screen.getByTestId('import-done'));
    cleanup();
    const newer = {
      ...bundle,
      factChecks: [{ ...first, verdict: 'false' as const, updatedAt: '2030-01-01T00:00:00.000Z' }],
    };
    choose(toFactmarkJson(newer, { exportedAt: '2030-01-02T00:00:00.000Z' }), 'checks.json', 'fr');
    await waitFor(() => screen.getByTestId('import-replaced'));
    // Meanwhile the reader edits it in another tab.
    await writer.update(first.id, { note: 'Corrigé à la main.' });
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => screen.getByTestId('import-outdated'));
    expect(screen.getByTestId('import-outdated').textContent).toMatch(/^Vos vérifications ont changé/);
    expect(await db.factChecks.get(first.id)).toMatchObject({ note: 'Corrigé à la main.' });
    // The new preview, made on what is stored now, imports when confirmed.
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => screen.getByTestId('import-done'));
    expect(await db.factChecks.get(first.id)).toMatchObject({ verdict: 'false' });
  });

  test.each([
    ['not JSON at all', /Nothing was imported: .*JSON/],
    ['{"__proto__": {"polluted": true}}', /Nothing was imported: .*__proto__/],
    ['{"hello": "world"}', /Nothing was imported/],
  ])('refuses %s with a clear message and writes nothing', async (text, message) => {
    choose(text);
    await waitFor(() => screen.getByTestId('import-error'));
    expect(screen.getByTestId('import-error').textContent).toMatch(message);
    expect(await db.factChecks.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('in French, the reason is French and the parser’s own words are the technical detail', async () => {
    choose('not JSON at all', 'checks.json', 'fr');
    await waitFor(() => screen.getByTestId('import-error'));
    const error = screen.getByTestId('import-error');
    expect(error.querySelector('p')?.textContent).toBe(
      'Rien n’a été importé : ce fichier n’est pas un export Factmark ou W3C lisible.',
    );
    expect(error.querySelector('details small')?.textContent).toMatch(/JSON/);
  });

  test('lists refused records with their reason', async () => {
    const bundle = fakeBundle();
    const hostile = JSON.parse(toFactmarkJson(bundle, { exportedAt: '2025-07-06T00:00:00.000Z' }));
    hostile.factChecks[0].sources = [{ url: 'javascript:alert(1)', title: 'x', stance: 'supports' }];
    choose(JSON.stringify(hostile));
    await waitFor(() => screen.getByTestId('import-preview'));
    expect(screen.getByText('1 invalid')).toBeTruthy();
    expect(screen.getByTestId('import-preview').textContent).toMatch(/javascript:/);
  });
});

describe('a backup larger than the in-memory limit', () => {
  test('is read as a stream, previewed and written whole', async () => {
    const bundle = fakeBundle({ note: 'x'.repeat(1_000) });
    const base = toFactmarkJson(bundle, { exportedAt: '2025-07-06T00:00:00.000Z' });
    // Padding inside the JSON (whitespace) takes the file over 10 MiB without more records.
    const text = base.replace('"articles"', `${' '.repeat(11 * 1024 * 1024)}"articles"`);
    expect(text.length).toBeGreaterThan(10 * 1024 * 1024);
    choose(text, 'backup.factmark.json');
    await waitFor(() => screen.getByTestId('import-preview'), { timeout: 10_000 });
    expect(screen.getByText('1 new')).toBeTruthy();
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => screen.getByTestId('import-done'));
    expect(await db.factChecks.count()).toBe(1);
  });

  test('that is not a Factmark backup is refused with a reason', async () => {
    choose(`[${' '.repeat(11 * 1024 * 1024)}]`, 'big.json');
    await waitFor(() => screen.getByTestId('import-error'), { timeout: 10_000 });
    expect(screen.getByTestId('import-error').textContent).toMatch(/Factmark backups/);
  });
});
