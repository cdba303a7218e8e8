/**
 * What article detection hands to the rest of Factmark.
 */

/** One run of the article text taken from one live text node. */
export interface TextSegment {
  node: Text;
  /** Offsets of this run in `ExtractedArticle.text` (UTF-16 units). */
  start: number;
  end: number;
  /** Where the run starts inside `node.data`. */
  nodeOffset: number;
}

/** Article metadata, serialisable (what the CLI prints and storage keeps). */
export interface ArticleMetadata {
  url: string;
  title: string;
  lang: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

export interface ExtractedArticle extends ArticleMetadata {
  /** Main text: paragraphs joined by "\n\n", whitespace collapsed, boilerplate removed. */
  text: string;
  /** Text runs in the live document, in order, covering every character of `text` that came from a node. */
  segments: TextSegment[];
}
