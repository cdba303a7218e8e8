/** The reader's highlight amount, kept in step with every other view, and its setter. */
import { useEffect, useState } from 'preact/hooks';
import type { HighlightAmount } from '../../core/claims/rank-claims';
import { highlightAmount } from '../settings/highlight-amount';

export function useHighlightAmount(): [HighlightAmount, (amount: HighlightAmount) => void] {
  const [amount, setAmount] = useState<HighlightAmount>('normal');
  useEffect(() => {
    void highlightAmount.getValue().then(setAmount);
    return highlightAmount.watch(setAmount);
  }, []);
  return [amount, (next) => void highlightAmount.setValue(next)];
}
