/**
 * Fact-checks per month as SVG columns; each column is a link to that month's days, so it
 * filters like the other bars. The axis names the month and year at both ends and the year at
 * each January, in words ("nov. 2026"), never as digits that read as a day ("26/11"). Labels
 * never overlap nor leave the chart: the last ends at its column's right edge, a year that would
 * touch a neighbour is left out, and a short range is drawn wide enough for its two end labels.
 */
import type { MonthBucket } from '../../core/review/months';
import { useTranslator } from '../i18n/TranslatorContext';
import { dateFormat } from '../i18n/date-format';

interface Props {
  months: { bucket: MonthBucket; count: number; href: string; active: boolean; onPick(): void }[];
}

const COLUMN = 12;
const GAP = 3;
const HEIGHT = 60;
const LABEL = 14;
/**
 * A label's width, estimated, in the chart's units: `.fm-axis` is 9 units high, and system-ui's
 * characters average under 0.6 of that. An overestimate only spaces the labels more.
 */
const CHAR_WIDTH = 5.4;
/** The least room between two labels. */
const LABEL_GAP = 6;

const labelWidth = (text: string) => text.length * CHAR_WIDTH;

interface Placed {
  text: string;
  x: number;
  anchor: 'start' | 'end';
}

/**
 * Where each column's label goes (null for none): the first at its column's left edge, the last
 * ending at its column's right edge, each January's year at its column if it touches neither.
 */
function placeLabels(texts: readonly (string | null)[], stride: number): (Placed | null)[] {
  const last = texts.length - 1;
  const endText = texts[last] ?? '';
  const endLeft = last * stride + COLUMN - labelWidth(endText);
  let right = Number.NEGATIVE_INFINITY;
  return texts.map((text, i) => {
    if (text === null) return null;
    if (i === last && i > 0) return { text, x: last * stride + COLUMN, anchor: 'end' };
    const x = i * stride;
    const end = x + labelWidth(text);
    if (x < right + LABEL_GAP || (i > 0 && end + LABEL_GAP > endLeft)) return null;
    right = end;
    return { text, x, anchor: 'start' };
  });
}

export function TimelineChart({ months }: Props) {
  const { t, locale } = useTranslator();
  const most = Math.max(1, ...months.map((month) => month.count));
  const monthName = dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const yearName = dateFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const texts = months.map(({ bucket }, i) => {
    if (i === 0 || i === months.length - 1) return monthName.format(new Date(bucket.lower));
    return bucket.month.endsWith('-01') ? yearName.format(new Date(bucket.lower)) : null;
  });
  // Columns spread out when the two end labels would not fit under them side by side.
  const ends = labelWidth(texts[0] ?? '') + labelWidth(texts.at(-1) ?? '') + LABEL_GAP;
  const stride =
    months.length > 1 ? Math.max(COLUMN + GAP, (ends - COLUMN) / (months.length - 1)) : COLUMN + GAP;
  const labels = placeLabels(texts, stride);
  const width = Math.max(1, (months.length - 1) * stride + COLUMN, labelWidth(texts[0] ?? ''));
  return (
    <figure class="fm-chart" data-testid="chart-months">
      <figcaption>{t('reviewByMonth')}</figcaption>
      <svg class="fm-timeline" viewBox={`0 0 ${width} ${HEIGHT + LABEL}`} aria-label={t('reviewByMonth')}>
        {months.map(({ bucket, count, href, active, onPick }, i) => {
          const name = monthName.format(new Date(bucket.lower));
          const height = (count / most) * HEIGHT;
          const label = labels[i];
          return (
            <g key={bucket.month}>
              <a
                href={href}
                aria-current={active ? 'true' : undefined}
                aria-label={t(active ? 'reviewBarActive' : 'reviewBar', { name, count })}
                class="fm-column"
                data-key={bucket.month}
                onClick={(event) => {
                  event.preventDefault();
                  onPick();
                }}
              >
                <rect x={i * stride} y={0} width={COLUMN} height={HEIGHT} class="fm-bar-track" />
                <rect
                  x={i * stride}
                  y={HEIGHT - height}
                  width={COLUMN}
                  height={height}
                  class="fm-column-fill"
                />
              </a>
              {label && (
                <text x={label.x} y={HEIGHT + LABEL - 3} text-anchor={label.anchor} class="fm-axis">
                  {label.text}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
