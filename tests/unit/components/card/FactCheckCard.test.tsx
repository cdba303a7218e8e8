import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type FactCheckDates, FactCheckCard } from '../../../../components/card/FactCheckCard';
import { TranslatorContext } from '../../../../components/i18n/TranslatorContext';
import { translator } from '../../../../components/i18n/translate';
import type { FactCheckFields } from '../../../../core/model/fact-check-draft';

const empty: FactCheckFields = { verdict: null, sources: [], note: '', tags: [] };
const DATES: FactCheckDates = {
  createdAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};

function renderCard(
  locale: 'en' | 'fr' = 'en',
  onSave = vi.fn(async (_fields: FactCheckFields) => DATES),
  stored: { dates?: FactCheckDates; onDelete?: () => Promise<void>; onOpenReview?: () => Promise<void> } = {},
) {
  const onClose = vi.fn();
  const onDelete = vi.fn(stored.onDelete ?? (async () => {}));
  const onOpenReview = vi.fn(stored.onOpenReview ?? (async () => {}));
  render(
    <TranslatorContext.Provider value={translator(locale)}>
      <FactCheckCard
        claimText="La Russie a reconnu le régime."
        initial={empty}
        {...(stored.dates ? { dates: stored.dates } : {})}
        onSave={onSave}
        onClose={onClose}
        onDelete={onDelete}
        onOpenReview={onOpenReview}
      />
    </TranslatorContext.Provider>,
  );
  return { onSave, onClose, onDelete, onOpenReview };
}

afterEach(cleanup);

/** Lets pending saves run and their answers arrive. */
async function settle() {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('FactCheckCard', () => {
  test('is a labelled dialog that focuses its first control', () => {
    renderCard();
    expect(screen.getByRole('dialog', { name: 'Fact-check' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  test('saves verdict, note, tags and a source as they change, and says so', async () => {
    const { onSave } = renderCard();
    fireEvent.click(screen.getByRole('radio', { name: 'Mostly false' }));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Voir la dépêche' } });
    fireEvent.input(screen.getByLabelText('Tags (comma separated)'), {
      target: { value: 'russie, afghanistan, russie' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add a source' }));
    fireEvent.input(screen.getByLabelText('Link (http or https)'), {
      target: { value: 'https://tass.example/1' },
    });
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Tass' } });
    await settle();
    expect(onSave).toHaveBeenLastCalledWith({
      verdict: 'mostly-false',
      note: 'Voir la dépêche',
      tags: ['russie', 'afghanistan'],
      sources: [{ url: 'https://tass.example/1', title: 'Tass', stance: 'supports' }],
    });
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  test.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd'])(
    'holds back the link %s with a clear message, shown once the reader leaves the source',
    async (url) => {
      const { onSave } = renderCard();
      fireEvent.click(screen.getByRole('button', { name: 'Add a source' }));
      const link = screen.getByLabelText('Link (http or https)');
      fireEvent.input(link, { target: { value: url } });
      await settle();
      expect(onSave).not.toHaveBeenCalled();
      expect(screen.getByRole('status').textContent).toBe(
        'Not saved yet: Only http and https links can be saved.',
      );
      expect(screen.queryByRole('alert')).toBeNull();
      fireEvent.focusOut(link, { relatedTarget: screen.getByLabelText('Note') });
      expect(screen.getByRole('alert').textContent).toBe('Only http and https links can be saved.');
      expect(link.getAttribute('aria-invalid')).toBe('true');
    },
  );

  test('a link being typed raises no alert and offers no retry at each keystroke', async () => {
    const { onSave } = renderCard();
    fireEvent.click(screen.getByRole('radio', { name: 'False' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Add a source' }));
    for (const typed of ['h', 'ht', 'https:/', 'https://x.example/r'])
      fireEvent.input(screen.getByLabelText('Link (http or https)'), { target: { value: typed } });
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ sources: [{ url: 'https://x.example/r', title: '', stance: 'supports' }] }),
    );
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  test('a source with a title but no link is not dropped while the card says "Saved"', async () => {
    const { onSave, onClose } = renderCard('fr');
    fireEvent.click(screen.getByRole('radio', { name: 'Faux' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une source' }));
    await settle();
    const saves = onSave.mock.calls.length;
    fireEvent.input(screen.getByLabelText('Titre'), { target: { value: 'Rapport de l’ONU, p. 12' } });
    await settle();
    expect(onSave).toHaveBeenCalledTimes(saves);
    expect(screen.getByRole('status').textContent).toBe(
      'Pas encore enregistré : Une source s’enregistre avec son lien (http ou https) : ajoutez-le, ou retirez la source.',
    );
    // Closing is refused: the reader is taken to the link to add, and may close without saving.
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await settle();
    expect(onClose).not.toHaveBeenCalled();
    const link = screen.getByLabelText('Lien (http ou https)');
    expect(document.activeElement).toBe(link);
    expect(link.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Fermer sans enregistrer' })).toBeTruthy();
    fireEvent.input(link, { target: { value: 'https://news.un.example/rapport' } });
    await settle();
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({
        sources: [
          { url: 'https://news.un.example/rapport', title: 'Rapport de l’ONU, p. 12', stance: 'supports' },
        ],
      }),
    );
    expect(screen.getByRole('status').textContent).toBe('Enregistré');
  });

  test('each source is named in the singular: "Source 2"', () => {
    renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Add a source' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a source' }));
    expect(screen.getByRole('group', { name: 'Source 2' })).toBeTruthy();
  });

  test('says in words when saving failed', async () => {
    renderCard(
      'en',
      vi.fn(async () => Promise.reject(new Error('the database is full'))),
    );
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'x' } });
    await settle();
    expect(screen.getByRole('status').textContent).toBe('Not saved: the database is full');
  });

  test('a failed save keeps the card open with the reason; retry sends it again, then it closes', async () => {
    let failures = 1;
    const onSave = vi.fn(async (_fields: FactCheckFields) => {
      if (failures-- > 0) throw new Error('Storage is full');
      return DATES;
    });
    const { onClose } = renderCard('en', onSave);
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'not to lose' } });
    await settle();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await settle();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Not saved: Storage is full');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ note: 'not to lose' }));
    expect(screen.getByRole('status').textContent).toBe('Saved');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await settle();
    expect(onClose).toHaveBeenCalled();
  });

  test('the reader may still close a card whose save failed, on purpose', async () => {
    const { onClose } = renderCard(
      'en',
      vi.fn(async () => Promise.reject(new Error('no'))),
    );
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'x' } });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Close without saving' }));
    expect(onClose).toHaveBeenCalled();
  });

  test('Escape saves what is pending and closes', async () => {
    const { onSave, onClose } = renderCard();
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'pending' } });
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await settle();
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ note: 'pending' }));
    expect(onClose).toHaveBeenCalled();
  });

  test('speaks French on a French page, text stays inert', () => {
    render(
      <TranslatorContext.Provider value={translator('fr')}>
        <FactCheckCard
          claimText="<img src=x onerror=alert(1)>"
          initial={empty}
          onSave={async () => DATES}
          onClose={() => {}}
          onDelete={async () => {}}
          onOpenReview={async () => {}}
        />
      </TranslatorContext.Provider>,
    );
    expect(screen.getByRole('dialog', { name: 'Vérification' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Plutôt faux' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});

test('saves never overlap: changes made during a save are sent after it, latest only', async () => {
  const calls: string[] = [];
  let release: () => void = () => {};
  const onSave = vi.fn(async (fields: FactCheckFields) => {
    calls.push(fields.note);
    if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
    return DATES;
  });
  renderCard('en', onSave);
  const note = screen.getByLabelText('Note');
  fireEvent.input(note, { target: { value: 'a' } });
  fireEvent.input(note, { target: { value: 'ab' } });
  fireEvent.input(note, { target: { value: 'abc' } });
  await settle();
  expect(calls).toEqual(['a']);
  expect(screen.getByRole('status').textContent).toBe('Saving…');
  release();
  await settle();
  expect(calls).toEqual(['a', 'abc']);
  expect(screen.getByRole('status').textContent).toBe('Saved');
});

test('a new fact-check is not created while the card is empty', async () => {
  const { onSave } = renderCard();
  fireEvent.click(screen.getByRole('button', { name: 'Add a source' }));
  await settle();
  expect(onSave).not.toHaveBeenCalled();
  expect(screen.getByRole('status').textContent).toBe('Not saved yet: choose a verdict or write something.');
});

describe('clearing a verdict', () => {
  test('a set verdict can be cleared, and the cleared card saves with no verdict', async () => {
    const { onSave } = renderCard();
    fireEvent.click(screen.getByRole('radio', { name: 'False' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the verdict' }));
    await settle();
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ verdict: null }));
    expect(screen.queryByRole('button', { name: 'Clear the verdict' })).toBeNull();
  });
});

describe('a stored fact-check in the card', () => {
  const stored = { createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z' };

  test('shows when it was checked and updated, in the card’s language', () => {
    renderCard('fr', undefined, { dates: stored });
    expect(screen.getByTestId('card-dates').textContent).toBe(
      'Vérifié le 2 nov. 2026, mis à jour le 20 nov. 2026',
    );
  });

  test('a new one shows its date once first saved, with its actions', async () => {
    renderCard();
    expect(screen.queryByTestId('card-dates')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete this fact-check' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'False' }));
    await settle();
    expect(screen.getByTestId('card-dates').textContent).toBe('Checked on Nov 2, 2026');
    expect(screen.getByRole('button', { name: 'Delete this fact-check' })).toBeTruthy();
  });

  test('delete asks first, with focus on keeping it; "Keep it" changes nothing', async () => {
    const { onDelete, onClose } = renderCard('en', undefined, { dates: stored });
    fireEvent.click(screen.getByRole('button', { name: 'Delete this fact-check' }));
    expect(
      screen.getByRole('group', { name: 'Delete the verdict, sources, note and tags of this claim?' }),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    await settle();
    expect(onDelete).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete this fact-check' }));
  });

  test('confirmed, it saves what is pending, deletes, then closes', async () => {
    const order: string[] = [];
    const onSave = vi.fn(async () => {
      order.push('save');
      return stored;
    });
    const { onClose } = renderCard('en', onSave, {
      dates: stored,
      onDelete: async () => void order.push('delete'),
    });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'last words' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete this fact-check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await settle();
    expect(order).toEqual(['save', 'delete']);
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('a failed delete keeps the card open and says why', async () => {
    const { onClose } = renderCard('en', undefined, {
      dates: stored,
      onDelete: async () => Promise.reject(new Error('Storage is full')),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete this fact-check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await settle();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByTestId('card-action-error').textContent).toBe(
      'The fact-check could not be deleted: Storage is full',
    );
  });

  test('opens the review page on it', async () => {
    const { onOpenReview } = renderCard('en', undefined, { dates: stored });
    fireEvent.click(screen.getByRole('button', { name: 'Open in the review page' }));
    await settle();
    expect(onOpenReview).toHaveBeenCalledOnce();
  });
});

describe('FactCheckCard on a desk', () => {
  const mine: FactCheckFields = { verdict: 'false', sources: [], note: 'Démenti officiel', tags: [] };
  const theirs = {
    rev: '2-b',
    author: 'bob',
    verdict: 'true' as const,
    sources: [],
    note: 'Confirmé par la dépêche',
    tags: ['russie'],
    updatedAt: '2025-07-05T10:00:00.000Z',
  };

  function renderDeskCard(onResolve = vi.fn(async (_chosen: FactCheckFields) => {})) {
    render(
      <TranslatorContext.Provider value={translator('en')}>
        <FactCheckCard
          claimText="La Russie a reconnu le régime."
          initial={mine}
          dates={{ createdAt: '2025-07-04T08:00:00.000Z', updatedAt: '2025-07-05T08:00:00.000Z' }}
          onSave={async () => ({
            createdAt: '2025-07-04T08:00:00.000Z',
            updatedAt: '2025-07-05T08:00:00.000Z',
          })}
          onDelete={async () => {}}
          onOpenReview={async () => {}}
          onClose={() => {}}
          author="alice"
          conflict={{ versions: [theirs], onResolve }}
        />
      </TranslatorContext.Provider>,
    );
    return onResolve;
  }

  test("names the verdict's author and shows both versions when two verdicts disagree", () => {
    renderDeskCard();
    expect(screen.getByText('Verdict by alice')).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Two verdicts disagree' });
    expect(group.textContent).toContain('False (by alice) — Démenti officiel');
    expect(group.textContent).toContain('True (by bob) — Confirmé par la dépêche');
    expect(screen.getAllByRole('button', { name: 'Keep this version' })).toHaveLength(2);
  });

  test("keeping a teammate's version resolves in one action and the card shows it", async () => {
    const onResolve = renderDeskCard();
    const keep = screen.getAllByRole('button', { name: 'Keep this version' })[1];
    if (!keep) throw new Error('no second version');
    fireEvent.click(keep);
    await settle();
    expect(onResolve).toHaveBeenCalledWith({
      verdict: 'true',
      sources: [],
      note: 'Confirmé par la dépêche',
      tags: ['russie'],
    });
    expect(screen.queryByRole('group', { name: 'Two verdicts disagree' })).toBeNull();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Confirmé par la dépêche');
    expect((screen.getByRole('radio', { name: 'True' }) as HTMLInputElement).checked).toBe(true);
  });

  test('a version that could not be kept is said in the card, the versions still shown to try again', async () => {
    const onResolve = renderDeskCard(
      vi.fn(async () => {
        throw new Error('this fact-check changed since its versions were shown');
      }),
    );
    const keep = screen.getAllByRole('button', { name: 'Keep this version' })[1];
    if (!keep) throw new Error('no second version');
    fireEvent.click(keep);
    await settle();
    expect(onResolve).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toBe(
      'The version could not be kept: this fact-check changed since its versions were shown',
    );
    expect(screen.getByRole('group', { name: 'Two verdicts disagree' })).toBeTruthy();
  });
});
