import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { ExportPanel } from '../../../../components/exchange/ExportPanel';
import { TranslatorContext } from '../../../../components/i18n/TranslatorContext';
import { translator } from '../../../../components/i18n/translate';
import type { FactmarkBundle } from '../../../../core/exchange/bundle';
import type { ClaimReviewPublisher } from '../../../../core/exchange/claim-review-publisher';
import { fakeBundle } from '../../core/exchange/arbitraries';

afterEach(cleanup);

const publisher: ClaimReviewPublisher = {
  organisationName: 'Desk',
  organisationUrl: 'https://desk.example/',
  reviewUrlPattern: 'https://desk.example/checks/{id}',
  authorName: '',
};

function renderPanel(bundle: FactmarkBundle, settings: ClaimReviewPublisher | null = publisher) {
  const openSettings = vi.fn();
  render(
    <TranslatorContext.Provider value={translator('fr')}>
      <ExportPanel
        scopes={[{ id: 'article', label: 'Cet article', scopeName: 'article', load: async () => bundle }]}
        loadPublisher={async () => settings}
        openSettings={openSettings}
      />
    </TranslatorContext.Provider>,
  );
  return { openSettings };
}

test('downloads a file named after the scope and date, and keeps a link to it', async () => {
  renderPanel(fakeBundle());
  fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'csv' } });
  fireEvent.click(screen.getByTestId('export-download'));
  await waitFor(() => screen.getByTestId('export-link'));
  const link = screen.getByTestId('export-link') as HTMLAnchorElement;
  expect(link.download).toMatch(/^factmark-article-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(screen.getByRole('status').textContent).toBe(link.download);
});

test('says when ClaimReview leaves fact-checks without a verdict out', async () => {
  renderPanel(fakeBundle({ verdict: null }));
  fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'claimreview' } });
  fireEvent.click(screen.getByTestId('export-download'));
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('sans verdict'));
});

test('says there is nothing to export', async () => {
  renderPanel({ articles: [], claims: [], factChecks: [] });
  fireEvent.click(screen.getByTestId('export-download'));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Rien à exporter.'));
});

test('ClaimReview without publishing settings says so in the reader’s language and links to the options', async () => {
  const { openSettings } = renderPanel(fakeBundle(), null);
  fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'claimreview' } });
  fireEvent.click(screen.getByTestId('export-download'));
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toContain('ClaimReview a besoin de votre organisation'),
  );
  expect(screen.queryByTestId('export-link')).toBeNull();
  fireEvent.click(screen.getByTestId('export-open-options'));
  expect(openSettings).toHaveBeenCalledOnce();
});
