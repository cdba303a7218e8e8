/**
 * The summary above the list: fact-checks by verdict, by site and by month for the current
 * filter. Each bar applies its own filter (or clears it when it is the active one).
 */
import type { ReviewView } from '../../core/review/filter';
import { VERDICT_COLOURS } from '../../core/model/verdict';
import type { ReviewSummary } from '../../storage/review-summary';
import { useTranslator } from '../i18n/TranslatorContext';
import { BarList } from './BarList';
import { TimelineChart } from './TimelineChart';
import { hrefFor, type Navigate } from './use-review-view';

const NO_VERDICT_COLOUR = '#9aa4af';

export function SummaryCharts({
  summary,
  view,
  navigate,
  current,
}: {
  summary: ReviewSummary;
  view: ReviewView;
  navigate: Navigate;
  /** False while the summary of a previous filter is shown, until the new one arrives. */
  current: boolean;
}) {
  const { t, verdict } = useTranslator();
  const { filter } = view;
  const target = (patch: Partial<ReviewView['filter']>): ReviewView => ({
    ...view,
    filter: { ...filter, ...patch },
    page: 1,
  });
  const link = (next: ReviewView) => ({ href: hrefFor(next), onPick: () => navigate(next) });

  const verdictBars = summary.verdicts.map(({ key, count }) => {
    const active = filter.verdicts.length === 1 && filter.verdicts[0] === key;
    return {
      key,
      label: key === 'none' ? t('reviewNoVerdict') : verdict(key),
      count,
      colour: key === 'none' ? NO_VERDICT_COLOUR : VERDICT_COLOURS[key],
      active,
      ...link(target({ verdicts: active ? [] : [key] })),
    };
  });
  const siteBars = summary.sites.map(({ site, count }) => {
    const active = filter.site === site;
    return {
      key: site,
      label: site,
      count,
      colour: 'var(--fm-accent)',
      active,
      ...link(target({ site: active ? null : site })),
    };
  });
  const months = summary.months.map(({ bucket, count }) => {
    const active = filter.from === bucket.from && filter.to === bucket.to;
    return {
      bucket,
      count,
      active,
      ...link(target(active ? { from: null, to: null } : { from: bucket.from, to: bucket.to })),
    };
  });

  return (
    <section
      class="fm-review-summary"
      aria-label={t('reviewSummary')}
      aria-busy={!current}
      data-testid="review-summary"
      data-current={current}
    >
      <BarList
        title={t('reviewByVerdict')}
        testId="chart-verdicts"
        bars={verdictBars.filter((bar) => bar.count > 0 || bar.active)}
      />
      <BarList title={t('reviewBySite')} testId="chart-sites" bars={siteBars} />
      <TimelineChart months={months} />
    </section>
  );
}
