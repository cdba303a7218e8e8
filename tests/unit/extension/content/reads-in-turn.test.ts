import { describe, expect, test } from 'vitest';
import { readsInTurn } from '../../../../extension/content/reads-in-turn';

/** A read whose answers the test releases by hand, in any order. */
function manualReads() {
  const started: { answer: (value: number) => void; fail: (error: Error) => void }[] = [];
  let version = 0;
  const read = () =>
    new Promise<number>((answer, fail) => {
      const seen = version;
      started.push({ answer: () => answer(seen), fail });
    });
  return { read, started, bump: () => version++ };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('readsInTurn', () => {
  test('a read starts only after the previous one ended, so answers come in call order', async () => {
    const { read, started, bump } = manualReads();
    const inTurn = readsInTurn(read);
    const order: number[] = [];
    const first = inTurn().then((value) => order.push(value));
    await settle();
    bump();
    const second = inTurn().then((value) => order.push(value));
    await settle();
    expect(started).toHaveLength(1);
    started[0]?.answer(0);
    await settle();
    expect(started).toHaveLength(2);
    started[1]?.answer(0);
    await Promise.all([first, second]);
    expect(order).toEqual([0, 1]);
  });

  test('calls made before a read has started share it; a burst costs two reads', async () => {
    const { read, started } = manualReads();
    const inTurn = readsInTurn(read);
    const running = inTurn();
    await settle();
    const burst = [inTurn(), inTurn(), inTurn()];
    expect(burst[1]).toBe(burst[0]);
    expect(burst[2]).toBe(burst[0]);
    started[0]?.answer(0);
    await running;
    await settle();
    started[1]?.answer(0);
    await Promise.all(burst);
    expect(started).toHaveLength(2);
  });

  test('a failed read rejects its callers only; the next read still runs', async () => {
    const { read, started } = manualReads();
    const inTurn = readsInTurn(read);
    const failing = inTurn();
    await settle();
    const after = inTurn();
    started[0]?.fail(new Error('gone'));
    await expect(failing).rejects.toThrow('gone');
    await settle();
    started[1]?.answer(0);
    await expect(after).resolves.toBe(0);
  });
});
