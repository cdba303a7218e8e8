/**
 * Factmark's own nodes in the page: each a custom element hosting a shadow root (page CSS cannot
 * reach in, our CSS cannot leak out), marked `data-factmark` so DOM watching and click handling
 * ignore it, and mounted at the end of the body.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

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
  return createShadowRootUi<void>(ctx, {
    name,
    position: 'inline',
    anchor: 'body',
    isolateEvents: options.isolateEvents ?? false,
    onMount: (container, _shadow, host) => {
      host.setAttribute('data-factmark', '');
      host.hidden = options.hidden ?? false;
      options.onMount?.(container, host);
    },
    onRemove: options.onRemove,
  });
}
