/**
 * A live region for screen readers, inside Factmark's own closed shadow root (what it says is the
 * reader's: verdicts): `announce` replaces its text, which assistive technology reads out
 * politely. It is visually hidden, not `hidden` (a hidden region is never read).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOwnUi } from './own-ui';
import { showUnfindable } from './unfindable-text';

export interface Announcer {
  announce(text: string): void;
}

export async function installAnnouncer(ctx: ContentScriptContext): Promise<Announcer> {
  let region: HTMLElement | null = null;
  const ui = await createOwnUi(ctx, 'factmark-live', {
    onMount: (container) => {
      region = document.createElement('p');
      region.className = 'fm-visually-hidden fm-live';
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      region.dataset.testid = 'factmark-live';
      container.append(region);
    },
  });
  ui.mount();
  return {
    announce(text) {
      if (!region) return;
      // The region stays; its words come in a node added to it, the change screen readers
      // announce most surely (generated content changed in place may rebuild the region's
      // accessible node instead). Emptied first: the same words twice in a row are read again.
      region.replaceChildren();
      const target = region;
      ctx.setTimeout(() => {
        const words = document.createElement('span');
        showUnfindable(words, text);
        target.append(words);
      }, 50);
    },
  };
}
