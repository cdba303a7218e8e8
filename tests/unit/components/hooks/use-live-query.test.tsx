import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { Dexie, type EntityTable } from 'dexie';
import { afterEach, expect, test, vi } from 'vitest';
import { type LiveQueryOptions, useLiveQuery } from '../../../../components/hooks/use-live-query';

afterEach(cleanup);

class NotesDb extends Dexie {
  notes!: EntityTable<{ id: number; text: string }, 'id'>;
  constructor() {
    super(`live-query-${crypto.randomUUID()}`);
    this.version(1).stores({ notes: '++id' });
  }
}

let renders = 0;

function Probe({ query, options }: { query: () => Promise<string>; options?: LiveQueryOptions }) {
  const { value, error } = useLiveQuery(query, [], options);
  renders++;
  return <p data-testid="probe">{error ? `error: ${error}` : (value ?? 'waiting')}</p>;
}

const shown = () => screen.getByTestId('probe').textContent;

test('the first run waits for Dexie unless asked to run at once; then starts as the view mounts', () => {
  const later = vi.fn(async () => 'value');
  render(<Probe query={later} />);
  expect(later).not.toHaveBeenCalled();
  cleanup();
  const atOnce = vi.fn(async () => 'value');
  render(<Probe query={atOnce} options={{ firstRunAtOnce: true }} />);
  expect(atOnce).toHaveBeenCalledTimes(1);
});

test('the live run repeating the first read renders nothing new; a write shows', async () => {
  const db = new NotesDb();
  try {
    await db.notes.add({ text: 'first' });
    const query = vi.fn(async () => (await db.notes.toArray()).map((note) => note.text).join(', '));
    renders = 0;
    render(<Probe query={query} options={{ firstRunAtOnce: true }} />);
    await waitFor(() => expect(shown()).toBe('first'));
    // The live subscription's own first run: same value, so no render.
    await waitFor(() => expect(query).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(renders).toBe(2);
    await db.notes.add({ text: 'second' });
    await waitFor(() => expect(shown()).toBe('first, second'));
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
});

test('a value that changed between the first read and the live run is shown', async () => {
  let calls = 0;
  render(<Probe query={async () => `run ${++calls}`} options={{ firstRunAtOnce: true }} />);
  await waitFor(() => expect(shown()).toBe('run 2'));
});

test('a failing read shows its reason, and the live run still follows', async () => {
  const query = vi.fn(async (): Promise<string> => {
    throw new Error('database closed');
  });
  render(<Probe query={query} options={{ firstRunAtOnce: true }} />);
  await waitFor(() => expect(shown()).toBe('error: Error: database closed'));
  await waitFor(() => expect(query).toHaveBeenCalledTimes(2));
});
