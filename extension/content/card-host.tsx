/**
 * Mounts the annotation card beside a passage, in a shadow root so the page's CSS cannot reach
 * it, and connects it to storage through the background: the first save creates the fact-check
 * (with its W3C selectors), later saves update it. Closing returns focus to where it was.
 */
import { render } from 'preact';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FactCheckCard } from '../../components/card/FactCheckCard';
import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { describeRange } from '../../core/anchoring/describe';
import { articleMetadata } from '../../core/article/article-metadata';
import { rangesForOffsets } from '../../core/article/text-range';
import type { ExtractedArticle } from '../../core/article/types';
import { fingerprintOf } from '../../core/model/ids';
import type { FactCheckFields } from '../../storage/fact-checks';
import { requestBackground } from '../messaging/request';
import { createOwnUi } from './own-ui';
import { describeSaveFailure } from './save-failure';

export interface CardTarget {
  start: number;
  end: number;
  origin: 'detected' | 'manual';
  score: number | null;
  /** The fact-check to edit; absent for a passage not fact-checked yet. */
  factCheckId?: string;
  initial: FactCheckFields;
  /** The saved claim's words changed since it was checked: its id and the text as checked. */
  change?: { claimId: string; was: string };
}

const EMPTY: FactCheckFields = { verdict: null, sources: [], note: '', tags: [] };
export const emptyFields = (): FactCheckFields => ({ ...EMPTY, sources: [], tags: [] });

let open: ShadowRootContentScriptUi<void> | null = null;

/** Fingerprints of the article texts already kept as versions from this page load. */
const recordedVersions = new Set<string>();

/** Where the card goes: below the passage when there is room, otherwise above it. */
function placeBeside(host: HTMLElement, article: ExtractedArticle, target: CardTarget): void {
  const [range] = rangesForOffsets(article, target.start, target.end);
  const rect = range?.getBoundingClientRect();
  if (!rect) return;
  const top = rect.bottom + 8 < innerHeight - 200 ? rect.bottom + 8 : Math.max(8, rect.top - 420);
  host.style.setProperty('--fm-card-top', `${Math.round(top)}px`);
  host.style.setProperty('--fm-card-left', `${Math.round(Math.min(rect.left, innerWidth - 396))}px`);
}

export async function openCard(
  ctx: ContentScriptContext,
  article: ExtractedArticle,
  target: CardTarget,
): Promise<void> {
  open?.remove();
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const i18n = translator(uiLocaleFor(article.lang));
  const claimText = article.text.slice(target.start, target.end);
  let factCheckId = target.factCheckId;
  // Computed before the card opens so that a save reaches sendMessage without an await: a tab
  // closing right after the last keystroke still gets its pending save out.
  const fingerprint = await fingerprintOf(article.text);

  // Once per page load, the article text a fact-check is saved on is kept as a version.
  const recordVersion = () => {
    if (recordedVersions.has(fingerprint)) return;
    recordedVersions.add(fingerprint);
    requestBackground({ type: 'recordArticleVersion', url: article.url, text: article.text }).catch(
      (error: unknown) => {
        recordedVersions.delete(fingerprint);
        console.error('Factmark: the version of the article checked was not kept', error);
      },
    );
  };
  // The reader confirms or revises a changed claim's verdict: the claim now quotes today's text.
  let rebased = target.change === undefined;
  const rebase = async () => {
    if (rebased || !target.change) return;
    const { quote, position } = describeRange(article.text, target.start, target.end);
    await requestBackground({
      type: 'rebaseClaim',
      claimId: target.change.claimId,
      claim: { text: claimText, quote, position },
      fingerprint,
    });
    rebased = true;
    recordVersion();
  };
  const save = (fields: FactCheckFields) =>
    send(fields)
      .then(async () => {
        recordVersion();
        await rebase();
      })
      .catch((error: unknown) => {
        console.error('Factmark: the fact-check was not saved', error);
        throw new Error(describeSaveFailure(i18n, error));
      });
  const send = async (fields: FactCheckFields) => {
    if (factCheckId) {
      await requestBackground({ type: 'updateFactCheck', id: factCheckId, changes: fields });
      return;
    }
    const { quote, position } = describeRange(article.text, target.start, target.end);
    const saved = await requestBackground({
      type: 'createFactCheck',
      draft: {
        ...fields,
        article: { ...articleMetadata(article), fingerprint },
        claim: { text: claimText, quote, position, origin: target.origin, score: target.score },
      },
    });
    factCheckId = saved.factCheck.id;
  };
  const close = () => {
    ui.remove();
    if (open === ui) open = null;
    returnFocus?.focus();
  };

  const ui = await createOwnUi(ctx, 'factmark-card', {
    isolateEvents: true,
    onMount: (container, host) => {
      placeBeside(host, article, target);
      render(
        <TranslatorContext.Provider value={i18n}>
          <FactCheckCard
            claimText={claimText}
            initial={target.initial}
            stored={target.factCheckId !== undefined}
            onSave={save}
            onClose={close}
            change={target.change && { was: target.change.was, now: claimText, onConfirm: rebase }}
          />
        </TranslatorContext.Provider>,
        container,
      );
    },
    onRemove: () => render(null, ui.uiContainer),
  });
  ui.mount();
  open = ui;
}
