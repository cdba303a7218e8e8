import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { TranslatorContext } from '../../../../components/i18n/TranslatorContext';
import { translator } from '../../../../components/i18n/translate';
import { ReviewPage } from '../../../../components/review/ReviewPage';
import { FactmarkDb } from '../../../../storage/db';
import { factmarkWriter } from '../../../../storage/writer';
import { createFactCheck } from '../../../../storage/fact-checks';
import { fakeDraft } from '../../factories';

let db: FactmarkDb;
const FR = 'La Russie a reconnu le régime des talibans.';
const EN = 'Freight rates tripled in two weeks.';

beforeEach(async () => {
  db = new FactmarkDb(`review-page-${crypto.randomUUID()}`);
  window.history.replaceState(null, '', '/review.html');
  await createFactCheck(
    db,
    fakeDraft({ claim: { ...fakeDraft().claim, text: FR }, verdict: 'false' }),
    new Date('2025-07-01T10:00:00Z'),
  );
  await createFactCheck(
    db,
    fakeDraft({
      article: { ...fakeDraft().article, url: 'https://wire.example/rhine', title: 'Rhine cargo' },
      claim: { ...fakeDraft().claim, text: EN },
      verdict: 'mostly-true',
      note: '',
      tags: [],
    }),
    new Date('2025-07-02T10:00:00Z'),
  );
});
afterEach(async () => {
  cleanup();
  db.close();
  await Dexie.delete(db.name);
});

function renderPage(locale: 'en' | 'fr' = 'en') {
  const openInPage = vi.fn(async () => true);
  render(
    <TranslatorContext.Provider value={translator(locale)}>
      <ReviewPage
        db={db}
        writer={factmarkWriter(db, async () => {})}
        openInPage={openInPage}
        toolbar={({ selectedIds }) => <p>slot {selectedIds.length}</p>}
      />
    </TranslatorContext.Provider>,
  );
  return { openInPage };
}

const rows = () => screen.queryAllByTestId('review-row');

describe('ReviewPage', () => {
  test('lists every fact-check, newest first, with labelled controls', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]?.textContent).toContain(EN);
    expect(screen.getByRole('searchbox', { name: 'Search claims, notes, sources and titles' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox', { name: 'Select this fact-check' })).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('review-total').textContent).toBe('Results: 2'));
  });

  test("a fact-check of an article's title says so on its row, in the reader's language", async () => {
    const title = 'La Russie reconnaît officiellement le régime des talibans';
    await createFactCheck(
      db,
      fakeDraft({
        claim: {
          ...fakeDraft().claim,
          text: title,
          quote: { type: 'TextQuoteSelector', exact: title, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: title.length },
          place: 'title',
        },
      }),
      new Date('2025-07-03T10:00:00Z'),
    );
    renderPage('fr');
    await waitFor(() => expect(rows()).toHaveLength(3));
    const [newest, ...others] = rows();
    expect(newest?.textContent).toContain(title);
    expect(within(newest as HTMLElement).getByText('Titre')).toBeTruthy();
    for (const row of others) expect(within(row).queryByText('Titre')).toBeNull();
  });

  test('search and verdict filter narrow the list and live in the URL', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.input(screen.getByTestId('review-search'), { target: { value: 'reconnaître' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]?.textContent).toContain(FR);
    expect(window.location.search).toBe('?q=reconna%C3%AEtre');
    fireEvent.click(screen.getByTestId('review-clear'));
    fireEvent.click(screen.getByTestId('filter-verdict-mostly-true'));
    await waitFor(() => expect(rows().map((row) => row.dataset.verdict)).toEqual(['mostly-true']));
    expect(window.location.search).toBe('?verdict=mostly-true');
  });

  test('a selection is the filter’s: another filter starts with none', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(within(rows()[0] as HTMLElement).getByTestId('review-select'));
    await waitFor(() => expect(screen.getByText('slot 1')).toBeTruthy());
    fireEvent.click(screen.getByTestId('filter-verdict-mostly-true'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    await waitFor(() => expect(screen.getByText('slot 0')).toBeTruthy());
  });

  test('edits in place with the card rules, refusing a javascript: link', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(2));
    const row = rows()[1] as HTMLElement;
    fireEvent.click(within(row).getByTestId('review-edit'));
    const editor = within(row).getByTestId('review-editor');
    fireEvent.click(within(editor).getByRole('radio', { name: 'True' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Add a source' }));
    fireEvent.input(within(editor).getAllByLabelText('Link (http or https)').at(-1) as HTMLElement, {
      target: { value: 'javascript:alert(1)' },
    });
    fireEvent.submit(editor);
    await waitFor(() =>
      expect(
        within(editor).getByText(/Only http and https links/, { selector: 'p.fm-error:not([id])' }),
      ).toBeTruthy(),
    );
    fireEvent.click(
      within(editor).getAllByRole('button', { name: 'Remove this source' }).at(-1) as HTMLElement,
    );
    fireEvent.submit(editor);
    await waitFor(() => expect(rows()[1]?.dataset.verdict).toBe('true'));
    expect((await db.factChecks.toArray()).map((row) => row.verdict).sort()).toEqual(['mostly-true', 'true']);
  });

  test('edits in place: only what the reader changed is saved, a note written elsewhere meanwhile stays', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(2));
    const row = rows()[1] as HTMLElement;
    fireEvent.click(within(row).getByTestId('review-edit'));
    const editor = within(row).getByTestId('review-editor');
    // Another view (the in-page card, a teammate's sync) rewrites the note while the editor is open.
    const [stored] = await db.factChecks.where('verdict').notEqual('mostly-true').toArray();
    if (!stored) throw new Error('fixture');
    await db.factChecks.update(stored.id, { note: 'Rewritten elsewhere.' });
    fireEvent.click(within(editor).getByRole('radio', { name: 'True' }));
    fireEvent.submit(editor);
    await waitFor(async () => expect((await db.factChecks.get(stored.id))?.verdict).toBe('true'));
    expect((await db.factChecks.get(stored.id))?.note).toBe('Rewritten elsewhere.');
  });

  test('edits in place: a source with a title but no link is not dropped, the save says why', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(2));
    const row = rows()[1] as HTMLElement;
    fireEvent.click(within(row).getByTestId('review-edit'));
    const editor = within(row).getByTestId('review-editor');
    fireEvent.click(within(editor).getByRole('button', { name: 'Add a source' }));
    fireEvent.input(within(editor).getAllByLabelText('Title').at(-1) as HTMLElement, {
      target: { value: 'Printed report, p. 12' },
    });
    const before = await db.factChecks.toArray();
    fireEvent.submit(editor);
    await waitFor(() =>
      expect(
        within(editor).getByText(/A source is saved with its link/, { selector: 'p.fm-error:not([id])' }),
      ).toBeTruthy(),
    );
    const link = within(editor).getAllByLabelText('Link (http or https)').at(-1) as HTMLElement;
    expect(link.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect(await db.factChecks.toArray()).toEqual(before);
  });

  test('deletes with undo, and a selection reaches the toolbar slot', async () => {
    renderPage('fr');
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(
      within(rows()[0] as HTMLElement).getByRole('checkbox', { name: 'Sélectionner cette vérification' }),
    );
    await waitFor(() => expect(screen.getByText('slot 1')).toBeTruthy());
    fireEvent.click(within(rows()[0] as HTMLElement).getByTestId('review-delete'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByTestId('review-notice').textContent).toContain('Supprimée : 1 vérification.');
    fireEvent.click(screen.getByTestId('review-undo'));
    await waitFor(() => expect(rows()).toHaveLength(2));
  });

  test('deleting one row with its own button keeps the rest of the selection', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(2));
    for (const row of rows()) fireEvent.click(within(row).getByTestId('review-select'));
    await waitFor(() => expect(screen.getByText('slot 2')).toBeTruthy());
    fireEvent.click(within(rows()[0] as HTMLElement).getByTestId('review-delete'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    await waitFor(() => expect(screen.getByText('slot 1')).toBeTruthy());
  });

  test('"Open in page" asks for the row’s fact-check; arrow keys move between rows', async () => {
    const { openInPage } = renderPage();
    await waitFor(() => expect(rows()).toHaveLength(2));
    const [first, second] = rows() as [HTMLElement, HTMLElement];
    fireEvent.click(within(first).getByTestId('review-open'));
    expect(openInPage).toHaveBeenCalledWith(first.dataset.id);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
  });
});
