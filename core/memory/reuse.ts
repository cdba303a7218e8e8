/**
 * What an earlier check lends to a passage of another page when the reader reuses it: its
 * verdict and sources, plus a link back to where it was checked (the earlier article, or the
 * fact-checker's review as a source whose stance follows its verdict). Used by the side panel's
 * "Reuse" and by the in-page card's, so both save the same fact-check.
 */
import type { EarlierCheck } from '../model/claim-memory';
import type { Source } from '../model/fact-check';
import type { Verdict } from '../model/verdict';

/** How a published verdict bears on the claim, for the source it becomes. */
function stanceOf(verdict: Verdict | null): Source['stance'] {
  if (verdict === 'true' || verdict === 'mostly-true') return 'supports';
  if (verdict === 'false' || verdict === 'mostly-false' || verdict === 'misleading') return 'refutes';
  return 'context';
}

/** The verdict and sources an earlier check lends to this page's passage. */
export function reusedFields(earlier: EarlierCheck): { verdict: Verdict | null; sources: Source[] } {
  if (earlier.kind === 'published') {
    const title = [earlier.reviewer, earlier.rating].filter(Boolean).join(': ') || earlier.claimText;
    return {
      verdict: earlier.verdict,
      sources: [{ url: earlier.url, title, stance: stanceOf(earlier.verdict) }],
    };
  }
  const sources = [...earlier.sources];
  if (!sources.some((source) => source.url === earlier.articleUrl)) {
    sources.push({ url: earlier.articleUrl, title: earlier.articleTitle || earlier.site, stance: 'context' });
  }
  return { verdict: earlier.verdict, sources };
}
