import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test } from 'vitest';
import { ClaimList } from '../../../components/ClaimList';
import { TranslatorContext } from '../../../components/i18n/TranslatorContext';
import { translator } from '../../../components/i18n/translate';
import type { RankedClaim } from '../../../core/claims/types';
import type { Passage } from '../../../core/messaging/page-state';

const claim = (text: string, start: number): RankedClaim => ({
  text,
  start,
  end: start + text.length,
  score: 0.8,
  reasons: ['figure'],
  tier: 'claim',
  rank: 1,
});
const CLAIMS = [claim('Le chômage a baissé de 2 %.', 0), claim('Les prix ont doublé en 2024.', 40)];

/** The list as the side panel holds it: a dismissal comes back as the page's next state. */
function Panel() {
  const [dismissed, setDismissed] = useState<{ id: string; text: string }[]>([]);
  const shown = CLAIMS.filter((c) => !dismissed.some((mark) => mark.text === c.text));
  return (
    <TranslatorContext.Provider value={translator('fr')}>
      <ClaimList
        claims={shown}
        headline={[]}
        lang="fr"
        selected={null}
        dismissed={dismissed}
        onShow={() => {}}
        onDismiss={(c) =>
          setTimeout(() => setDismissed((was) => [...was, { id: c.start.toString(), text: c.text }]), 10)
        }
        onUndismiss={(id) =>
          setTimeout(() => setDismissed((was) => was.filter((mark) => mark.id !== id)), 10)
        }
      />
    </TranslatorContext.Provider>
  );
}

afterEach(cleanup);

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

test('after "not worth checking", focus goes to the next claim’s button, then to the marks’ heading', async () => {
  render(<Panel />);
  const [first] = screen.getAllByRole('button', { name: /pas à vérifier/ });
  first?.focus();
  fireEvent.click(first as HTMLElement);
  await settle();
  expect(document.activeElement?.getAttribute('aria-label')).toContain('Les prix ont doublé');
  fireEvent.click(document.activeElement as HTMLElement);
  await settle();
  // No claim left to check: the list of marks, where the undo buttons are.
  expect(document.activeElement?.textContent).toBe('Marquées pas à vérifier');
});

test('after an undo, focus goes to the next mark’s undo, never to the body', async () => {
  render(<Panel />);
  for (const button of screen.getAllByRole('button', { name: /pas à vérifier/ })) fireEvent.click(button);
  await settle();
  const [firstUndo] = screen.getAllByTestId('undismiss-claim');
  fireEvent.click(firstUndo as HTMLElement);
  await settle();
  expect(document.activeElement?.getAttribute('data-testid')).toBe('undismiss-claim');
  fireEvent.click(document.activeElement as HTMLElement);
  await settle();
  expect(document.activeElement?.id).toBe('fm-claims-heading');
});

test('the claims are marked in the article’s language, and "Pourquoi :" is spaced the French way', () => {
  render(<Panel />);
  const text = screen.getByText('Le chômage a baissé de 2 %.');
  expect(text.getAttribute('lang')).toBe('fr');
  expect(screen.getAllByText(/Pourquoi : /).length).toBe(2);
});

test("the title's claim is a button too: it asks for its passage in the title, and shows when selected", () => {
  const shown: unknown[] = [];
  const title = claim('La Russie reconnaît le régime des talibans', 0);
  const list = (selected: Passage | null) => (
    <TranslatorContext.Provider value={translator('fr')}>
      <ClaimList
        claims={CLAIMS}
        headline={[title]}
        lang="fr"
        selected={selected}
        dismissed={[]}
        onShow={(passage) => shown.push(passage)}
        onDismiss={() => {}}
        onUndismiss={() => {}}
      />
    </TranslatorContext.Provider>
  );
  const { rerender } = render(list(null));
  const button = screen.getByRole('button', { name: /^La Russie reconnaît/ });
  fireEvent.click(button);
  expect(shown).toEqual([{ start: 0, end: title.end, place: 'title' }]);
  // The text's claim at the same offsets is another passage.
  rerender(list({ start: 0, end: title.end, place: 'title' }));
  expect(button.getAttribute('aria-current')).toBe('true');
  rerender(list({ start: 0, end: CLAIMS[0]?.end ?? 0 }));
  expect(button.getAttribute('aria-current')).toBeNull();
  expect(screen.getByRole('button', { name: /^Le chômage/ }).getAttribute('aria-current')).toBe('true');
});
