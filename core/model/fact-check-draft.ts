/**
 * What a fact-check is made from before it is stored: the fields the reader edits (card, review
 * page) and the draft a page sends to create one. Storage validates and files them
 * (storage/fact-checks.ts); the messaging schemas hold them to the import limits.
 */
import type { ArticleMetadata } from '../article/types';
import type {
  ClaimOrigin,
  ClaimPlace,
  FactCheckRecord,
  TextPositionSelector,
  TextQuoteSelector,
} from './fact-check';

/** The editable part of a fact-check: what the card and the review page change. */
export type FactCheckFields = Pick<FactCheckRecord, 'verdict' | 'sources' | 'note' | 'tags'>;

/** Everything needed to create a fact-check on a passage of a page. */
export interface FactCheckDraft extends FactCheckFields {
  article: ArticleMetadata & { fingerprint: string };
  claim: {
    text: string;
    quote: TextQuoteSelector;
    position: TextPositionSelector;
    place?: ClaimPlace;
    origin: ClaimOrigin;
    score: number | null;
  };
}
