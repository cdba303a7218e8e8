/**
 * How much each page highlights: fewer, normal or more (core/claims/rank-claims.ts). A radio
 * group, so the choice is read out with its label and changed from the keyboard.
 */
import type { HighlightAmount } from '../core/claims/rank-claims';
import { useTranslator } from './i18n/TranslatorContext';

const CHOICES = [
  ['fewer', 'amountFewer'],
  ['normal', 'amountNormal'],
  ['more', 'amountMore'],
] as const satisfies ReadonlyArray<readonly [HighlightAmount, string]>;

interface Props {
  value: HighlightAmount;
  onChange(amount: HighlightAmount): void;
}

export function HighlightAmountPicker({ value, onChange }: Props) {
  const { t } = useTranslator();
  return (
    <fieldset class="fm-amount" data-testid="highlight-amount">
      <legend>{t('highlightAmount')}</legend>
      {CHOICES.map(([amount, label]) => (
        <label key={amount}>
          <input
            type="radio"
            name="fm-highlight-amount"
            value={amount}
            checked={value === amount}
            onChange={() => onChange(amount)}
          />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
