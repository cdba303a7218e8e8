/**
 * A small horizontal bar chart in SVG where every bar is a link to the filtered view: a mouse
 * click, Enter, or a screen reader's link list all filter by it. The active bar is marked
 * `aria-current` and links back to the unfiltered view.
 */
import { useTranslator } from '../i18n/TranslatorContext';

export interface Bar {
  key: string;
  label: string;
  count: number;
  colour: string;
  /** Link to the view this bar filters to. */
  href: string;
  active: boolean;
  onPick(): void;
}

/** Bar length in the SVG's own units; the SVG scales to its box. */
const WIDTH = 100;

export function BarList({ title, bars, testId }: { title: string; bars: Bar[]; testId: string }) {
  const { t } = useTranslator();
  const most = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <figure class="fm-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <ul>
        {bars.map((bar) => (
          <li key={bar.key}>
            <a
              href={bar.href}
              class="fm-bar"
              aria-current={bar.active ? 'true' : undefined}
              aria-label={t(bar.active ? 'reviewBarActive' : 'reviewBar', {
                name: bar.label,
                count: bar.count,
              })}
              data-key={bar.key}
              onClick={(event) => {
                event.preventDefault();
                bar.onPick();
              }}
            >
              <span class="fm-bar-label">{bar.label}</span>
              <svg viewBox={`0 0 ${WIDTH} 10`} preserveAspectRatio="none" aria-hidden="true">
                <rect x="0" y="0" width={WIDTH} height="10" class="fm-bar-track" />
                <rect x="0" y="0" width={(bar.count / most) * WIDTH} height="10" fill={bar.colour} />
              </svg>
              <span class="fm-bar-count">{bar.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </figure>
  );
}
