/**
 * A page the tab shows again (restored from the back/forward cache) or at last (activated after
 * Chrome prerendered it) missed the announcements made meanwhile, and the background does not
 * know it as the tab's page (messaging/tab-sites.ts): it says it is here, and reads its
 * fact-checks again.
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

export function rejoinWhenShownAgain(ctx: ContentScriptContext, session: PageSession): void {
  const rejoin = () => {
    // Any request names the page to the background; a ping whatever the page holds.
    requestBackground({ type: 'ping' }).catch(() => undefined);
    void session.reloadAnnotations();
  };
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (isTrusted(event) && event.persisted) rejoin();
  });
  ctx.addEventListener(document, 'prerenderingchange', (event) => {
    if (isTrusted(event)) rejoin();
  });
}
