/**
 * A page the tab shows again (restored from the back/forward cache) or at last (activated after
 * Chrome prerendered it) missed the announcements made meanwhile, and the background does not
 * know it as the tab's page (messaging/tab-sites.ts): it says it is here, and reads its
 * fact-checks again. So does a page the background asks to, in Firefox, once the tab has
 * finished loading (the `rejoin` request).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { requestBackground } from '../messaging/request';
import type { PageSession } from './page-session';
import { isTrusted } from './trusted-events';

declare global {
  /** Fired on a prerendered document as its tab shows it (Chrome; not in TypeScript's DOM). */
  interface DocumentEventMap {
    prerenderingchange: Event;
  }
}

/**
 * Names the page to the background (any request does; a ping whatever the page holds) and reads
 * its fact-checks again. Also what the page does when the background asks it to (`rejoin`).
 */
export function rejoin(session: PageSession): void {
  requestBackground({ type: 'ping' }).catch(() => undefined);
  void session.reloadAnnotations();
}

export function rejoinWhenShownAgain(ctx: ContentScriptContext, session: PageSession): void {
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (isTrusted(event) && event.persisted) rejoin(session);
  });
  ctx.addEventListener(document, 'prerenderingchange', (event) => {
    if (isTrusted(event)) rejoin(session);
  });
}
