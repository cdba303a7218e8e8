/**
 * Moving through the page's claims from the keyboard: Alt+Shift+N opens the next claim (detected
 * or fact-checked) and Alt+Shift+P the previous one, scrolled into view, with the card open and
 * focused; the live region says which claim it is and what it is (to check and its score, or
 * fact-checked and its verdict). The keys work from the page and from inside the card; not in
 * the page's own text fields, where they may mean something else. In-page keys rather than
 * `commands`: Chrome lets an extension suggest at most four shortcuts, and these need no round
 * trip through the background.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { navigationDirection } from '../../core/keyboard/claim-keys';
import type { Announcer } from './announcer';
import { setCardNavigation } from './card-host';
import { type ClaimStop, claimStops, nextStop } from './claim-stops';
import { factCheckPassage } from './fact-check-passage';
import type { PageSession } from './page-session';
import { isTrusted } from './trusted-events';

function isPageTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
  );
}

export function installClaimNavigation(
  ctx: ContentScriptContext,
  session: PageSession,
  announcer: Announcer,
): void {
  const describe = (stop: ClaimStop, index: number, total: number, lang: string) => {
    const i18n = translator(uiLocaleFor(lang));
    const position = { index: index + 1, total };
    if (stop.kind === 'detected') {
      return i18n.t('navDetected', { ...position, score: Math.round(stop.score * 100) });
    }
    return stop.verdict
      ? i18n.t('navChecked', { ...position, verdict: i18n.verdict(stop.verdict) })
      : i18n.t('navUnrated', position);
  };

  const move = (direction: 1 | -1) => {
    const article = session.currentArticle;
    if (!article) return;
    const stops = claimStops(session.pageState);
    const index = nextStop(stops, session.pageState.selected, direction);
    const stop = stops[index];
    if (!stop) {
      announcer.announce(translator(uiLocaleFor(article.lang)).t('navNone'));
      return;
    }
    session.scrollTo(stop);
    announcer.announce(describe(stop, index, stops.length, article.lang));
    void factCheckPassage(ctx, session, stop);
  };

  ctx.addEventListener(document, 'keydown', (event) => {
    const direction = navigationDirection(event);
    if (direction === null || !isTrusted(event) || isPageTextField(event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    move(direction);
  });
  // Inside the card's frame, the frame reads the keys (extension/card/card-frame.tsx).
  setCardNavigation(move);
}
