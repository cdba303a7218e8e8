/**
 * ClaimReview publishing (issue #14): without settings the export says where to set them instead
 * of writing a made-up publisher; the options page's labelled fields refuse a review address
 * without {id}, store valid settings, and the export then points at the fact-check's own page
 * with the organisation as author. The import panel reads the same file chosen twice.
 */
import { describe, expect, test } from 'vitest';
import { type AxeViolation, axeViolations } from './harness/axe';
import { BROWSERS } from './harness/browsers';
import { actInCard, openCardOn, waitForSaved } from './harness/card';
import { waitForClaimHighlights } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';
import { DEMO_CLAIM as CLAIM } from './harness/demo-claim';

const describeViolations = (violations: AxeViolation[]) =>
  violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.join(' | ')})`);

/**
 * Chooses a format in the review page's export panel and downloads; answers the status line
 * once `shown` (a selector) is on the page.
 */
async function exportAs(review: PageHandle, format: string, shown: string): Promise<string> {
  await review.evaluate((value) => {
    const select = document.querySelector<HTMLSelectElement>('[data-testid="export-format"]');
    if (!select) throw new Error('no format choice');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, format);
  await review.click('[data-testid="export-download"]');
  await review.waitForSelector(shown);
  return (
    (await review.evaluate(() => document.querySelector('[data-testid="export-status"]')?.textContent)) ?? ''
  );
}

/** The label text of each field of the publishing form, by input id. */
function publisherLabels(options: PageHandle): Promise<Record<string, string>> {
  return options.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement>('[data-testid="publisher-settings"] input')].map(
        (input) => [input.id, input.labels?.[0]?.textContent ?? ''],
      ),
    ),
  );
}

describe.each(BROWSERS)('ClaimReview publishing and import in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('no settings: the export says so; set them in the options; the export uses them', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(page);
    await openCardOn(page, CLAIM);
    await actInCard(page, [{ kind: 'click', selector: 'input[value="unverifiable"]' }]);
    await waitForSaved(page);
    await page.press('Escape');

    const review = await e2e.browser().openExtensionPage('review.html');
    await review.waitForSelector('[data-testid="export-panel"]');
    const lang = await review.evaluate(() => document.documentElement.lang);
    const refused = await exportAs(review, 'claimreview', '[data-testid="export-open-options"]');
    expect(refused).toBe(
      lang === 'fr'
        ? 'ClaimReview a besoin de votre organisation et de l’adresse de vos pages de vérification : renseignez-les dans les options de Factmark (Publication ClaimReview).'
        : 'ClaimReview needs your organisation and the address of your fact-check pages: set them in Factmark’s options (ClaimReview publishing).',
    );
    expect(await review.evaluate(() => document.querySelector('[data-testid="export-link"]'))).toBeNull();

    const options = await e2e.browser().openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="publisher-settings"]');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(Object.values(await publisherLabels(options)).every((label) => label.length > 3)).toBe(true);
    await options.fill('#publisher-organisationName', 'Desk Example');
    await options.fill('#publisher-organisationUrl', 'https://desk.example/');
    await options.fill('#publisher-reviewUrlPattern', 'https://desk.example/checks/');
    await options.fill('#publisher-authorName', 'Jeanne Martin');
    await options.click('[data-testid="publisher-save"]');
    await options.waitForSelector('[data-testid="publisher-problem"]');
    const problem = await options.evaluate(() => {
      const input = document.querySelector('#publisher-reviewUrlPattern');
      const describedBy = input?.getAttribute('aria-describedby') ?? '';
      return {
        invalid: input?.getAttribute('aria-invalid'),
        describedBy: describedBy
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' | '),
      };
    });
    expect(problem.invalid).toBe('true');
    expect(problem.describedBy).toMatch(/\{id\}.*\|.*\{id\}/);
    expect(describeViolations(await axeViolations(options))).toEqual([]);

    await options.fill('#publisher-reviewUrlPattern', 'https://desk.example/checks/{id}');
    await options.click('[data-testid="publisher-save"]');
    await options.waitForFunction(
      () =>
        document.querySelector('[data-testid="publisher-message"]')?.textContent !== '' &&
        document.querySelector('[data-testid="publisher-problem"]') === null,
    );
    await options.close();

    expect(await exportAs(review, 'claimreview', '[data-testid="export-link"]')).toMatch(
      /\.claimreview\.jsonld$/,
    );
    const [claimReview] = await review.evaluate(async () => {
      const link = document.querySelector<HTMLAnchorElement>('[data-testid="export-link"]');
      if (!link) throw new Error('no export link');
      return JSON.parse(await (await fetch(link.href)).text()) as Record<string, unknown>[];
    });
    expect(claimReview).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: CLAIM,
      url: expect.stringMatching(/^https:\/\/desk\.example\/checks\/[\w-]+$/),
      author: { '@type': 'Organization', name: 'Desk Example', url: 'https://desk.example/' },
      creator: { '@type': 'Person', name: 'Jeanne Martin' },
      // The claim appeared in the article (its canonical address), never the review's own url.
      itemReviewed: { appearance: { url: e2e.server().url('international/russie-reconnait-talibans') } },
    });
    // Unverifiable is a textual rating, not "half true" on the 1–5 scale.
    expect(claimReview?.reviewRating).not.toHaveProperty('ratingValue');
    await review.close();
    await page.close();
  });

  test('choosing the same file twice reads and reports it again', async () => {
    const review = await e2e.browser().openExtensionPage('review.html');
    await review.waitForSelector('[data-testid="import-file"]');
    const choose = () =>
      review.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]');
        if (!input) throw new Error('no file input');
        const transfer = new DataTransfer();
        transfer.items.add(new File(['{"not": "an export"}'], 'same.json', { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    const report = () =>
      review.evaluate(() => ({
        error: document.querySelector('[data-testid="import-error"]')?.textContent ?? null,
        // A browser fires "change" only when the chosen file differs from the input's value:
        // the panel empties it after each choice, so the same file counts as a new choice.
        value: document.querySelector<HTMLInputElement>('[data-testid="import-file"]')?.value,
      }));

    await choose();
    await review.waitForSelector('[data-testid="import-error"]');
    const first = await report();
    expect(first.value).toBe('');
    // The error goes away while the second choice is read, and comes back for it.
    await review.evaluate(() =>
      document.querySelector('[data-testid="import-error"]')?.setAttribute('data-seen', '1'),
    );
    await choose();
    await review.waitForFunction(() => {
      const error = document.querySelector('[data-testid="import-error"]');
      return error !== null && !error.hasAttribute('data-seen');
    });
    const second = await report();
    expect(second).toEqual(first);
    await review.close();
  });
});
