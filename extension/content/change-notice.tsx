/**
 * The in-page notice that the article changed since the reader checked it (components/
 * ChangeNotice.tsx), in its own closed shadow root: the page never sees the date, the diff or
 * that the reader fact-checked this article. Shown when the page state carries a change the
 * reader has not dismissed; a dismissal is stored with the version compared with
 * (storage/article-versions.ts), so it holds on later visits too, until the text changes again.
 * The side panel still shows the notice.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ChangeNotice } from '../../components/ChangeNotice';
import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import type { PageState } from '../../core/messaging/page-state';
import { requestBackground } from '../messaging/request';
import { createOwnUi } from './own-ui';

/** Shows `state.change`, if any and not dismissed; call with every new page state. */
export type ChangeNoticeView = (state: PageState) => void;

/** Which change the reader dismissed: the version compared with and the text it was compared to. */
const keyOf = (change: NonNullable<PageState['change']>) =>
  JSON.stringify([change.fingerprint, change.nowFingerprint]);

export async function installChangeNotice(ctx: ContentScriptContext): Promise<ChangeNoticeView> {
  // The host never changes (no `hidden` toggled on it): the page would learn that the reader
  // checked this article. The notice comes and goes inside the closed root.
  const ui = await createOwnUi(ctx, 'factmark-change-notice');
  ui.mount();
  let dismissed: string | null = null;
  let shown: string | null = null;
  const show: ChangeNoticeView = (state) => {
    const change = state.change;
    const key = change ? keyOf(change) : null;
    if (!change || change.dismissed || key === dismissed || !state.article) {
      if (shown !== null) render(null, ui.uiContainer);
      shown = null;
      return;
    }
    if (key === shown) return;
    shown = key;
    const url = state.article.url;
    const dismiss = () => {
      dismissed = key;
      show(state);
      requestBackground({
        type: 'dismissChangeNotice',
        url,
        checkedFingerprint: change.fingerprint,
        nowFingerprint: change.nowFingerprint,
      }).catch((error: unknown) =>
        // Hidden for this visit all the same; it shows again on the next one.
        console.error('Factmark: the dismissal of the change notice was not kept', error),
      );
    };
    render(
      <TranslatorContext.Provider value={translator(uiLocaleFor(state.article.lang))}>
        <ChangeNotice change={change} onDismiss={dismiss} inPage />
      </TranslatorContext.Provider>,
      ui.uiContainer,
    );
  };
  ctx.onInvalidated(() => render(null, ui.uiContainer));
  return show;
}
