/**
 * The page is hostile. With the reader's fact-check saved on the demo article, a page's own script
 * tries everything it can reach: it names the reader's article (another site) as its canonical,
 * reads highlight names and Factmark's nodes, forges clicks, pointer moves, selections and keys,
 * and types into the open card. It learns no verdict, note or source title and changes nothing;
 * the reader's own clicks still work. It cannot learn the extension's id from a message, nor switch
 * Factmark off by forging the event WXT's content scripts take for a newer copy starting. And what
 * it can read of Factmark's marks (highlights, style sheets, DOM) is the same whether or not the
 * reader checked or dismissed any of its claims.
 */
import { describe, expect, test } from 'vitest';
import {
  CHANGED_CLAIM_COLOUR,
  UNCHECKED_CLAIM_COLOUR,
  UNRATED_CLAIM_COLOUR,
  VERDICT_COLOURS,
  VERDICTS,
} from '../../core/model/verdict';
import {
  actInCard,
  cardIsOpen,
  openCardOn,
  pointInText,
  waitForCardClosed,
  waitForSaved,
} from './harness/card';
import { BROWSERS } from './harness/browsers';
import {
  highlightsByKind,
  highlightTexts,
  openSidePanelFor,
  pageFinds,
  sendRuntimeMessage,
  settleContentScript,
  waitForClaimHighlights,
  waitForHighlight,
} from './harness/page-helpers';
import { pollFor } from './harness/poll';
import { useExtensionBrowser } from './harness/setup';
import type { ExtensionBrowser, PageHandle } from './harness/types';
import { DEMO_CLAIM as CLAIM } from './harness/demo-claim';

const NOTE = 'Note privée : contact au ministère, ne pas publier';
const SOURCE_TITLE = 'Source confidentielle du desk';
const SOURCE_URL = 'https://tass.example/confidentiel';
const DEMO_TITLE = 'La Russie reconnaît officiellement le régime des talibans';

/** What the page's script reads of Factmark's marks without acting (hostile.js `__look`). */
interface PageLook {
  highlights: string[];
  styles: string[];
  hosts: string[];
  dom: string;
  /** Points of a grid over the window that hit-test to a host of Factmark's. */
  hits: string[];
}

function look(page: PageHandle): Promise<PageLook> {
  return page.evaluate(() => (window as unknown as { __look(): PageLook }).__look());
}

interface AttackReport {
  highlightNames: string[];
  nodes: { name: string; hidden: boolean; shadowRoot: boolean; html: string; text: string }[];
  documentText: string;
  activeElement: string | null;
  execCommand: boolean;
  entries: string[];
}

function attack(page: PageHandle): Promise<AttackReport> {
  return page.evaluate(
    (claim) => (window as unknown as { __attack(claim: string): Promise<AttackReport> }).__attack(claim),
    CLAIM,
  );
}

/** Nothing the reader saved appears anywhere the page's script could read. */
function expectNothingPrivate(report: AttackReport): void {
  const seen = JSON.stringify(report);
  for (const secret of [NOTE, SOURCE_TITLE, SOURCE_URL, 'Note privée', 'confidentiel']) {
    expect(seen).not.toContain(secret);
  }
  for (const name of report.highlightNames.filter((candidate) => candidate.startsWith('factmark'))) {
    for (const word of [...VERDICTS, 'verdict', 'checked', 'unrated', 'claim', 'selected']) {
      expect(name).not.toContain(word);
    }
  }
  for (const node of report.nodes) expect(node.shadowRoot).toBe(false);
}

async function savedFactCheck(browser: ExtensionBrowser, url: string) {
  const probe = await browser.openExtensionPage('review.html');
  try {
    const reply = (await sendRuntimeMessage(probe, { type: 'getPageAnnotations', url })) as {
      value: { factChecks: { note: string; verdict: string | null; sources: { title: string }[] }[] };
    };
    return reply.value.factChecks;
  } finally {
    await probe.close();
  }
}

describe.each(BROWSERS)('a hostile page in %s', (name) => {
  const e2e = useExtensionBrowser(name);
  const articleUrl = () => `${e2e.server().baseUrl}/international/russie-reconnait-talibans`;

  test('the reader fact-checks the demo article', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    try {
      await waitForClaimHighlights(page);
      await openCardOn(page, CLAIM);
      await actInCard(page, [
        { kind: 'click', selector: 'input[value="false"]' },
        { kind: 'click', selector: '.fm-sources > .fm-button' },
        { kind: 'input', selector: 'input[type="url"]', value: SOURCE_URL },
        { kind: 'input', selector: 'input[id$="-title"]', value: SOURCE_TITLE },
        { kind: 'input', selector: 'textarea', value: NOTE },
      ]);
      await waitForSaved(page);
      await page.press('Escape');
      await waitForCardClosed(page);
    } finally {
      await page.close();
    }
    const [saved] = await savedFactCheck(e2e.browser(), articleUrl());
    expect(saved).toMatchObject({ verdict: 'false', note: NOTE });
  });

  test("another site naming the reader's article as its canonical gets nothing of it", async () => {
    const victim = articleUrl();
    const url = `${e2e.server().otherSiteUrl('pages/demo-fr-hostile.html')}?victim=${encodeURIComponent(victim)}`;
    const page = await e2e.browser().newPage(url);
    try {
      await waitForClaimHighlights(page);
      const kinds = await highlightsByKind(page);
      // Filed under its own address: the reader's verdict is not shown there, even as a colour.
      expect(Object.keys(kinds).filter((kind) => kind.startsWith('verdict:'))).toEqual([]);
      const report = await attack(page);
      expectNothingPrivate(report);
      expect(await cardIsOpen(page)).toBe(false);
      expect(report.nodes.find((node) => node.name === 'factmark-select')?.hidden ?? true).toBe(true);

      // The reader's own click still works there, and files the check under that page's URL.
      await openCardOn(page, CLAIM);
      await actInCard(page, [{ kind: 'input', selector: 'textarea', value: 'Copie sur un autre site.' }]);
      await waitForSaved(page);
    } finally {
      await page.close();
    }
    const [stillSaved] = await savedFactCheck(e2e.browser(), victim);
    expect(stillSaved).toMatchObject({ verdict: 'false', note: NOTE });
  });

  test("a hostile script inside the reader's own article reads nothing private and changes nothing", async () => {
    const page = await e2e.browser().newPage(e2e.server().url('pages/demo-fr-hostile.html'));
    try {
      // The reader's verdict is shown (as a colour, which the page may see as it sees pixels).
      await waitForHighlight(page, 'verdict:false', CLAIM);
      const before = await attack(page);
      expectNothingPrivate(before);
      expect(await cardIsOpen(page)).toBe(false);

      // The reader opens the card with a real click and is in the note (focus in its textarea);
      // the script attacks again while it is open, typing with the browser's editing commands.
      await openCardOn(page, CLAIM);
      await actInCard(page, [{ kind: 'input', selector: 'textarea', value: NOTE }]);
      await waitForSaved(page);
      const during = await attack(page);
      expectNothingPrivate(during);
      expect(during.nodes.find((node) => node.name === 'factmark-card')?.text ?? '').toBe('');
      expect(await cardIsOpen(page)).toBe(true);
      await page.press('Escape');
      await waitForCardClosed(page);
    } finally {
      await page.close();
    }
    const [saved] = await savedFactCheck(e2e.browser(), articleUrl());
    expect(saved?.note).toBe(NOTE);
    expect(saved?.verdict).toBe('false');
    expect(saved?.sources.map((source) => source.title)).toEqual([SOURCE_TITLE]);
  });

  test("the page learns no extension id and cannot switch Factmark off by forging WXT's restart event", async () => {
    const page = await e2e.browser().newPage(e2e.server().url('pages/demo-fr-hostile.html'));
    try {
      await waitForHighlight(page, 'verdict:false', CLAIM);
      const internalId = new URL(e2e.browser().extensionOrigin).host;
      type Hostile = { __messages: string[]; __forgeRestart(ids: string[]): void };
      const messages = await page.evaluate(() => (window as unknown as Hostile).__messages);
      for (const leak of ['wxt', 'content-script', internalId, 'factmark@']) {
        expect(messages.join('\n')).not.toContain(leak);
      }

      // Every id the page might know or guess: the Chrome id, Firefox's internal and public ones.
      await page.evaluate(
        (ids) => (window as unknown as Hostile).__forgeRestart(ids),
        [internalId, 'factmark@factmark.dev'],
      );
      await settleContentScript(page, 1_000);
      expect((await highlightsByKind(page))['verdict:false']).toContain(CLAIM);
      // And the content script still answers the reader.
      await openCardOn(page, CLAIM);
      await page.press('Escape');
      await waitForCardClosed(page);
    } finally {
      await page.close();
    }
  });

  test('the page reads the same of Factmark with and without the reader’s verdict and dismissal', async () => {
    // The same page on another site, where the reader saved nothing: what any page sees.
    const other = await e2e.browser().newPage(e2e.server().otherSiteUrl('pages/demo-fr-hostile.html'));
    const unmarked = await waitForClaimHighlights(other)
      .then(() => settleContentScript(other, 1_000))
      .then(() => look(other))
      .finally(() => other.close());

    // The reader's article, with its verdict (first test), and one more claim marked "not worth
    // checking" from the side panel.
    const page = await e2e.browser().newPage(e2e.server().url('pages/demo-fr-hostile.html'));
    // The side panel finds the article's tab by the article's state: analysed first.
    await waitForHighlight(page, 'verdict:false', CLAIM);
    const panel = await openSidePanelFor(e2e.browser(), DEMO_TITLE);
    try {
      const shown = (await highlightTexts(page)).length;
      await panel.click('button[data-testid="dismiss-claim"]');
      await pollFor(
        async () => (await highlightTexts(page)).length === shown - 1 || undefined,
        15_000,
        'the dismissed claim stayed highlighted',
      );
      await settleContentScript(page, 1_000);
      const marked = await look(page);

      // Nothing that says which claims are marked, nor how.
      expect(marked.highlights).toEqual([]);
      const styles = marked.styles.join('\n').toLowerCase();
      expect(styles).not.toContain('highlight');
      const colours = [
        ...Object.values(VERDICT_COLOURS),
        UNCHECKED_CLAIM_COLOUR,
        UNRATED_CLAIM_COLOUR,
        CHANGED_CLAIM_COLOUR,
      ];
      for (const colour of colours) expect(styles).not.toContain(colour.toLowerCase());
      // The same hosts, attributes and DOM as where the reader has nothing.
      expect(marked).toEqual(unmarked);

      // The reader's own pointer on the checked claim shows its verdict, in the closed root only:
      // the tooltip's host does not change.
      const { x, y } = await pointInText(page, CLAIM);
      await page.bringToFront();
      await page.moveMouse(x, y);
      await pollFor(
        async () =>
          (await page.inClosedRoot(
            'factmark-tooltip',
            (root) => root.querySelector('[data-testid="verdict-tooltip"]') !== null,
          )) || undefined,
        10_000,
        'no verdict tooltip',
      );
      expect(await look(page)).toEqual(unmarked);
      // Nor can the page's text search find the tooltip's words (it searches closed roots): they
      // are generated content, and no root of Factmark's holds a text node.
      expect(await pageFinds(page, 'Verdict')).toBe(false);
      expect(await pageFinds(page, 'Faux')).toBe(false);
      expect(await pageFinds(page, DEMO_TITLE)).toBe(true);
      for (const host of [
        'factmark-highlights',
        'factmark-marks',
        'factmark-tooltip',
        'factmark-live',
        'factmark-select',
      ]) {
        const words = await page.inClosedRoot(host, (root) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          const found: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement?.closest('style') === null && node.textContent?.trim())
              found.push(node.textContent);
          }
          return found;
        });
        expect(words, host).toEqual([]);
      }
    } finally {
      await panel.close();
      await page.close();
    }
  });

  test('the page reads the same of Factmark whether or not its article changed since the reader checked it', async () => {
    // The edited article on another site, where the reader checked nothing: no change to tell.
    const other = await e2e.browser().newPage(e2e.server().otherSiteUrl('pages/demo-fr-may-hostile.html'));
    const unchanged = await waitForClaimHighlights(other)
      .then(() => settleContentScript(other, 1_000))
      .then(() => look(other))
      .finally(() => other.close());
    expect(unchanged.hits).toEqual([]);

    // The reader's article, edited since they checked it (first test): the claim is marked changed.
    const page = await e2e.browser().newPage(e2e.server().url('pages/demo-fr-may-hostile.html'));
    try {
      await waitForHighlight(page, 'changed', CLAIM.replace('avril', 'mai'), 15_000);
      await settleContentScript(page, 1_000);
      expect(await look(page)).toEqual(unchanged);
    } finally {
      await page.close();
    }
  });
});
