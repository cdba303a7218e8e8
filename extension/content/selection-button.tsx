/**
 * A small "Fact-check" button by the reader's text selection inside the article. It appears
 * when the reader's selection ends (mouse or keyboard), goes away when the selection collapses
 * or a card is open (it would sit on top of it), and opens the card on the selected passage. It
 * speaks the article's language, read when it shows (the article is often not analysed yet when
 * the button is installed). Lives in its own closed shadow root; events a page's script
 * dispatches are ignored.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import type { ExtractedArticle } from '../../core/article/types';
import type { Passage } from '../../core/messaging/page-state';
import { isCardOpen } from './card-host';
import { createOwnUi } from './own-ui';
import { selectedPassage } from './selection-offsets';
import { isTrusted } from './trusted-events';
import { UnfindableText } from './unfindable-text';

export async function installSelectionButton(
  ctx: ContentScriptContext,
  article: () => ExtractedArticle | null,
  onFactCheck: (passage: Passage) => void,
): Promise<void> {
  let passage: Passage | null = null;
  const ui = await createOwnUi(ctx, 'factmark-select', { hidden: true });
  ui.mount();
  const host = ui.shadowHost;

  const show = (lang: string | null, rect: DOMRect) => {
    const { t } = translator(uiLocaleFor(lang));
    render(
      <button
        type="button"
        class="fm-select-button"
        data-testid="factmark-select-button"
        style={{
          top: `${Math.round(Math.min(rect.bottom + 6, innerHeight - 40))}px`,
          left: `${Math.round(Math.min(rect.right, innerWidth - 120))}px`,
        }}
        onMouseDown={(event) => event.preventDefault()}
        onClick={(event) => {
          if (!isTrusted(event)) return;
          host.hidden = true;
          if (passage) onFactCheck(passage);
        }}
      >
        <UnfindableText text={t('factCheckButton')} />
      </button>,
      ui.uiContainer,
    );
    host.hidden = false;
  };

  const update = () => {
    const current = article();
    const selection = document.getSelection();
    passage = current && selection ? selectedPassage(document, current, selection) : null;
    if (!current || !passage || !selection || selection.rangeCount === 0 || isCardOpen()) {
      host.hidden = true;
      return;
    }
    show(current.lang, selection.getRangeAt(0).getBoundingClientRect());
  };
  // A page's script can select text and dispatch these events; only the reader's own input shows
  // the button.
  ctx.addEventListener(document, 'mouseup', (event) => {
    if (isTrusted(event) && !event.composedPath().includes(host)) ctx.setTimeout(update, 0);
  });
  ctx.addEventListener(document, 'keyup', (event) => {
    if (isTrusted(event) && (event.shiftKey || event.key === 'Shift')) update();
  });
  ctx.addEventListener(document, 'selectionchange', () => {
    if (document.getSelection()?.isCollapsed) host.hidden = true;
  });
  // Placed in the viewport beside the selection: it moves with it when the page scrolls or resizes.
  const follow = (event: Event) => {
    if (!host.hidden && isTrusted(event)) update();
  };
  ctx.addEventListener(document, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });
}
