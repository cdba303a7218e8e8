/**
 * Opens the annotation card beside a passage and connects it to storage through the background:
 * the first save creates the fact-check (with its W3C selectors), later saves update it. The card
 * is an extension page in a frame (card-protocol.ts, extension/card/card-frame.tsx), hosted in a
 * closed shadow root: the page's script sees neither the card nor the keys, input and clicks the
 * reader gives it, and the frame keeps one size whatever the card holds. This module knows the
 * article and does the writing; the frame shows the card and reports what the reader does.
 *
 * The card follows the claim (card-placement.ts) and closes, saving first, on Escape (in the card,
 * or after tabbing out of it), on the reader's click outside it (a click: not a drag, which may be
 * a quote being selected or a link dragged into the card), or when another claim's card is asked
 * for. A card with unsaved work (a failed save, a source still without its link) stays open in
 * each case, and another claim's card is not opened over it. Closing returns focus to where it
 * was, or puts the caret at the claim.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import * as v from 'valibot';
import type { FactCheckDates } from '../../components/card/FactCheckCard';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { changedFields } from '../../core/model/changed-fields';
import { describeRange } from '../../core/anchoring/describe';
import { articleMetadata } from '../../core/article/article-metadata';
import type { ExtractedArticle } from '../../core/article/types';
import type { Passage } from '../../core/messaging/page-state';
import type { EarlierCheck } from '../../core/model/claim-memory';
import { fingerprintOf } from '../../core/model/ids';
import type { FactCheckFields } from '../../core/model/fact-check-draft';
import type { ConflictingVersion, VersionContent } from '../../core/sync/conflicts';
import {
  CARD_PAGE,
  type CardAction,
  type CardView,
  FrameMessageSchema,
  type HostMessage,
} from '../messaging/card-protocol';
import { requestBackground } from '../messaging/request';
import { cardFrameConnection } from './card-frame-port';
import { claimReference, followClaim } from './card-placement';
import { watchMoves } from './frame-moves';
import { createOwnUi } from './own-ui';
import { passageRanges, passageSource, passageText } from './passage-ranges';
import { describeRequestFailure } from '../messaging/request-failure';
import { isTrusted } from './trusted-events';
import { errorMessage } from '../../core/text/error-message';
import { savedOnText } from '../../core/messaging/protocol';

export interface CardTarget extends Passage {
  origin: 'detected' | 'manual';
  score: number | null;
  /** The fact-check to edit; absent for a passage not fact-checked yet. */
  factCheckId?: string;
  initial: FactCheckFields;
  /** The stored fact-check's dates (with `factCheckId`). */
  dates?: FactCheckDates;
  /** The saved claim's words changed since it was checked: its id and the text as checked. */
  change?: { claimId: string; was: string };
  /** The claim repeats one checked on another page (claim memory). */
  earlier?: EarlierCheck;
  /** Desk sync: who wrote the fact-check, and teammates' versions that disagree with it. */
  author?: string;
  conflicts?: ConflictingVersion[];
}

/**
 * How far (CSS px) the pointer may move between press and release for a click outside the card to
 * close it: past a hand's tremor, short of any drag that selects a word (not tuned).
 */
const DRAG_DISTANCE = 6;

const EMPTY: FactCheckFields = { verdict: null, sources: [], note: '', tags: [] };
export const emptyFields = (): FactCheckFields => ({ ...EMPTY, sources: [], tags: [] });

let open: ShadowRootContentScriptUi<void> | null = null;
/** The open card's own close: saves, then closes and answers true, or stays and answers false. */
let closeOpen: () => Promise<boolean> = async () => true;
/** Cards being opened (openCard awaits before the card shows). */
let opening = 0;
/**
 * Settles once the card being made is the open one (or was not made). The next card waits for
 * it, so that it finds that card open and replaces it: two claims clicked in a row, the second
 * while the first card is still being made, give one card, the second's.
 */
let mounting: Promise<void> = Promise.resolve();

/** Fingerprints of the article texts kept as versions by a save from this page load. */
const recordedVersions = new Set<string>();

/** Alt+Shift+N or P pressed inside the card (claim-navigation.ts). */
let navigateFromCard: (direction: 1 | -1) => void = () => {};

export function setCardNavigation(navigate: (direction: 1 | -1) => void): void {
  navigateFromCard = navigate;
}

/** Whether a card is open or opening on this page (the selection button stays out of its way). */
export function isCardOpen(): boolean {
  return open !== null || opening > 0;
}

/**
 * Puts the caret at the claim's start: the claim is text, not an element that can take focus, and
 * the caret is where keyboard reading (caret browsing, a screen reader's cursor) resumes.
 */
function caretAtClaim(article: ExtractedArticle, target: CardTarget): void {
  const [first] = passageRanges(document, article, target);
  if (first) document.getSelection()?.collapse(first.startContainer, first.startOffset);
}

/**
 * Opens the card on `target` in `article`. `current` gives the page's latest analysis: when the
 * page re-renders the article with the same words, the card follows the claim on the new nodes.
 * `written` is called after each write of the card's succeeds: the page shows it, at its
 * announcement or, where that may not come (a Firefox tab still loading), by reading its
 * fact-checks again (PageSession.afterOwnWrite).
 */
export async function openCard(
  ctx: ContentScriptContext,
  article: ExtractedArticle,
  target: CardTarget,
  current: () => ExtractedArticle | null = () => article,
  written: () => void = () => {},
): Promise<void> {
  opening++;
  const before = mounting;
  let mounted = () => {};
  mounting = new Promise((resolve) => {
    mounted = resolve;
  });
  try {
    await before;
    await mountCard(ctx, article, target, current, written, mounted);
  } finally {
    mounted();
    opening--;
  }
}

async function mountCard(
  ctx: ContentScriptContext,
  article: ExtractedArticle,
  target: CardTarget,
  current: () => ExtractedArticle | null,
  written: () => void,
  mounted: () => void,
): Promise<void> {
  /** The article as the page holds it now: the latest analysis, while its title and text hold. */
  const onPage = () => {
    const live = current();
    return live?.text === article.text && live.title === article.title ? live : article;
  };
  // The open card keeps the reader's unsaved work (and says why, where it stands) until it is saved.
  if (open && !(await closeOpen())) return;
  open?.remove();
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const i18n = translator(uiLocaleFor(article.lang));
  const claimText = passageText(article, target);
  let factCheckId = target.factCheckId;
  // Computed before the card opens so that a save reaches sendMessage without an await: a tab
  // closing right after the last keystroke still gets its pending save out.
  const fingerprint = await fingerprintOf(article.text);

  // The first save of each text from this page load carries it, kept as a version in the save's
  // own transaction (storage/writer.ts): a save that fails keeps neither, and its retry sends it
  // again.
  const withText = () => (recordedVersions.has(fingerprint) ? {} : savedOnText(article.text));
  const textKept = () => recordedVersions.add(fingerprint);
  // The reader confirms or revises a changed claim's verdict: the claim now quotes today's text.
  let rebased = target.change === undefined;
  const rebase = async () => {
    if (rebased || !target.change) return;
    const { quote, position } = describeRange(passageSource(article, target), target.start, target.end);
    await requestBackground({
      type: 'rebaseClaim',
      claimId: target.change.claimId,
      claim: { text: claimText, quote, position },
      fingerprint,
      ...withText(),
    });
    rebased = true;
    textKept();
  };
  const save = (fields: FactCheckFields) =>
    send(fields)
      .then(async (dates) => {
        textKept();
        await rebase();
        written();
        return dates;
      })
      .catch((error: unknown) => {
        console.error('Factmark: the fact-check was not saved', error);
        throw new Error(describeRequestFailure(i18n, error));
      });
  // The fields as the card showed them or last saved them: a save writes only what the reader
  // changed since (changed-fields.ts), so an edit made elsewhere meanwhile (the review page, a
  // teammate) is not put back to what this card showed.
  let shown = target.initial;
  /** When the fact-check the card shows was last changed, as the card last knew it. */
  let shownUpdatedAt = target.dates?.updatedAt;
  const send = async (fields: FactCheckFields): Promise<FactCheckDates> => {
    if (factCheckId) {
      const { createdAt, updatedAt } = await requestBackground({
        type: 'updateFactCheck',
        id: factCheckId,
        changes: changedFields(shown, fields),
        ...withText(),
      });
      shown = fields;
      shownUpdatedAt = updatedAt;
      return { createdAt, updatedAt };
    }
    const { quote, position } = describeRange(passageSource(article, target), target.start, target.end);
    const saved = await requestBackground({
      type: 'createFactCheck',
      draft: {
        ...fields,
        article: { ...articleMetadata(article), fingerprint },
        claim: {
          text: claimText,
          quote,
          position,
          ...(target.place ? { place: target.place } : {}),
          origin: target.origin,
          score: target.score,
        },
      },
      ...withText(),
    });
    factCheckId = saved.factCheck.id;
    shown = fields;
    shownUpdatedAt = saved.factCheck.updatedAt;
    return { createdAt: saved.factCheck.createdAt, updatedAt: saved.factCheck.updatedAt };
  };
  // Both through the background, which checks the fact-check is of this tab's site (tab-scope.ts);
  // the deletion is announced to every view like any write (storage/writer.ts).
  const remove = async () => {
    if (!factCheckId) return;
    try {
      await requestBackground({ type: 'deleteFactChecks', ids: [factCheckId] });
      written();
    } catch (error) {
      throw new Error(describeRequestFailure(i18n, error));
    }
  };
  const openReview = async () => {
    if (!factCheckId) return;
    try {
      await requestBackground({ type: 'openReviewAt', factCheckId });
    } catch (error) {
      throw new Error(describeRequestFailure(i18n, error));
    }
  };
  // The reader keeps one of the versions that disagree (its own site only: tab-scope.ts).
  const resolveConflict = async (chosen: VersionContent, versions: string[]) => {
    if (!factCheckId || shownUpdatedAt === undefined) throw new Error(i18n.t('errorChangedMeanwhile'));
    try {
      const kept = await requestBackground({
        type: 'resolveConflict',
        id: factCheckId,
        chosen,
        seen: { updatedAt: shownUpdatedAt, versions },
      });
      // The card now shows the version kept: a later save compares with it.
      shown = chosen;
      shownUpdatedAt = kept.updatedAt;
      written();
    } catch (error) {
      throw new Error(describeRequestFailure(i18n, error));
    }
  };
  let stopFollowing = () => {};
  let frame: HTMLIFrameElement | null = null;
  let port: Browser.runtime.Port | null = null;
  let nextCloseId = 0;
  const closeAnswers = new Map<number, (closed: boolean) => void>();
  /**
   * Asks the card to save and close; it answers false and stays while unsaved work holds it. Then
   * focus goes back into the frame, to what holds the card: after the reader clicked the page, a
   * frame's own `focus()` calls are ignored (Chrome) or undone by the frame's focus coming back
   * to where it was (Firefox), so the page gives the frame focus first.
   */
  const requestClose = () =>
    new Promise<boolean>((resolve) => {
      // Not shown yet: no work of the reader's to keep.
      if (!port) {
        close();
        return resolve(true);
      }
      const id = nextCloseId++;
      closeAnswers.set(id, (closed) => {
        if (!closed) {
          frame?.focus();
          port?.postMessage({ type: 'focusHolder' } satisfies HostMessage);
        }
        resolve(closed);
      });
      port.postMessage({ type: 'close', id } satisfies HostMessage);
    });
  /** Where the reader pressed outside the card; the click that ends there closes it. */
  let pressedOutside: { x: number; y: number } | null = null;
  const onOutsidePointer = (event: PointerEvent) => {
    pressedOutside =
      isTrusted(event) && !event.composedPath().includes(ui.shadowHost)
        ? { x: event.clientX, y: event.clientY }
        : null;
  };
  const onOutsideClick = (event: MouseEvent) => {
    const pressed = pressedOutside;
    pressedOutside = null;
    if (!pressed || !isTrusted(event) || event.composedPath().includes(ui.shadowHost)) return;
    const dragged = Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > DRAG_DISTANCE;
    if (!dragged && (document.getSelection()?.isCollapsed ?? true)) void requestClose();
  };
  // Escape pressed after the reader tabbed out of the card (inside it, the card handles it).
  const onOutsideEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isTrusted(event) && !event.composedPath().includes(ui.shadowHost)) {
      void requestClose();
    }
  };
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    stopFollowing();
    connection.cancel();
    document.removeEventListener('pointerdown', onOutsidePointer, true);
    document.removeEventListener('click', onOutsideClick, true);
    document.removeEventListener('keydown', onOutsideEscape, true);
    port?.disconnect();
    for (const answer of closeAnswers.values()) answer(true);
    closeAnswers.clear();
    ui.remove();
    if (open === ui) open = null;
    if (returnFocus && returnFocus !== document.body) returnFocus.focus();
    else caretAtClaim(onPage(), target);
  };
  /** Does what the reader asked in the card; the answer (or the readable failure) goes back. */
  const act = async (action: CardAction): Promise<FactCheckDates | undefined> => {
    switch (action.kind) {
      case 'save':
        return save(action.fields);
      case 'delete':
        await remove();
        return undefined;
      case 'openReview':
        await openReview();
        return undefined;
      case 'confirmChange':
        await rebase();
        return undefined;
      case 'resolveConflict':
        await resolveConflict(action.chosen, action.seen);
        return undefined;
    }
  };
  const reply = (id: number, work: Promise<FactCheckDates | undefined>) =>
    work.then(
      (dates) =>
        port?.postMessage({ type: 'reply', id, ok: true, ...(dates ? { dates } : {}) } satisfies HostMessage),
      (error: unknown) =>
        port?.postMessage({
          type: 'reply',
          id,
          ok: false,
          message: errorMessage(error),
        } satisfies HostMessage),
    );

  const secret = crypto.randomUUID();
  const connection = cardFrameConnection(secret);
  const ui = await createOwnUi(ctx, 'factmark-card', {
    isolateEvents: true,
    onMount: (container) => {
      frame = document.createElement('iframe');
      frame.className = 'fm-card-frame';
      frame.title = i18n.t('cardTitle');
      frame.src = `${browser.runtime.getURL(CARD_PAGE)}#${secret}`;
      container.append(frame);
      // Focus goes into the frame now: the card moves it to its first control as it renders.
      frame.focus();
      const ranges = () => passageRanges(document, onPage(), target);
      const stopPlacing = followClaim(claimReference(ranges), frame);
      // The card tells the pointer's clicks apart from a page that moved it under the pointer.
      const stopWatching = watchMoves(frame, () =>
        port?.postMessage({ type: 'moved' } satisfies HostMessage),
      );
      stopFollowing = () => {
        stopPlacing();
        stopWatching();
      };
    },
  });
  ui.mount();
  open = ui;
  closeOpen = () => requestClose();
  mounted();
  // Capture phase: a page that stops its clicks' propagation still lets the reader close the card.
  ctx.addEventListener(document, 'pointerdown', onOutsidePointer, { capture: true });
  ctx.addEventListener(document, 'click', onOutsideClick, { capture: true });
  ctx.addEventListener(document, 'keydown', onOutsideEscape, { capture: true });

  try {
    port = await connection.port;
  } catch (error) {
    if (!closed) console.error('Factmark: the card could not be shown', error);
    close();
    return;
  }
  port.onDisconnect.addListener(() => {
    port = null;
    close();
  });
  port.onMessage.addListener((raw: unknown) => {
    const parsed = v.safeParse(FrameMessageSchema, raw);
    if (!parsed.success) {
      console.error('Factmark: the card sent a message it should not', parsed.issues);
      return;
    }
    const message = parsed.output;
    switch (message.type) {
      case 'call':
        void reply(message.id, act(message.action));
        return;
      case 'closed':
        close();
        return;
      case 'closeAnswer':
        closeAnswers.get(message.id)?.(message.closed);
        closeAnswers.delete(message.id);
        return;
      case 'navigate':
        navigateFromCard(message.direction);
    }
  });
  const view: CardView = {
    claimText,
    claimLang: article.lang,
    locale: i18n.locale,
    initial: target.initial,
    ...(target.dates ? { dates: target.dates } : {}),
    ...(target.change ? { change: { was: target.change.was, now: claimText } } : {}),
    ...(target.earlier ? { earlier: target.earlier } : {}),
    ...(target.author ? { author: target.author } : {}),
    ...(target.conflicts?.length ? { conflicts: target.conflicts } : {}),
  };
  port.postMessage({ type: 'show', card: view } satisfies HostMessage);
}
