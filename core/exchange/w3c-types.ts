/**
 * The W3C Web Annotation shapes Factmark writes (Web Annotation Data Model, W3C Recommendation
 * 2017), and the Factmark extension that carries what W3C has no term for.
 *
 * Extension (documented for other tools): the `@context` adds the prefix `factmark:` for
 * `urn:factmark:`. `factmark:article` (on the target) and `factmark:claim` (on the annotation)
 * are JSON literals (`@type: @json`, JSON-LD 1.1) holding the article and claim fields that
 * are not already in the annotation; `factmark:title` and `factmark:stance` on a linking body
 * hold the source's title and stance (supports, refutes or context). A reader that ignores the
 * extension still sees standard annotations: the verdict, note, tags, sources and anchors.
 */
import type { ArticleRecord, ClaimRecord, SourceStance } from '../model/fact-check';

/** The Web Annotation JSON-LD context. */
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Media type to save W3C exports with. */
export const W3C_MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

/** The context of Factmark's W3C exports: the standard one first, then the extension terms. */
export const W3C_CONTEXT = [
  ANNO_CONTEXT,
  {
    factmark: 'urn:factmark:',
    'factmark:article': { '@type': '@json' },
    'factmark:claim': { '@type': '@json' },
  },
] as const;

/** Article fields carried by `factmark:article` (the URL is the target's `source`). */
type W3cArticleExtension = Omit<ArticleRecord, 'url'>;

/** Claim fields carried by `factmark:claim` (anchors are the target's selectors). */
type W3cClaimExtension = Pick<ClaimRecord, 'id' | 'text' | 'place' | 'origin' | 'score' | 'createdAt'>;

/** A verdict, note or tag. For `assessing`, `value` is the verdict id from the fixed scale. */
export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'assessing' | 'commenting' | 'tagging';
  value: string;
  format: 'text/plain';
}

/** A source, with the quoted passage of it as a TextQuoteSelector when there is one. */
export interface W3cSourceBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
  selector?: { type: 'TextQuoteSelector'; exact: string };
  'factmark:title': string;
  'factmark:stance': SourceStance;
}

/** The claim's passage in the article, as it was when the claim was anchored. */
interface W3cTarget {
  type: 'SpecificResource';
  source: string;
  selector: [
    { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
    { type: 'TextPositionSelector'; start: number; end: number },
  ];
  /** When the page copy was judged, and (Factmark) the fingerprint of that article version. */
  state: { type: 'TimeState'; sourceDate: string; 'factmark:fingerprint'?: string };
  'factmark:article': W3cArticleExtension;
}

/** One fact-check as an annotation. */
export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  /** The desk member who wrote the fact-check (desk sync), as the Web Annotation model names one. */
  creator?: { type: 'Person'; name: string };
  body?: (W3cTextualBody | W3cSourceBody)[];
  target: W3cTarget;
  'factmark:claim': W3cClaimExtension;
}

/** An export: a collection whose single embedded page holds every annotation. */
export interface W3cAnnotationCollection {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}
