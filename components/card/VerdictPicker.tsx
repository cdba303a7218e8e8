/**
 * The fixed verdict scale as a radio group: arrow keys move between verdicts, each verdict shows
 * its colour, its symbol (the same as the tooltip's) and its name in the card's language. A set
 * verdict can be cleared.
 */
import { useRef } from 'preact/hooks';
import { VERDICT_COLOURS, VERDICTS, type Verdict } from '../../core/model/verdict';
import { VERDICT_MARKS } from '../../core/model/verdict-marks';
import { useTranslator } from '../i18n/TranslatorContext';

interface Props {
  value: Verdict | null;
  /** A verdict, or null when the reader clears it. */
  onChange(verdict: Verdict | null): void;
}

export function VerdictPicker({ value, onChange }: Props) {
  const { t, verdict: name } = useTranslator();
  const group = useRef<HTMLFieldSetElement>(null);
  return (
    <fieldset class="fm-verdicts" ref={group}>
      <legend>{t('verdictLegend')}</legend>
      {/* Before the radios: Tab from a chosen verdict still goes on to the sources. */}
      {value !== null && (
        <button
          type="button"
          class="fm-clear-verdict"
          data-testid="clear-verdict"
          onClick={() => {
            onChange(null);
            // The button goes away with the verdict: focus stays in the group.
            group.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
          }}
        >
          {t('clearVerdict')}
        </button>
      )}
      {VERDICTS.map((verdict) => (
        <label key={verdict} class="fm-verdict-option" style={{ borderColor: VERDICT_COLOURS[verdict] }}>
          <input
            type="radio"
            name="factmark-verdict"
            value={verdict}
            checked={value === verdict}
            onChange={() => onChange(verdict)}
          />
          <span class="fm-swatch" style={{ background: VERDICT_COLOURS[verdict] }} aria-hidden="true">
            {VERDICT_MARKS[verdict].symbol}
          </span>
          {name(verdict)}
        </label>
      ))}
    </fieldset>
  );
}
