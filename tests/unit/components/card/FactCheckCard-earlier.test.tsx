import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FactCheckCard } from '../../../../components/card/FactCheckCard';
import { TranslatorContext } from '../../../../components/i18n/TranslatorContext';
import { translator } from '../../../../components/i18n/translate';
import type { EarlierCheck } from '../../../../core/model/claim-memory';
import type { FactCheckFields } from '../../../../core/model/fact-check-draft';

const earlier: EarlierCheck = {
  kind: 'factCheck',
  factCheckId: 'f1',
  verdict: 'false',
  claimText: 'La justice russe a retiré les talibans de sa liste.',
  sources: [{ url: 'https://tass.example/1', title: 'Tass', stance: 'refutes' }],
  articleUrl: 'https://news.example/russie',
  articleTitle: 'La Russie et les talibans',
  site: 'news.example',
  checkedAt: '2026-11-01T10:00:00.000Z',
};

afterEach(cleanup);

async function settle() {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('FactCheckCard with a claim checked on another page', () => {
  test('shows the earlier verdict, its sources and article, and reuses them in one click', async () => {
    const onSave = vi.fn(async (_fields: FactCheckFields) => ({
      createdAt: '2025-07-04T08:00:00.000Z',
      updatedAt: '2025-07-04T08:00:00.000Z',
    }));
    render(
      <TranslatorContext.Provider value={translator('fr')}>
        <FactCheckCard
          claimText="Les talibans ont été retirés de la liste par la justice russe."
          initial={{ verdict: null, sources: [], note: '', tags: [] }}
          onDelete={async () => {}}
          onOpenReview={async () => {}}
          onSave={onSave}
          onClose={() => {}}
          earlier={earlier}
        />
      </TranslatorContext.Provider>,
    );
    const section = screen.getByRole('region', { name: 'Déjà vérifié' });
    expect(section.textContent).toContain('Faux');
    expect(section.textContent).toContain('Vérifié sur news.example');
    expect(screen.getByRole('link', { name: 'Tass' }).getAttribute('href')).toBe('https://tass.example/1');
    expect(screen.getByRole('link', { name: 'Ouvrir la vérification' }).getAttribute('href')).toBe(
      'https://news.example/russie',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Reprendre ce verdict et ses sources' }));
    await settle();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenLastCalledWith({
      verdict: 'false',
      note: '',
      tags: [],
      sources: [
        { url: 'https://tass.example/1', title: 'Tass', stance: 'refutes' },
        { url: 'https://news.example/russie', title: 'La Russie et les talibans', stance: 'context' },
      ],
    });
    expect(screen.queryByRole('region', { name: 'Déjà vérifié' })).toBeNull();
    const chosen = screen.getByRole('radio', { name: 'Faux' }) as HTMLInputElement;
    expect(chosen.checked).toBe(true);
    // The reuse button is gone: focus is on the verdict it set, still in the card.
    expect(document.activeElement).toBe(chosen);
  });
});
