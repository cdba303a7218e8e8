import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { useLazyModule } from '../../../../components/hooks/use-lazy-module';

afterEach(cleanup);

function Probe({ load, ready }: { load: () => Promise<{ name: string }>; ready: boolean }) {
  const { module, error } = useLazyModule(load, ready);
  return <p data-testid="probe">{error ? `error: ${error}` : (module?.name ?? 'waiting')}</p>;
}

test('loads nothing until ready, then once, however often the view renders', async () => {
  const load = vi.fn(async () => ({ name: 'tools' }));
  const { rerender } = render(<Probe load={load} ready={false} />);
  expect(screen.getByTestId('probe').textContent).toBe('waiting');
  expect(load).not.toHaveBeenCalled();
  rerender(<Probe load={load} ready />);
  await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('tools'));
  rerender(<Probe load={load} ready={false} />);
  rerender(<Probe load={load} ready />);
  expect(load).toHaveBeenCalledTimes(1);
});

test('a module that fails to load gives its reason', async () => {
  render(<Probe load={() => Promise.reject(new Error('chunk missing'))} ready />);
  await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('error: Error: chunk missing'));
});
