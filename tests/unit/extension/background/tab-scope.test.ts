import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, test } from 'vitest';
import type { BackgroundRequest } from '../../../../core/messaging/protocol';
import { callerOf } from '../../../../extension/background/caller';
import { assertMayAsk, ForbiddenRequest } from '../../../../extension/background/tab-scope';
import { dismissClaim } from '../../../../storage/dismissals';
import { createFactCheck } from '../../../../storage/fact-checks';
import { fakeDraft } from '../../factories';
import { useFreshDbs } from '../../storage/fresh-db';

const freshDb = useFreshDbs('tab-scope');
const at = new Date('2025-07-05T10:00:00.000Z');
const VICTIM = 'https://victim.example/story/7';

beforeEach(() => fakeBrowser.reset());

describe('callerOf', () => {
  const own = (sender: Partial<Browser.runtime.MessageSender>) => ({ id: fakeBrowser.runtime.id, ...sender });

  test.each([
    [
      'an extension page',
      own({ url: fakeBrowser.runtime.getURL('/popup.html') }),
      { kind: 'extension-page' },
    ],
    [
      'the review page open in a tab',
      own({ url: fakeBrowser.runtime.getURL('/review.html'), tab: { id: 3 } as Browser.tabs.Tab }),
      { kind: 'extension-page' },
    ],
    [
      "a content script, by its page's address",
      own({ url: 'https://www.news.example/a?x=1', tab: { id: 4 } as Browser.tabs.Tab }),
      { kind: 'tab', site: 'news.example', page: { tabId: 4 } },
    ],
    [
      "Chrome's content script, with the document it runs in",
      own({
        url: 'https://news.example/a',
        tab: { id: 4 } as Browser.tabs.Tab,
        documentId: 'D1',
        frameId: 0,
      }),
      { kind: 'tab', site: 'news.example', page: { tabId: 4, documentId: 'D1' } },
    ],
    [
      "a page the tab prerenders, not shown yet: served, not remembered as the tab's",
      own({
        url: 'https://other.example/b',
        tab: { id: 4 } as Browser.tabs.Tab,
        documentId: 'D2',
        documentLifecycle: 'prerender',
      }),
      { kind: 'tab', site: 'other.example', page: null },
    ],
    ['another extension', { id: 'other', url: 'https://news.example/' }, null],
    ['a sender without an address', own({ tab: { id: 4 } as Browser.tabs.Tab }), null],
    ['a file page', own({ url: 'file:///tmp/a.html', tab: { id: 4 } as Browser.tabs.Tab }), null],
  ])('%s', (_name, sender, expected) => {
    expect(callerOf(sender as Browser.runtime.MessageSender)).toEqual(expected);
  });
});

describe('what a tab may ask', () => {
  async function seeded() {
    const db = freshDb();
    const victim = await createFactCheck(
      db,
      fakeDraft({ article: { ...fakeDraft().article, url: VICTIM } }),
      at,
    );
    const own = await createFactCheck(db, fakeDraft(), at);
    return { db, victim, own };
  }
  const attacker = { kind: 'tab', site: 'news.example', page: { tabId: 7 } } as const;
  const refused = async (db: Awaited<ReturnType<typeof seeded>>['db'], request: BackgroundRequest) =>
    assertMayAsk(db, attacker, request).then(
      () => false,
      (error: unknown) => error instanceof ForbiddenRequest,
    );

  test("another site's fact-checks cannot be read, created, changed, deleted or re-anchored", async () => {
    const { db, victim } = await seeded();
    const victimDraft = fakeDraft({ article: { ...fakeDraft().article, url: VICTIM } });
    expect(await refused(db, { type: 'getPageAnnotations', url: VICTIM })).toBe(true);
    expect(await refused(db, { type: 'createFactCheck', draft: victimDraft })).toBe(true);
    expect(
      await refused(db, { type: 'updateFactCheck', id: victim.factCheck.id, changes: { note: 'pwned' } }),
    ).toBe(true);
    expect(await refused(db, { type: 'deleteFactChecks', ids: [victim.factCheck.id] })).toBe(true);
    expect(await refused(db, { type: 'openReviewAt', factCheckId: victim.factCheck.id })).toBe(true);
    expect(
      await refused(db, {
        type: 'setAnchorStatuses',
        statuses: [{ claimId: victim.claim.id, status: 'orphan' }],
      }),
    ).toBe(true);
  });

  test('"not worth checking" marks: only on the tab\'s own site', async () => {
    const { db } = await seeded();
    const quote = { type: 'TextQuoteSelector' as const, exact: 'Une phrase.', prefix: '', suffix: '' };
    const victimArticle = { ...fakeDraft().article, url: VICTIM };
    expect(await refused(db, { type: 'dismissClaim', draft: { article: victimArticle, quote } })).toBe(true);
    expect(await refused(db, { type: 'dismissClaim', draft: { article: fakeDraft().article, quote } })).toBe(
      false,
    );
    const victimMark = await dismissClaim(db, { article: victimArticle, quote }, at);
    const ownMark = await dismissClaim(db, { article: fakeDraft().article, quote }, at);
    expect(await refused(db, { type: 'undismissClaim', id: victimMark.dismissal.id })).toBe(true);
    expect(await refused(db, { type: 'undismissClaim', id: ownMark.dismissal.id })).toBe(false);
  });

  test('desk sync is set up and driven from extension pages only, never from a tab', async () => {
    const { db, own, victim } = await seeded();
    const signIn = { serverUrl: 'https://couch.example', desk: 'newsroom', name: 'alice', password: 'pw' };
    for (const request of [
      { type: 'connectDesk', ...signIn },
      { type: 'testDeskConnection', ...signIn },
      { type: 'disconnectDesk' },
      { type: 'getSyncStatus' },
      { type: 'syncNow' },
    ] as const) {
      expect(await refused(db, request)).toBe(true);
      await expect(assertMayAsk(db, { kind: 'extension-page' }, request)).resolves.toBeUndefined();
    }
    const chosen = { verdict: 'false' as const, sources: [], note: '', tags: [] };
    const seen = { updatedAt: '2025-07-05T10:00:00.000Z', versions: [] };
    expect(await refused(db, { type: 'resolveConflict', id: victim.factCheck.id, chosen, seen })).toBe(true);
    expect(await refused(db, { type: 'resolveConflict', id: own.factCheck.id, chosen, seen })).toBe(false);
  });

  test("another site's article versions cannot be compared or rebased; its own can", async () => {
    const { db, victim, own } = await seeded();
    const claim = { text: 'x', quote: victim.claim.quote, position: victim.claim.position };
    const fingerprint = 'f';
    expect(await refused(db, { type: 'compareArticle', url: VICTIM, text: 'x' })).toBe(true);
    expect(
      await refused(db, {
        type: 'dismissChangeNotice',
        url: VICTIM,
        checkedFingerprint: 'a',
        nowFingerprint: 'b',
      }),
    ).toBe(true);
    expect(await refused(db, { type: 'rebaseClaim', claimId: victim.claim.id, claim, fingerprint })).toBe(
      true,
    );
    expect(await refused(db, { type: 'compareArticle', url: own.article.url, text: 'x' })).toBe(false);
    expect(
      await refused(db, {
        type: 'dismissChangeNotice',
        url: own.article.url,
        checkedFingerprint: 'a',
        nowFingerprint: 'b',
      }),
    ).toBe(false);
    expect(await refused(db, { type: 'rebaseClaim', claimId: own.claim.id, claim, fingerprint })).toBe(false);
  });

  test('a delete that names one fact-check of another site among its own is refused whole', async () => {
    const { db, victim, own } = await seeded();
    expect(
      await refused(db, { type: 'deleteFactChecks', ids: [own.factCheck.id, victim.factCheck.id] }),
    ).toBe(true);
  });

  test('extension pages only: opening the review page or another article', async () => {
    const { db, own } = await seeded();
    expect(await refused(db, { type: 'openReviewPage' })).toBe(true);
    expect(await refused(db, { type: 'openFactCheck', factCheckId: own.factCheck.id })).toBe(true);
    await expect(
      assertMayAsk(db, { kind: 'extension-page' }, { type: 'openFactCheck', factCheckId: own.factCheck.id }),
    ).resolves.toBeUndefined();
  });

  test('claim memory: a tab asks about its own page only, and never saves published reviews', async () => {
    const { db } = await seeded();
    const sentences = ['Une phrase de la page.'];
    expect(await refused(db, { type: 'findAlreadyChecked', url: VICTIM, sentences })).toBe(true);
    expect(await refused(db, { type: 'findAlreadyChecked', url: fakeDraft().article.url, sentences })).toBe(
      false,
    );
    expect(
      await refused(db, { type: 'savePublishedReviews', url: fakeDraft().article.url, reviews: [] }),
    ).toBe(true);
    await expect(
      assertMayAsk(
        db,
        { kind: 'extension-page' },
        { type: 'savePublishedReviews', url: VICTIM, reviews: [] },
      ),
    ).resolves.toBeUndefined();
  });

  test("the tab's own site: everything the card needs is allowed", async () => {
    const { db, own } = await seeded();
    const url = fakeDraft().article.url;
    expect(await refused(db, { type: 'getPageAnnotations', url })).toBe(false);
    expect(await refused(db, { type: 'createFactCheck', draft: fakeDraft() })).toBe(false);
    expect(
      await refused(db, { type: 'updateFactCheck', id: own.factCheck.id, changes: { note: 'ok' } }),
    ).toBe(false);
    expect(await refused(db, { type: 'deleteFactChecks', ids: [own.factCheck.id] })).toBe(false);
    expect(await refused(db, { type: 'openReviewAt', factCheckId: own.factCheck.id })).toBe(false);
    expect(
      await refused(db, {
        type: 'setAnchorStatuses',
        statuses: [{ claimId: own.claim.id, status: 'fuzzy' }],
      }),
    ).toBe(false);
    expect(await refused(db, { type: 'analysePage', html: '<p>x</p>', url })).toBe(false);
  });
});
