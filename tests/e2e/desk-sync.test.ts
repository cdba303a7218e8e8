/**
 * Desk sync end to end: two browser profiles with the extension, Alice's and Bob's, each joined
 * to the same desk on its options page (Server URL, Desk, Name, Password, Connect), through a
 * CouchDB-protocol server on 127.0.0.1 (tests/desk/desk-server.ts). Alice saves a verdict in her
 * in-page card; it reaches Bob's review page (filtered by author) and his open tab of the article
 * without a reload, with her name. Then two versions of that verdict written to the desk directly
 * show in Bob's card as "two verdicts disagree", and keeping one resolves it in one action.
 *
 * Alice's side syncs by itself after her write; Bob asks with "Sync now" on his options page
 * rather than waiting for the scheduled sync (every minute). The host permission prompt, which a
 * headless browser cannot answer, is granted as harness/desk-build.ts explains.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DeskServer, startDeskServer } from '../desk/desk-server';
import { BROWSERS } from './harness/browsers';
import { actInCard, inCard, openCardOn, pointInText, waitForSaved } from './harness/card';
import { launchChromium } from './harness/chromium';
import { chromiumDeskBuild } from './harness/desk-build';
import { launchFirefox } from './harness/firefox';
import { tooltipWords, waitForClaimHighlights, waitForHighlight } from './harness/page-helpers';
import { pollFor } from './harness/poll';
import { type FixtureServer, startFixtureServer } from './harness/server';
import type { BrowserName, ExtensionBrowser, PageHandle } from './harness/types';
import { DEMO_CLAIM as CLAIM } from './harness/demo-claim';

const ROW = '[data-testid="review-row"]';
const MEMBERS = {
  alice: { name: 'alice', password: 'alice-pw' },
  bob: { name: 'bob', password: 'bob-pw' },
};

async function launch(name: BrowserName, buildDir: string | null): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(buildDir ? { buildDir } : {}) : launchFirefox();
}

/** Sets a field of the desk form found by its label, as typing into it does. */
async function fillByLabel(page: PageHandle, label: string, value: string): Promise<void> {
  await page.evaluate(
    ({ label, value }) => {
      const field = [...document.querySelectorAll('.fm-desk-form label')]
        .find((element) => element.firstChild?.textContent?.trim() === label)
        ?.querySelector('input');
      if (!field) throw new Error(`No field labelled ${label}`);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { label, value },
  );
}

/** Joins the desk on the options page, as a reader does; answers the options page. */
async function joinDesk(
  browser: ExtensionBrowser,
  server: string,
  desk: string,
  member: { name: string; password: string },
): Promise<PageHandle> {
  const options = await browser.openExtensionPage('options.html');
  await options.waitForSelector('.fm-desk-form');
  await fillByLabel(options, 'Server URL', server);
  await fillByLabel(options, 'Desk', desk);
  await fillByLabel(options, 'Name', member.name);
  await fillByLabel(options, 'Password', member.password);
  await options.click('.fm-desk-form button[type="submit"]');
  const connected = `Connected to ${desk} as ${member.name}.`;
  await options
    .waitForFunction(
      (text) => document.querySelector('[data-testid="sync-status"]')?.textContent?.includes(text) ?? false,
      connected,
      20_000,
    )
    .catch(async (error: unknown) => {
      // What the page says (a refused permission, a sign-in error) is the reason to report.
      const shown = await options.evaluate(() => document.querySelector('section')?.textContent ?? '');
      throw new Error(`${member.name} did not join the desk; the options page says: ${shown}`, {
        cause: error,
      });
    });
  return options;
}

/** Clicks "Sync now" until `check` holds (each click is one sync with the desk). */
async function syncUntil(options: PageHandle, check: () => Promise<boolean>, what: string): Promise<void> {
  await pollFor(
    async () => {
      await options.click('[data-testid="desk-sync-now"]');
      await options.waitForFunction(
        () => !document.querySelector('[data-testid="sync-status"]')?.textContent?.includes('Syncing'),
        undefined,
        20_000,
      );
      return (await check()) || undefined;
    },
    60_000,
    `Bob's device never showed ${what}`,
  );
}

function rowTexts(page: PageHandle): Promise<string[]> {
  return page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].map((row) => row.textContent ?? ''),
    ROW,
  );
}

/** Writes a second version of a fact-check on the desk, beside the current one (a conflict). */
async function writeDisagreeingVersion(desk: DeskServer, deskName: string, id: string): Promise<void> {
  const auth = `Basic ${Buffer.from(`${MEMBERS.alice.name}:${MEMBERS.alice.password}`).toString('base64')}`;
  const response = await fetch(`${desk.url}/${deskName}/${id}?revs=true`, {
    headers: { authorization: auth },
  });
  const current = (await response.json()) as Record<string, unknown> & {
    _rev: string;
    _revisions: { start: number; ids: string[] };
  };
  const [, ...older] = current._revisions.ids;
  const sibling = 'e2e0'.repeat(8);
  const other = {
    ...current,
    verdict: 'true',
    note: 'Confirmé par le ministère.',
    _rev: `${current._revisions.start}-${sibling}`,
    _revisions: { start: current._revisions.start, ids: [sibling, ...older] },
  };
  const written = await fetch(`${desk.url}/${deskName}/_bulk_docs`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ docs: [other], new_edits: false }),
  });
  if (!written.ok) throw new Error(`The desk refused the second version: ${await written.text()}`);
}

// One desk server for the file, a desk per browser: a second express-pouchdb started in the same
// process after the first one stopped made the test process grow past its 4 GB heap.
let desk: DeskServer;
beforeAll(async () => {
  desk = await startDeskServer();
});
afterAll(async () => {
  await desk?.stop();
});

describe.each(BROWSERS)('desk sync between two %s profiles', (name) => {
  let fixtures: FixtureServer;
  let buildDir: string | null = null;
  const browsers: ExtensionBrowser[] = [];
  const deskName = `newsroom-${name}`;

  beforeAll(async () => {
    await desk.createDesk(deskName, Object.values(MEMBERS));
    fixtures = await startFixtureServer();
    buildDir = name === 'chromium' ? await chromiumDeskBuild() : null;
    browsers.push(await launch(name, buildDir), await launch(name, buildDir));
    // Two browsers to launch: twice the harness's usual hook time.
  }, 180_000);
  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await fixtures?.close();
    if (buildDir) await rm(buildDir, { recursive: true, force: true });
  });

  test("Alice's verdict reaches Bob's review page and open tab without a reload; a disagreement is resolved from the card", async () => {
    const [alice, bob] = browsers;
    if (!alice || !bob) throw new Error('the two profiles did not launch');
    const articleUrl = fixtures.url('pages/demo-fr-local.html');
    await joinDesk(alice, desk.url, deskName, MEMBERS.alice);
    const bobOptions = await joinDesk(bob, desk.url, deskName, MEMBERS.bob);
    const bobArticle = await bob.newPage(articleUrl);
    const bobReview = await bob.openExtensionPage('review.html');
    const aliceArticle = await alice.newPage(articleUrl);
    try {
      await waitForClaimHighlights(bobArticle);
      await waitForClaimHighlights(aliceArticle);
      await openCardOn(aliceArticle, CLAIM);
      await actInCard(aliceArticle, [
        { kind: 'click', selector: 'input[value="false"]' },
        { kind: 'input', selector: 'textarea', value: 'Démenti du ministère.' },
      ]);
      await waitForSaved(aliceArticle);

      // Alice's device sends it by itself (a sync follows each write); Bob's receives it.
      await syncUntil(
        bobOptions,
        async () => (await rowTexts(bobReview)).some((row) => row.includes('Démenti du ministère.')),
        "Alice's fact-check in the review page",
      );
      const [row] = await rowTexts(bobReview);
      expect(row).toContain(CLAIM);
      expect(row).toContain('by alice');
      await waitForHighlight(bobArticle, 'verdict:false', CLAIM, 15_000);

      // The review page filters by author.
      await bobReview.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('[data-testid="filter-author"]');
        if (!select) throw new Error('No author filter');
        select.value = 'alice';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await bobReview.waitForFunction(
        () =>
          document.querySelector('[data-testid="review-list"]')?.getAttribute('data-view') === 'author=alice',
      );
      expect(await rowTexts(bobReview)).toHaveLength(1);

      // The in-page tooltip names the teammate who gave the verdict.
      const { x, y } = await pointInText(bobArticle, CLAIM);
      await bobArticle.bringToFront();
      await bobArticle.moveMouse(x, y);
      await pollFor(
        async () => (await tooltipWords(bobArticle))?.includes('par alice') || undefined,
        10_000,
        "The tooltip never named Alice on Bob's page",
      );

      // Two versions of the verdict on the desk: Bob's card shows both and keeps one.
      const id = await pollFor(
        async () => {
          const response = await fetch(`${desk.url}/${deskName}/_all_docs?include_docs=true`, {
            headers: {
              authorization: `Basic ${Buffer.from('alice:alice-pw').toString('base64')}`,
            },
          });
          const { rows } = (await response.json()) as { rows: { id: string; doc: { type?: string } }[] };
          return rows.find((candidate) => candidate.doc.type === 'factCheck')?.id;
        },
        10_000,
        'No fact-check on the desk',
      );
      await writeDisagreeingVersion(desk, deskName, id);
      await syncUntil(
        bobOptions,
        async () =>
          await bobReview.evaluate(() => document.querySelector('[data-testid="conflict"]') !== null),
        'the disagreement in the review page',
      );
      await openCardOn(bobArticle, CLAIM);
      const conflict = await inCard(
        bobArticle,
        (root) => root.querySelector('.fm-conflict')?.textContent ?? '',
      );
      expect(conflict).toContain('Deux verdicts divergent');
      expect(conflict).toContain('Démenti du ministère.');
      expect(conflict).toContain('Confirmé par le ministère.');
      const keepOther = await inCard(bobArticle, (root) =>
        [...root.querySelectorAll('.fm-conflict li')].findIndex((item) =>
          item.textContent?.includes('Confirmé par le ministère.'),
        ),
      );
      await actInCard(bobArticle, [
        { kind: 'click', selector: '.fm-conflict button', index: keepOther ?? 1 },
      ]);
      await pollFor(
        async () =>
          (await inCard(bobArticle, (root) => root.querySelector('.fm-conflict') === null)) || undefined,
        10_000,
        'The card still shows the disagreement',
      );
      await waitForHighlight(bobArticle, 'verdict:true', CLAIM, 15_000);
      await bobReview.waitForFunction(() => document.querySelector('[data-testid="conflict"]') === null);
    } finally {
      await aliceArticle.close();
      await bobArticle.close();
      await bobReview.close();
    }
    // Two browsers, each sync a round trip through the desk: far above the harness's usual test time.
  }, 240_000);
});
