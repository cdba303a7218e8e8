/**
 * Tells article pages from the rest (home pages, section fronts, search results, web apps).
 * Two stages: a cheap screen on the live page before any parsing, then a check of what
 * extraction produced. The screen must not reject real articles (a rejected article is lost,
 * a page let through only costs a Readability parse), so its thresholds are loose and the
 * post-extraction check does the real sorting.
 */
// Readability's screen alone (its own file), so the content script can screen without the parser.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { Block } from './blocks';

/**
 * Readability's defaults are 140 characters and a score of 20; they reject short news items
 * (a 3-paragraph brief) on the benchmark. 80/10 lets those through; home pages still fail the
 * post-extraction checks below.
 */
const SCREEN = { minContentLength: 80, minScore: 10 };

/** Below this many characters of text the "article" is a teaser, a form or an error page. */
const MIN_TEXT_LENGTH = 250;
/**
 * …unless the page declares itself an article (`declaresArticle`): then one paragraph-sized
 * text is enough (a two-paragraph blog post of 190 characters on the snippets TUNE pages).
 */
const MIN_DECLARED_TEXT_LENGTH = 120;
/** Above this share of link text the extracted "article" is a list of links (a front page). */
const MAX_LINK_SHARE = 0.5;
/**
 * Below this many sentence-sized blocks a page of `og:type=website` at a site's root is a home or
 * landing page.
 */
const MIN_PARAGRAPHS_FOR_WEBSITE = 3;
/** A paragraph-sized block: longer than a headline. */
const PARAGRAPH_LENGTH = 120;
/**
 * A block this long with few links is an article's text, whatever `og:type` says: a landing
 * page's blurb is a sentence or two, a short news item in one paragraph runs to several.
 */
const LONG_PARAGRAPH = 400;

/** Score of <div>s carrying text directly (div-soup articles have no <p> for Readability's screen). */
function textDivScore(doc: Document): number {
  let score = 0;
  for (const div of doc.getElementsByTagName('div')) {
    let length = 0;
    for (let child = div.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) length += (child as Text).data.trim().length;
    }
    if (length > SCREEN.minContentLength) score += Math.sqrt(length - SCREEN.minContentLength);
    if (score > SCREEN.minScore) return score;
  }
  return score;
}

/**
 * Readability's score over every <p> and <pre>, with none of its exclusions: its screen skips
 * paragraphs inside list items (blogs that put each post in an <li>) and in elements whose class
 * looks unlikely, and rejected short real articles on the benchmark pages that way.
 */
function paragraphScore(doc: Document): number {
  let score = 0;
  for (const paragraph of doc.querySelectorAll('p, pre')) {
    const length = paragraph.textContent?.trim().length ?? 0;
    if (length > SCREEN.minContentLength) score += Math.sqrt(length - SCREEN.minContentLength);
    if (score > SCREEN.minScore) return score;
  }
  return score;
}

/** A JSON-LD type that names an article or a post. */
const ARTICLE_TYPE =
  /"@type"\s*:\s*\[?\s*"(?:News|Blog|Scholarly|Tech|Report(?:age|ing))?(?:Article|Posting)"/;

/**
 * Whether the page says it is an article: `og:type` "article" (or "article:…"), or a JSON-LD
 * Article, NewsArticle, BlogPosting… Home pages, search results and web apps say "website" or
 * nothing, so this lets a short real article through without letting those in.
 */
export function declaresArticle(doc: Document): boolean {
  const ogType = doc
    .querySelector('meta[property="og:type" i]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  if (ogType?.startsWith('article')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    if (ARTICLE_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}

/**
 * Cheap screen before extraction: false when the page has no paragraph-like text mass. A page
 * that declares itself an article needs only one paragraph longer than the screen's minimum
 * (a short post of two paragraphs was rejected on the snippets TUNE pages).
 */
export function pageIsArticleCandidate(doc: Document): boolean {
  if (isProbablyReaderable(doc, SCREEN) || textDivScore(doc) > SCREEN.minScore) return true;
  const score = paragraphScore(doc);
  return score > SCREEN.minScore || (score > 0 && declaresArticle(doc));
}

/** An index file's name, which serves the folder it is in: "index.html", "default.aspx". */
const INDEX_FILE = /^(?:index|default|home)\.[a-z]{2,5}$/i;
/** A language's root: "de", "en-gb", "pt_BR". */
const LANGUAGE_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2})?$/i;

/**
 * Whether `url` is a site's front door: its root, an index file or a language's root ("/",
 * "/index.html", "/fr/"), with no query. There `og:type=website` names a home or landing page.
 * Deeper down it names nothing: many sites send it with every page, their stories included (a
 * CMS's default), and a story at "/?p=123" is an address with a query.
 */
export function isSiteRoot(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { search, pathname } = new URL(url);
  if (search) return false;
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length > 0 && INDEX_FILE.test(segments.at(-1) ?? '')) segments.pop();
  return segments.length === 0 || (segments.length === 1 && LANGUAGE_SEGMENT.test(segments[0] ?? ''));
}

/**
 * Whether the extracted blocks read like an article rather than a list of links or tiles. `url`
 * is the page's address: at a site's root, a page of `og:type=website` must show paragraphs.
 */
export function looksLikeArticle(
  doc: Document,
  blocks: readonly Block[],
  text: string,
  url: string,
): boolean {
  if (text.length < MIN_TEXT_LENGTH && (text.length < MIN_DECLARED_TEXT_LENGTH || !declaresArticle(doc))) {
    return false;
  }
  let links = 0;
  let paragraphs = 0;
  let longParagraph = false;
  for (const block of blocks) {
    links += block.linkLength;
    if (block.text.length >= PARAGRAPH_LENGTH && block.linkLength < block.text.length / 2) {
      paragraphs++;
      if (block.text.length >= LONG_PARAGRAPH) longParagraph = true;
    }
  }
  if (links > MAX_LINK_SHARE * text.length) return false;
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.trim();
  if (ogType?.toLowerCase() !== 'website' || !isSiteRoot(url)) return true;
  return paragraphs >= MIN_PARAGRAPHS_FOR_WEBSITE || longParagraph;
}
