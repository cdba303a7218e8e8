import { Dexie } from 'dexie';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  backgroundHandlers,
  handleBackgroundRequest,
  toProtocolError,
} from '../../../../extension/background/handle-request';
import type { Caller } from '../../../../extension/background/caller';
import type { DeskSync } from '../../../../extension/background/sync/desk-sync';
import { notifyAnnotationsChanged } from '../../../../extension/messaging/notify';
import { RequestFailed } from '../../../../extension/messaging/request';
import { FactmarkDb } from '../../../../storage/db';
import { MissingRecordError } from '../../../../storage/missing-record';
import { listArticleVersions } from '../../../../storage/article-versions';
import { fingerprintOf } from '../../../../core/model/ids';
import { factmarkWriter } from '../../../../storage/writer';
import { fakeDraft } from '../../factories';

let db: FactmarkDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = new FactmarkDb(`bg-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const now = () => new Date('2025-07-05T10:00:00.000Z');
const noAnalysis = async () => {
  throw new Error('no page analysis in this test');
};
const noDesk = {} as DeskSync;
const handlersWith = (analyse: typeof noAnalysis | (() => Promise<unknown>) = noAnalysis) =>
  backgroundHandlers(db, factmarkWriter(db, notifyAnnotationsChanged, now), analyse as never, noDesk);

/** The caller of the handlers called directly here: an extension page. */
const PAGE: Caller = { kind: 'extension-page' };

describe('background handlers', () => {
  test('create, read back by page URL, update, delete — and broadcast each change', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/monde/russie-talibans' });
    const toTabs = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const handlers = handlersWith();
    const draft = fakeDraft();
    // The tab's own request is what tells the background which site it speaks for.
    const caller: Caller = { kind: 'tab', site: 'news.example', page: { tabId: tab.id ?? 0 } };
    const read = { type: 'getPageAnnotations', url: draft.article.url } as const;
    await handleBackgroundRequest(db, handlers, read, caller);
    const saved = await handlers.createFactCheck({ type: 'createFactCheck', draft }, PAGE);
    expect(sent).toHaveBeenCalledWith({ type: 'annotationsChanged', articleUrls: [draft.article.url] });

    const page = await handlers.getPageAnnotations(
      { type: 'getPageAnnotations', url: draft.article.url },
      PAGE,
    );
    expect(page.factChecks.map((row) => row.id)).toEqual([saved.factCheck.id]);

    const updated = await handlers.updateFactCheck(
      {
        type: 'updateFactCheck',
        id: saved.factCheck.id,
        changes: { note: 'revu' },
      },
      PAGE,
    );
    expect(updated.note).toBe('revu');

    const removed = await handlers.deleteFactChecks(
      { type: 'deleteFactChecks', ids: [saved.factCheck.id] },
      PAGE,
    );
    expect(removed.factChecks).toHaveLength(1);
    expect(sent).toHaveBeenCalledTimes(3);
    expect(toTabs).toHaveBeenCalledWith(
      tab.id,
      { type: 'annotationsChanged', articleUrls: [draft.article.url] },
      { frameId: 0 },
    );
  });

  test('a save with the article text keeps it as the version it was saved on', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const handlers = handlersWith();
    const text = 'En avril 2025, la justice russe a retiré les talibans de sa liste.';
    const edited = `${text} Mis à jour.`;
    const draft = fakeDraft();
    const article = { ...draft.article, fingerprint: await fingerprintOf(text) };
    const saved = await handlers.createFactCheck(
      {
        type: 'createFactCheck',
        draft: { ...draft, article },
        articleText: text,
      },
      PAGE,
    );
    await handlers.updateFactCheck(
      {
        type: 'updateFactCheck',
        id: saved.factCheck.id,
        changes: { note: 'revu' },
        articleText: edited,
      },
      PAGE,
    );
    const versions = await listArticleVersions(db, saved.article.id);
    expect(versions.map((version) => version.textLength)).toEqual([text.length, edited.length]);
  });

  test('analysePage hands the page to the analyser and answers with its result', async () => {
    const result = { article: null, claims: [], timings: { parse: 1, extract: 2, claims: 0 } };
    const analyse = vi.fn(async () => result);
    const page = { type: 'analysePage' as const, html: '<p>x</p>', url: 'https://news.example/a' };
    expect(await handlersWith(analyse).analysePage(page, PAGE)).toBe(result);
    expect(analyse).toHaveBeenCalledWith(page);
  });

  test('a failed analysis is reported as such, with its reason', async () => {
    const handlers = handlersWith();
    const failure = await handlers
      .analysePage({ type: 'analysePage', html: '', url: 'https://news.example/a' }, PAGE)
      .catch((error: unknown) => error);
    expect(toProtocolError(failure)).toEqual({
      code: 'analysis-failed',
      message: 'Factmark could not analyse this page: no page analysis in this test',
    });
  });

  test("the offscreen document's refusal is passed on as it is, not wrapped again", async () => {
    const refusal = new RequestFailed('analysis-failed', 'Factmark could not analyse this page: boom');
    const handlers = handlersWith(async () => Promise.reject(refusal));
    const failure = await handlers
      .analysePage({ type: 'analysePage', html: '', url: 'https://news.example/a' }, PAGE)
      .catch((error: unknown) => error);
    expect(toProtocolError(failure)).toEqual({
      code: 'analysis-failed',
      message: 'Factmark could not analyse this page: boom',
    });
  });

  test('ping answers with the manifest version, and whether the asking tab hears of writes', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Factmark',
      version: '1.2.3',
    });
    const ping = { type: 'ping' } as const;
    expect(await handlersWith().ping(ping, PAGE)).toEqual({ version: '1.2.3', hearsWrites: true });
    const shown: Caller = { kind: 'tab', site: 'news.example', page: { tabId: 7 } };
    expect(await handlersWith().ping(ping, shown)).toEqual({ version: '1.2.3', hearsWrites: true });
    // A document the tab does not show (prerendered, in the back/forward cache) hears nothing.
    const hidden: Caller = { kind: 'tab', site: 'news.example', page: null };
    expect(await handlersWith().ping(ping, hidden)).toEqual({ version: '1.2.3', hearsWrites: false });
  });
});

test("a tab's request for another site is answered forbidden-sender and changes nothing", async () => {
  const handlers = handlersWith();
  const page: Caller = { kind: 'extension-page' };
  const saved = await handleBackgroundRequest(
    db,
    handlers,
    { type: 'createFactCheck', draft: fakeDraft() },
    page,
  );
  const id = (saved as { factCheck: { id: string } }).factCheck.id;
  const tab: Caller = { kind: 'tab', site: 'attacker.example', page: { tabId: 7 } };
  const failure = await handleBackgroundRequest(
    db,
    handlers,
    { type: 'updateFactCheck', id, changes: { note: 'pwned' } },
    tab,
  ).catch((error: unknown) => error);
  expect(toProtocolError(failure).code).toBe('forbidden-sender');
  expect((await db.factChecks.get(id))?.note).toBe(fakeDraft().note);
});

test.each([
  [new MissingRecordError('No fact-check with id x'), 'not-found'],
  [new Error('QuotaExceededError'), 'storage-failed'],
  [new DOMException('The quota has been exceeded', 'QuotaExceededError'), 'storage-full'],
])('toProtocolError maps %s to %s', (error, code) => {
  expect(toProtocolError(error).code).toBe(code);
});
