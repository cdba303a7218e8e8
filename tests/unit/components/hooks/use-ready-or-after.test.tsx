import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useReadyOrAfter } from '../../../../components/hooks/use-ready-or-after';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

let renders = 0;

function Probe({ ready }: { ready: boolean }) {
  renders++;
  return <p data-testid="probe">{useReadyOrAfter(ready, 100) ? 'shown' : 'held'}</p>;
}

const state = () => screen.getByTestId('probe').textContent;

test('held until ready, then shown for good', () => {
  const { rerender } = render(<Probe ready={false} />);
  expect(state()).toBe('held');
  rerender(<Probe ready />);
  expect(state()).toBe('shown');
  rerender(<Probe ready={false} />);
  expect(state()).toBe('shown');
});

test('shown after the wait when the data is slow', () => {
  render(<Probe ready={false} />);
  act(() => {
    vi.advanceTimersByTime(99);
  });
  expect(state()).toBe('held');
  act(() => {
    vi.advanceTimersByTime(1);
  });
  expect(state()).toBe('shown');
});

test('once shown because ready, the wait running out renders nothing more', () => {
  const { rerender } = render(<Probe ready={false} />);
  rerender(<Probe ready />);
  const before = renders;
  act(() => {
    vi.advanceTimersByTime(500);
  });
  expect(renders).toBe(before);
  expect(state()).toBe('shown');
});
