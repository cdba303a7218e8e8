/**
 * What the extension's own pages show, checked on screen rather than in the code's state (a QA
 * pass on 2026-12-01 found each of these broken): the text size Chromium gives extension pages,
 * long URLs that widened the review page, the row keys from a row's checkbox, focus after a
 * delete, a page number past the last page, a desk address without its scheme, and the side
 * panel's width.
 */
import { describe, expect, test } from 'vitest';
import { toFactmarkJson } from '../../core/exchange/factmark-json';
import type { FactmarkBundle } from '../../core/exchange/bundle';
import { BROWSERS } from './harness/browsers';
import { actInCard, openCardOn, waitForCardClosed, waitForSaved } from './harness/card';
import { DEMO_CLAIM, checkDemoClaimFalse } from './harness/demo-claim';
import { openSidePanelFor, waitForClaimHighlights } from './harness/page-helpers';
import { pollFor } from './harness/poll';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';

const LONG_URL = `https://example.org/${'verylongpath'.repeat(30)}`;
const TITLE = 'La Russie reconnaît officiellement le régime des talibans';

/** `count` fact-checks on one article, the first with a long URL in its claim, note and source. */
function bundle(count: number): string {
  const at = (i: number) =>
    `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}T10:00:00.000Z`;
  const records = {
    articles: [
      {
        id: 'a1',
        url: 'https://news.example.org/2024/05/budget',
        site: 'news.example.org',
        title: 'Budget: what the minister said',
        siteName: 'Example News',
        lang: 'en',
        byline: null,
        publishedTime: null,
        fingerprint: 'f1',
        createdAt: '2025-01-02T10:00:00.000Z',
        updatedAt: '2025-01-02T10:00:00.000Z',
      },
    ],
    claims: Array.from({ length: count }, (_, i) => {
      // Two of them, in February and March, say "tariffs": a search that spans two months.
      const topic = i === 1 || i === 2 ? 'tariffs' : 'unemployment';
      const text =
        i === 0 ? `See ${LONG_URL} for the figure.` : `Claim number ${i} says ${topic} fell by ${i}%.`;
      return {
        id: `c${i}`,
        articleId: 'a1',
        text,
        quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: i * 100, end: i * 100 + text.length },
        origin: 'detected',
        score: 0.8,
        createdAt: at(i),
      };
    }),
    factChecks: Array.from({ length: count }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      claimId: `c${i}`,
      articleId: 'a1',
      verdict: 'false',
      sources: [
        {
          url: i === 0 ? LONG_URL : 'https://stats.example.gov/u',
          title: i === 0 ? '' : 'Stats',
          stance: 'refutes',
        },
      ],
      note: i === 0 ? `Note with a link ${LONG_URL}` : `note ${i}`,
      tags: ['economy'],
      createdAt: at(i),
      updatedAt: at(i),
    })),
  } as unknown as FactmarkBundle;
  return toFactmarkJson(records, { exportedAt: '2026-11-30T00:00:00.000Z' });
}

/** Imports a Factmark JSON text through the review page's import panel, as a dropped file. */
async function importText(review: PageHandle, text: string): Promise<void> {
  await review.waitForSelector('[data-testid="import-panel"]');
  await review.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'seed.factmark.json', { type: 'application/json' }));
    document
      .querySelector('[data-testid="import-panel"]')
      ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  await review.waitForSelector('[data-testid="import-preview"]');
  await review.click('[data-testid="import-apply"]');
  await review.waitForSelector('[data-testid="import-done"]');
}

const rowCount = (page: PageHandle) =>
  page.evaluate(() => document.querySelectorAll('[data-testid="review-row"]').length);

/** The focused element's test id, and its row's id when it is in one. */
const focused = (page: PageHandle) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      testid: active?.dataset.testid ?? active?.tagName ?? '',
      row: active?.closest<HTMLElement>('[data-testid="review-row"]')?.dataset.id ?? null,
    };
  });

/** How far the page scrolls sideways (0 when it does not). */
const sideways = (page: PageHandle) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(BROWSERS)('the extension pages on screen in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test.each(['review', 'sidepanel', 'popup', 'options'])(
    '%s.html: the body text is the page’s 14 px',
    async (page) => {
      const handle = await e2e.browser().openExtensionPage(`${page}.html`);
      await handle.waitForSelector('#app *');
      expect(await handle.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
      await handle.close();
    },
  );

  test('the review page: long URLs, row keys from a checkbox, focus after a delete, no page past the last', async () => {
    const review = await e2e.browser().openExtensionPage('review.html');
    await importText(review, bundle(27));
    await pollFor(async () => ((await rowCount(review)) === 25 ? true : undefined), 10_000, 'no rows');
    // A claim, a note and a source with a 360-character URL do not widen the page.
    expect(await sideways(review)).toBe(0);

    // From the first row's checkbox, where Tab lands: ↓ moves to the next row, "/" to the search.
    await review.evaluate(() =>
      document
        .querySelector<HTMLElement>('[data-testid="review-row"] [data-testid="review-select"]')
        ?.focus(),
    );
    const first = (await focused(review)).row;
    await review.press('ArrowDown');
    const second = (await focused(review)).row;
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    await review.press('/');
    expect((await focused(review)).testid).toBe('review-search');

    // Deleting a row gives focus to the next one, not to the page's body.
    await review.evaluate(
      (id) =>
        document
          .querySelector<HTMLElement>(
            `[data-testid="review-row"][data-id="${id}"] [data-testid="review-delete"]`,
          )
          ?.click(),
      second,
    );
    await pollFor(async () => ((await focused(review)).row !== null ? true : undefined), 5_000, 'focus lost');
    expect((await focused(review)).row).not.toBe(second);

    // Page 2 holds the last rows: once they are deleted, the page shows page 1, not "page 2 of 1".
    await review.click('[data-testid="review-next"]');
    await pollFor(async () => ((await rowCount(review)) === 1 ? true : undefined), 10_000, 'no page 2');
    await review.click('[data-testid="review-row"] [data-testid="review-delete"]');
    await pollFor(
      async () => ((await rowCount(review)) === 25 ? true : undefined),
      10_000,
      'page 1 not shown',
    );
    expect(await review.evaluate(() => new URLSearchParams(location.search).get('page'))).toBeNull();
    await review.close();
  });

  test('the review page: each chart bar’s name starts with what it shows (WCAG 2.5.3)', async () => {
    const review = await e2e.browser().openExtensionPage('review.html');
    await importText(review, bundle(3));
    await review.waitForSelector('[data-testid="review-summary"][data-current="true"] .fm-bar');
    const bars = await review.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.fm-bar')].map((bar) => ({
        name: bar.getAttribute('aria-label') ?? '',
        shown: `${bar.querySelector('.fm-bar-label')?.textContent} ${bar.querySelector('.fm-bar-count')?.textContent}`,
      })),
    );
    expect(bars.length).toBeGreaterThan(0);
    for (const { name, shown } of bars) expect(name.startsWith(shown)).toBe(true);
    await review.close();
  });

  test('the review page: the timeline’s labels neither overlap nor leave the chart', async () => {
    const importer = await e2e.browser().openExtensionPage('review.html');
    await importText(importer, bundle(27));
    await importer.close();
    // Twelve months, then the two months of a search.
    for (const query of ['', '?q=tariffs']) {
      const review = await e2e.browser().openExtensionPage(`review.html${query}`);
      await review.waitForSelector('[data-testid="review-summary"][data-current="true"]');
      const { width, boxes } = await review.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('[data-testid="chart-months"] svg');
        const texts = [...(svg?.querySelectorAll<SVGTextElement>('text') ?? [])];
        return {
          width: svg?.viewBox.baseVal.width ?? 0,
          boxes: texts.map((text) => {
            const box = text.getBBox();
            return [box.x, box.x + box.width] as const;
          }),
        };
      });
      expect(boxes.length).toBeGreaterThanOrEqual(2);
      for (const [left, right] of boxes) {
        expect(left).toBeGreaterThanOrEqual(-1);
        expect(right).toBeLessThanOrEqual(width + 1);
      }
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]?.[0] ?? 0).toBeGreaterThan(boxes[i - 1]?.[1] ?? 0);
      }
      await review.close();
    }
  });

  test('the options page: a desk address without http:// says so', async () => {
    const options = await e2e.browser().openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="desk-test"]');
    await options.fill('input[type="url"]', 'localhost:5984');
    await options.click('[data-testid="desk-test"]');
    await options.waitForSelector('[data-testid="desk-message"]');
    expect(
      await options.evaluate(() => document.querySelector('[data-testid="desk-message"]')?.textContent),
    ).toContain('https://');
    expect(await options.consoleErrors()).toEqual([]);
    await options.close();
  });

  test('the side panel: a long note wraps, the count matches the list, the claims are in the article’s language', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(page);
    await openCardOn(page, DEMO_CLAIM);
    await actInCard(page, [
      { kind: 'click', selector: 'input[value="false"]' },
      {
        kind: 'input',
        selector: 'textarea',
        value: `Voir ${LONG_URL} et la suite de la note, assez longue pour être coupée.`,
      },
    ]);
    await waitForSaved(page);
    await page.press('Escape');
    await waitForCardClosed(page);
    const panel = await openSidePanelFor(e2e.browser(), TITLE);
    await panel.waitForSelector('[data-testid="annotation-list"]');
    const seen = await panel.evaluate(() => {
      const entry = document.querySelector<HTMLElement>('[data-testid="annotation-list"] button');
      const claims = document.querySelectorAll('[data-testid="claim-list"] li');
      return {
        overflow: entry ? entry.scrollWidth - entry.clientWidth : -1,
        meta: entry?.querySelector('.fm-claim-meta')?.textContent ?? '',
        counts: document.querySelector('[data-testid="page-counts"]')?.textContent ?? '',
        listed: claims.length,
        langs: [...document.querySelectorAll('.fm-claim-text')].map((text) => text.getAttribute('lang')),
      };
    });
    expect(seen.overflow).toBe(0);
    expect(await sideways(panel)).toBe(0);
    expect(seen.meta).toMatch(/…$/);
    expect(seen.counts).toContain(`${seen.listed} claims to check`);
    expect(new Set(seen.langs)).toEqual(new Set(['fr']));
    await panel.close();
    await page.close();
  });

  test('the side panel does not scroll sideways', async () => {
    await checkDemoClaimFalse(e2e.browser(), e2e.server().url('articles/demo-fr.html'));
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(page);
    const panel = await openSidePanelFor(e2e.browser(), TITLE);
    await panel.waitForSelector('[data-testid="claim-list"]');
    expect(await sideways(panel)).toBe(0);
    await page.close();
  });
});
