/**
 * "Open in page": opens a fact-check's article in a new tab and, once the content script there
 * has analysed the page and placed the reader's annotations, scrolls to the claim.
 */
import { browser } from 'wxt/browser';
import type { FactmarkDb } from '../../storage/db';
import { MissingRecordError } from '../../storage/missing-record';
import { requestTab } from '../messaging/request';

/**
 * How long to keep asking the new tab: pages load and settle at their own pace; past this the
 * tab stays open on the article and the reader scrolls by hand.
 */
const SHOW_TIMEOUT_MS = 15_000;
const RETRY_MS = 300;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openFactCheck(db: FactmarkDb, factCheckId: string): Promise<boolean> {
  const factCheck = await db.factChecks.get(factCheckId);
  const article = factCheck && (await db.articles.get(factCheck.articleId));
  if (!article) throw new MissingRecordError(`No fact-check with id ${factCheckId}`);
  const tab = await browser.tabs.create({ url: article.url });
  if (tab.id === undefined) return false;
  const deadline = Date.now() + SHOW_TIMEOUT_MS;
  while (Date.now() < deadline) {
    // Until the page has loaded there is no content script to answer: that failure is expected.
    const shown = await requestTab(tab.id, { type: 'showFactCheck', factCheckId }).catch(() => false);
    if (shown) return true;
    await pause(RETRY_MS);
  }
  return false;
}
