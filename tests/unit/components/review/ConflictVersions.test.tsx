import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { TranslatorContext } from '../../../../components/i18n/TranslatorContext';
import { translator } from '../../../../components/i18n/translate';
import { ConflictVersions } from '../../../../components/review/ConflictVersions';
import type { StoredFactCheck } from '../../../../core/model/stored-records';
import { fakeStoredFactCheck } from '../../factories';

afterEach(cleanup);

const factCheck: StoredFactCheck = fakeStoredFactCheck({
  id: 'fc',
  verdict: 'false',
  note: 'Démenti officiel.',
  author: 'alice',
  createdAt: '2025-07-04T08:00:00.000Z',
  updatedAt: '2025-07-05T08:00:00.000Z',
  conflicts: [
    {
      rev: '2-b',
      author: 'erin',
      verdict: 'true',
      sources: [],
      note: '<img src=x onerror=alert(1)>',
      tags: ['x'],
      updatedAt: '2025-07-05T09:00:00.000Z',
    },
  ],
});

function show(locale: 'en' | 'fr', row: StoredFactCheck, onResolve = vi.fn()) {
  render(
    <TranslatorContext.Provider value={translator(locale)}>
      <ConflictVersions factCheck={row} onResolve={onResolve} />
    </TranslatorContext.Provider>,
  );
  return onResolve;
}

test('"two verdicts disagree" lists both versions with their authors; the reader keeps one', () => {
  const onResolve = show('en', factCheck);
  const group = screen.getByRole('group', { name: 'Two verdicts disagree' });
  const items = within(group).getAllByRole('listitem');
  expect(items.map((item) => item.textContent)).toEqual([
    expect.stringContaining('(by alice) — Démenti officiel.'),
    expect.stringContaining('(by erin) — <img src=x onerror=alert(1)>'),
  ]);
  expect(group.querySelector('img')).toBeNull();
  fireEvent.click(within(items[1] as HTMLElement).getByRole('button', { name: 'Keep this version' }));
  expect(onResolve).toHaveBeenCalledWith(expect.objectContaining({ verdict: 'true', tags: ['x'] }));
});

test('in French, and nothing at all without a disagreement', () => {
  show('fr', factCheck);
  expect(screen.getByRole('group', { name: 'Deux verdicts divergent' })).toBeTruthy();
  cleanup();
  const { conflicts: _, ...agreed } = factCheck;
  show('en', agreed);
  expect(screen.queryByRole('group')).toBeNull();
});
