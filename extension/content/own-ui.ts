/**
 * Factmark's own nodes in the page: each a custom element hosting a *closed* shadow root (the
 * page's script cannot reach in, page CSS cannot reach in, our CSS cannot leak out), marked
 * `data-factmark` so DOM watching and click handling ignore it, and mounted at the end of the
 * root element, after the body. Untrusted events are stopped at the root of each
 * (trusted-events.ts), so a page cannot click or type in Factmark's UI for the reader.
 *
 * The styles are bundled into the content script as text and given to each root, rather than
 * fetched from the extension by every UI as it is made (WXT's `cssInjectionMode: 'ui'`): no
 * request per UI on every page, and no stylesheet the extension must expose to web pages
 * (`web_accessible_resources`), which a page could also probe for. (The card is a frame of an
 * extension page inside such a root: card-host.ts.)
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../components/card/card.css?inline';
import { guardUntrustedEvents } from './trusted-events';
import { UNFINDABLE_TEXT_CSS } from './unfindable-text';

/**
 * First in every root: a hidden host takes no room and draws nothing. WXT's reset
 * (`:host { all: initial !important }`) would otherwise undo the `hidden` attribute's
 * `display: none`, and a hidden selection button stayed on screen;
 * `!important` inside the root also wins over any rule of the page's.
 */
const HIDDEN_HOST_CSS = ':host([hidden]) { display: none !important; }';

/** Factmark's UI reads left to right (English, French), whatever the page's `dir`. */
const DIRECTION_CSS = ':host { direction: ltr !important; }';

const OWN_CSS = `${HIDDEN_HOST_CSS}\n${DIRECTION_CSS}\n${UNFINDABLE_TEXT_CSS}\n${cardCss}`;

/**
 * Removes Factmark's UI left on the page by an earlier copy of the content script: Firefox
 * injects the new copy into open tabs when the extension is reloaded or updated, and the old
 * copy's nodes stay, no longer drawn again (its marks would float over the text as it scrolls).
 * Called as the content script starts, before it makes its own.
 */
export function removeEarlierUi(doc: Document): void {
  for (const node of doc.querySelectorAll('[data-factmark]')) node.remove();
}

export async function createOwnUi(
  ctx: ContentScriptContext,
  name: string,
  options: {
    hidden?: boolean;
    isolateEvents?: boolean;
    onMount?(container: HTMLElement, host: HTMLElement): void;
    onRemove?(): void;
  } = {},
): Promise<ShadowRootContentScriptUi<void>> {
  const ui = await createShadowRootUi<void>(ctx, {
    name,
    css: OWN_CSS,
    mode: 'closed',
    position: 'inline',
    // Beside the body, not in it: a body with `transform`, `filter`, `will-change: transform` or
    // `contain: paint` would be the containing block of the UI's fixed boxes, placed in viewport
    // coordinates; and a page that replaces its body keeps Factmark's UI.
    anchor: 'html',
    isolateEvents: options.isolateEvents ?? false,
    onMount: (container, _shadow, host) => {
      host.setAttribute('data-factmark', '');
      host.hidden = options.hidden ?? false;
      options.onMount?.(container, host);
    },
    onRemove: options.onRemove,
  });
  guardUntrustedEvents(ui.shadow);
  return ui;
}
