/**
 * Hovering a fact-checked claim shows its verdict (highlights are not elements, so they cannot
 * carry a title): a small label by the pointer, in its own shadow root, in the article's
 * language, with the name of the desk member who wrote it and whether teammates' verdicts
 * disagree (desk sync). Pointer moves are sampled at most once per animation frame. It goes when
 * the page scrolls (a moved claim would leave it labelling another sentence), on Escape, on a click
 * (the card opens over the claim) and when the pointer leaves the window.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { VERDICT_COLOURS } from '../../core/model/verdict';
import { VERDICT_MARKS } from '../../core/model/verdict-marks';
import { textPointAt } from './click-to-select';
import { createOwnUi } from './own-ui';
import type { PageSession } from './page-session';
import { isTrusted } from './trusted-events';
import { UnfindableText } from './unfindable-text';

export async function installVerdictTooltip(ctx: ContentScriptContext, session: PageSession): Promise<void> {
  // The host never changes (no `hidden` toggled on it): the page would see it shown each time the
  // reader's pointer rests on a checked claim. The label comes and goes inside the closed root.
  const ui = await createOwnUi(ctx, 'factmark-tooltip');
  ui.mount();
  let pending = false;
  let shown = false;
  const hide = () => {
    if (!shown) return;
    shown = false;
    render(null, ui.uiContainer);
  };

  const show = (event: MouseEvent) => {
    pending = false;
    const article = session.currentArticle;
    const point = article ? textPointAt(document, event) : null;
    const passage = point ? session.passageAtPoint(point.node, point.offset) : undefined;
    if (!article || !passage || !('factCheckId' in passage) || !passage.verdict) {
      hide();
      return;
    }
    const i18n = translator(uiLocaleFor(article.lang));
    const saved = session.savedFactCheck(passage.factCheckId);
    render(
      <span
        role="tooltip"
        class="fm-tooltip"
        data-testid="verdict-tooltip"
        style={{
          top: `${event.clientY + 14}px`,
          left: `${event.clientX + 10}px`,
          borderColor: VERDICT_COLOURS[passage.verdict],
        }}
      >
        <UnfindableText text={`${VERDICT_MARKS[passage.verdict].symbol} `} decorative />
        <UnfindableText
          text={[
            i18n.t('verdictIs', { verdict: i18n.verdict(passage.verdict) }),
            saved?.author ? ` (${i18n.t('conflictBy', { author: saved.author })})` : '',
            passage.status === 'changed' ? ` (${i18n.t('changedShort')})` : '',
            (saved?.conflicts?.length ?? 0) > 0 ? ` (${i18n.t('conflictShort')})` : '',
          ].join('')}
        />
      </span>,
      ui.uiContainer,
    );
    shown = true;
  };
  // The reader's own scroll, click, key or pointer only, as for every handler of Factmark's.
  const hideOn = (event: Event, when = true) => {
    if (when && isTrusted(event)) hide();
  };
  ctx.addEventListener(document, 'scroll', (event) => hideOn(event), { capture: true, passive: true });
  ctx.addEventListener(document, 'pointerdown', (event) => hideOn(event), { capture: true });
  ctx.addEventListener(document, 'keydown', (event) => hideOn(event, event.key === 'Escape'), {
    capture: true,
  });
  ctx.addEventListener(document, 'mouseout', (event) => hideOn(event, event.relatedTarget === null));
  ctx.addEventListener(document, 'mousemove', (event) => {
    // A page's script could move a synthetic pointer over each claim to have the tooltip tell it
    // the verdict: only the reader's own pointer shows it.
    if (pending || !isTrusted(event)) return;
    pending = true;
    ctx.requestAnimationFrame(() => show(event));
  });
}
