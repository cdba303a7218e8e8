/**
 * The content script's context, silent towards the page. WXT's own `ContentScriptContext`
 * announces each start to the page (a `CustomEvent` on `document`, and a `postMessage` that
 * hands every page script the extension's id) and stops itself when the page's document carries
 * that event again, which it takes for a newer copy of the script. Any page's script can send
 * that event: it would switch Factmark off on its own pages, hiding the reader's verdicts there.
 * This context neither announces nor listens; it ends only when the extension itself goes away
 * (WXT's check of `runtime.id`), the one end no page can forge.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export class SilentContentScriptContext extends ContentScriptContext {
  override stopOldScripts(): void {
    // Nothing is announced to the page.
  }

  override listenForNewerScripts(): void {
    // Nothing the page dispatches can end this context.
  }
}
