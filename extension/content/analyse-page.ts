/**
 * The detection pipeline, seen from the page: the content script serialises the page, the
 * extension finds the article and scores its claims in a parsed copy (analyse-html.ts), and the
 * content script binds the result to the live text nodes. The page's main thread pays only for
 * serialising and binding; Readability's parse, the sentence segmenter (costly to create:
 * ICU loads its rules) and the word model run in the extension, where they stay warm from page to page.
 *
 * Measures: `factmark:extract` covers the page's own work (serialise, send, then bind);
 * `factmark:claims` is the round trip during which the extension extracts and scores, the page's
 * main thread free (its `detail` holds the extension's own parse, extract and claims times, and
 * whether it found an article).
 */
import { pageIsArticleCandidate } from '../../core/article/is-article';
import { bindPortableArticle } from '../../core/article/portable-article';
import { serialisePage } from '../../core/article/serialise-page';
import { textUnits } from '../../core/article/text-units';
import type { ExtractedArticle } from '../../core/article/types';
import type { HighlightAmount } from '../../core/claims/rank-claims';
import type { RankedClaim, SentenceSpan } from '../../core/claims/types';
import { MAX_PAGE_HTML_CHARS } from '../../core/messaging/protocol';
import { requestBackground } from '../messaging/request';
import { measured, measureSince, yieldToMain } from './timing';

/** The page's HTML is over what one message may carry (`MAX_PAGE_HTML_CHARS`). */
export class PageTooLarge extends Error {
  override name = 'PageTooLarge';
  constructor(readonly chars: number) {
    super(`The page's HTML is ${Math.round(chars / 1e6)} million characters long`);
  }
}

export interface PageAnalysis {
  article: ExtractedArticle;
  /** The text's claims to highlight (offsets into the article text). */
  claims: RankedClaim[];
  /** The title's claims to highlight, found in the page's headline (offsets into the title). */
  headline: RankedClaim[];
  /** Every sentence of the article text (offsets into it), for the claim memory's look-up. */
  sentences: SentenceSpan[];
}

/** Finds the article and its claims; null when the page is not an article. */
export async function analysePage(
  doc: Document,
  url: string,
  amount: HighlightAmount | Promise<HighlightAmount> = 'normal',
): Promise<PageAnalysis | null> {
  await yieldToMain();
  // Pages with no paragraph-like text (home pages, web apps) are not serialised at all: the same
  // cheap screen extraction starts with. The units are cut with the serialisation, so they are
  // those of the HTML sent, whatever the page changes during the round trip.
  const page = measured('factmark:extract', () =>
    pageIsArticleCandidate(doc) ? { html: serialisePage(doc), units: textUnits(doc) } : null,
  );
  if (!page) return null;
  const { html, units } = page;
  if (html.length > MAX_PAGE_HTML_CHARS) throw new PageTooLarge(html.length);
  const setting = await amount;
  // Sending copies the HTML into the message on the page's thread: that is the page's work too.
  const reply = measured('factmark:extract', () =>
    requestBackground({ type: 'analysePage', html, url, amount: setting }),
  );
  const start = performance.now();
  const analysis = await reply;
  const portable = analysis.article;
  const detail = { ...analysis.timings, article: portable !== null };
  measureSince('factmark:claims', start, detail);
  if (!portable) return null;
  const { article, unbound } = measured('factmark:extract', () => bindPortableArticle(portable, units));
  if (unbound > 0) {
    console.warn(
      `Factmark: ${unbound} passages of the article could not be located in the page; they are not highlighted`,
    );
  }
  return { article, claims: analysis.claims, headline: analysis.headline, sentences: analysis.sentences };
}
