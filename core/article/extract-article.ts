/**
 * Detects the article in a page and returns its text mapped onto the page's own text nodes.
 *
 * Pipeline: quick "is this an article?" screen on the live page → deep clone paired with the live
 * text nodes → Readability on the clone (it mutates what it parses) → the content element split
 * into blocks built from the *live* text nodes → boilerplate blocks dropped by exact rules
 * (./body-blocks.ts: navigation runs, still images' captions, teaser/prompt/credit lines, date
 * lines unless a data table's cells, lone bare URLs) → then those the block classifier scores as
 * boilerplate (./block-classifier.ts) → the blocks of boxes named for prompts, disclaimers,
 * author boxes, comments or still images' captions (./named-boxes.ts) and the headings left
 * heading nothing (./orphan-headings.ts) → the standfirst above the body put back in front →
 * text + segments → metadata (the title cut to the part the page shows as its headline:
 * ./article-title.ts). The live document is only read, never changed. Pure: no globals, the
 * document is passed in, so the content script, the CLI and tests all run the same code.
 */
import { Readability } from '@mozilla/readability';
import { articleTitle } from './article-title';
import { assemble } from './assemble';
import { dropUnlikelyBlocks } from './block-classifier';
import { bodyBlocks } from './body-blocks';
import { cloneWithTextMap } from './clone-map';
import { detectLanguage } from './detect-lang';
import { looksLikeArticle, pageIsArticleCandidate } from './is-article';
import { dropOrphanHeadings } from './orphan-headings';
import { publishedTimeOf, siteNameOf } from './page-metadata';
import { dropNamedBoxes } from './named-boxes';
import { withStandfirst } from './standfirst';
import { canonicalUrl } from './canonical-url';
import type { ExtractedArticle } from './types';

export interface ExtractOptions {
  /** The address the page was loaded from; defaults to `doc.URL`. */
  url?: string;
}

/**
 * The article of `doc`, or null when the page is not an article (home page, search results,
 * web app, too little text). `segments` point into `doc`'s own text nodes.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  if (!doc.body || !pageIsArticleCandidate(doc)) return null;
  const { clone, liveOf } = cloneWithTextMap(doc);
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  if (!parsed?.content) return null;

  const kept = dropUnlikelyBlocks(doc, bodyBlocks(parsed.content, liveOf));
  const blocks = withStandfirst(doc, dropOrphanHeadings(dropNamedBoxes(kept)));
  const { text, segments } = assemble(blocks);
  const url = options.url ?? doc.URL;
  if (!looksLikeArticle(doc, blocks, text, url)) return null;

  return {
    url: canonicalUrl(doc, url),
    title: articleTitle(doc, parsed.title),
    lang: detectLanguage(doc, text),
    byline: parsed.byline?.trim() || null,
    siteName: siteNameOf(doc, parsed.siteName),
    publishedTime: publishedTimeOf(doc, parsed.publishedTime),
    text,
    segments,
  };
}
