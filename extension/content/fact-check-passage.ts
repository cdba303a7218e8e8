/**
 * Opens the card on a passage of the article (of its text or its title): the reader's fact-check
 * when the passage has one, a new one otherwise (a detected claim keeps its score; a hand
 * selection is `manual`). A passage repeating a claim checked on another page brings that earlier
 * check along (claim memory).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Passage, passageOf } from '../../core/messaging/page-state';
import { type CardTarget, emptyFields, openCard } from './card-host';
import type { PageSession } from './page-session';

function targetFor(session: PageSession, passage: Passage): CardTarget {
  const earlier = session.earlierCheckFor(passage);
  return earlier ? { ...ownTarget(session, passage), earlier } : ownTarget(session, passage);
}

function ownTarget(session: PageSession, passage: Passage): CardTarget {
  const hit = session.passageAt(passage.start, passage.place);
  const sameSpan = hit && hit.start === passage.start && hit.end === passage.end;
  const at = passageOf(passage.start, passage.end, passage.place);
  if (sameSpan && 'factCheckId' in hit) {
    const saved = session.savedFactCheck(hit.factCheckId);
    return {
      ...at,
      origin: 'detected',
      score: null,
      factCheckId: hit.factCheckId,
      ...(hit.status === 'changed' ? { change: { claimId: hit.claimId, was: hit.quote } } : {}),
      ...(saved?.author ? { author: saved.author } : {}),
      ...(saved?.conflicts?.length ? { conflicts: saved.conflicts } : {}),
      initial: saved
        ? { verdict: saved.verdict, sources: saved.sources, note: saved.note, tags: saved.tags }
        : emptyFields(),
      ...(saved ? { dates: { createdAt: saved.createdAt, updatedAt: saved.updatedAt } } : {}),
    };
  }
  if (sameSpan && 'score' in hit)
    return { ...at, origin: 'detected', score: hit.score, initial: emptyFields() };
  return { ...at, origin: 'manual', score: null, initial: emptyFields() };
}

export async function factCheckPassage(ctx: ContentScriptContext, session: PageSession, passage: Passage) {
  const article = session.currentArticle;
  if (!article) return false;
  session.select(passage);
  await openCard(
    ctx,
    article,
    targetFor(session, passage),
    () => session.currentArticle,
    () => session.afterOwnWrite(),
  );
  return true;
}
