import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { ArticleHistory } from '../../../../components/review/ArticleHistory';
import type { HistoryEntry } from '../../../../storage/article-history';

const version = (id: string, checkedAt: string) => ({
  id,
  articleId: 'a1',
  fingerprint: `${id}0123456789`,
  checkedAt,
  textLength: 100,
  storedBytes: 60,
});

test('lists the versions with what changed, read only when opened', async () => {
  let reads = 0;
  const entries: HistoryEntry[] = [
    { version: version('v1', '2025-07-03T10:12:00.000Z'), changes: [] },
    {
      version: version('v2', '2025-07-05T10:12:00.000Z'),
      changes: [{ op: 'replace', was: 'avril', now: 'mai', oldStart: 3, oldEnd: 8, newStart: 3, newEnd: 6 }],
    },
  ];
  const { container } = render(
    <ArticleHistory
      load={async () => {
        reads++;
        return entries;
      }}
    />,
  );
  expect(reads).toBe(0);
  const details = container.querySelector('details') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  await waitFor(() => expect(screen.getAllByTestId('article-version')).toHaveLength(2));
  expect(reads).toBe(1);
  expect(container.querySelector('del')?.textContent).toBe('avril');
  expect(container.querySelector('ins')?.textContent).toBe('mai');
  expect(screen.getByText('Versions of this article')).toBeTruthy();
});
