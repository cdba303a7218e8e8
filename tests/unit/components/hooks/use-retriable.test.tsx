import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { useRetriable } from '../../../../components/hooks/use-retriable';

afterEach(cleanup);

function Probe({ work }: { work: () => Promise<unknown> }) {
  const { failure, run } = useRetriable((error) => `said: ${String((error as Error).message)}`);
  return (
    <>
      <button type="button" onClick={() => run(work)}>
        act
      </button>
      {failure && (
        <p role="alert">
          {failure.reason}
          <button type="button" onClick={failure.retry}>
            retry
          </button>
        </p>
      )}
    </>
  );
}

/** Lets the action's promise settle and the hook re-render. */
const settle = () => act(async () => {});

test('a failed action is told in the words `describe` gives, and retried as it was', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const work = vi
    .fn<() => Promise<unknown>>()
    .mockRejectedValueOnce(new Error('no tab'))
    .mockResolvedValueOnce(true);
  render(<Probe work={work} />);
  fireEvent.click(screen.getByText('act'));
  await settle();
  expect(screen.getByRole('alert').textContent).toContain('said: no tab');

  fireEvent.click(screen.getByText('retry'));
  await settle();
  expect(work).toHaveBeenCalledTimes(2);
  expect(screen.queryByRole('alert')).toBeNull();
});

test('an action that succeeds shows nothing', async () => {
  render(<Probe work={async () => true} />);
  fireEvent.click(screen.getByText('act'));
  await settle();
  expect(screen.queryByRole('alert')).toBeNull();
});
