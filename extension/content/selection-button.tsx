/**
 * A small "Fact-check" button by the reader's text selection inside the article. It appears
 * when the reader's selection ends (mouse or keyboard), goes away when the selection collapses,
 * and opens the card on the selected passage. Lives in its own closed shadow root; events a page's
 * script dispatches are ignored.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import type { ExtractedArticle } from '../../core/article/types';
import { createOwnUi } from './own-ui';
import { selectionOffsets } from './selection-offsets';
import { isTrusted } from './trusted-events';

export async function installSelectionButton(
  ctx: ContentScriptContext,
  article: () => ExtractedArticle | null,
  onFactCheck: (passage: { start: number; end: number }) => void,
): Promise<void> {
  let passage: { start: number; end: number } | null = null;
  const ui = await createOwnUi(ctx, 'factmark-select', {
    hidden: true,
    onMount: (container, host) => {
      const current = article();
      const { t } = translator(uiLocaleFor(current?.lang));
      render(
        <button
          type="button"
          class="fm-select-button"
          data-testid="factmark-select-button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            if (!isTrusted(event)) return;
            host.hidden = true;
            if (passage) onFactCheck(passage);
          }}
        >
          {t('factCheckButton')}
        </button>,
        container,
      );
    },
  });
  ui.mount();
  const host = ui.shadowHost;

  const update = () => {
    const current = article();
    const selection = document.getSelection();
    passage = current && selection ? selectionOffsets(current, selection) : null;
    if (!passage || !selection || selection.rangeCount === 0) {
      host.hidden = true;
      return;
    }
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    const button = ui.uiContainer.firstElementChild as HTMLElement | null;
    if (button) {
      button.style.top = `${Math.round(Math.min(rect.bottom + 6, innerHeight - 40))}px`;
      button.style.left = `${Math.round(Math.min(rect.right, innerWidth - 120))}px`;
    }
    host.hidden = false;
  };
  // A page's script can select text and dispatch these events; only the reader's own input shows
  // the button.
  ctx.addEventListener(document, 'mouseup', (event) => {
    if (isTrusted(event)) ctx.setTimeout(update, 0);
  });
  ctx.addEventListener(document, 'keyup', (event) => {
    if (isTrusted(event) && (event.shiftKey || event.key === 'Shift')) update();
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    if (document.getSelection()?.isCollapsed) host.hidden = true;
  });
}
