/**
 * Fact-checks per month as SVG columns; each column is a link to that month's days, so it
 * filters like the other bars. The axis names the month and year at both ends and the year at
 * each January, in words ("nov. 2026"), never as digits that read as a day ("26/11").
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

export function TimelineChart({ months }: Props) {
  const { t, locale } = useTranslator();
  const most = Math.max(1, ...months.map((month) => month.count));
  const monthName = dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const yearName = dateFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const width = Math.max(1, months.length * (COLUMN + GAP));
  return (
    <figure class="fm-chart" data-testid="chart-months">
      <figcaption>{t('reviewByMonth')}</figcaption>
      <svg class="fm-timeline" viewBox={`0 0 ${width} ${HEIGHT + LABEL}`} aria-label={t('reviewByMonth')}>
        {months.map(({ bucket, count, href, active, onPick }, i) => {
          const name = monthName.format(new Date(bucket.lower));
          const height = (count / most) * HEIGHT;
          const end = i === 0 || i === months.length - 1;
          const label = end
            ? name
            : bucket.month.endsWith('-01')
              ? yearName.format(new Date(bucket.lower))
              : null;
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
                <rect x={i * (COLUMN + GAP)} y={0} width={COLUMN} height={HEIGHT} class="fm-bar-track" />
                <rect
                  x={i * (COLUMN + GAP)}
                  y={HEIGHT - height}
                  width={COLUMN}
                  height={height}
                  class="fm-column-fill"
                />
              </a>
              {label && (
                <text x={i * (COLUMN + GAP)} y={HEIGHT + LABEL - 3} class="fm-axis">
                  {label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
