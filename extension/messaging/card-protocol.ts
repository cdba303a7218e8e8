/**
 * What the in-page card's frame and the content script say to each other, over one port per card
 * (`browser.tabs.connect` from the frame to its tab's top frame). The card is an extension page in
 * a frame so that what the reader types, clicks and sees in it never passes through the page: the
 * frame only shows the card and reports the reader's actions; the content script, which knows the
 * article, writes through the background as before (the background scopes it to the tab's site).
 *
 * The host's messages come from this extension's content script only (a port is never open to
 * the page); the frame's are validated on receipt like any request.
 */
import * as v from 'valibot';
import type { FactCheckDates } from '../../components/card/FactCheckCard';
import type { UiLocale } from '../../components/i18n/messages';
import { FactCheckFieldsSchema, SeenVersionsSchema } from '../../core/messaging/request-schemas';
import type { EarlierCheck } from '../../core/model/claim-memory';
import type { FactCheckFields } from '../../core/model/fact-check-draft';
import type { ConflictingVersion } from '../../core/sync/conflicts';

/** What every card port's name starts with. */
const CARD_PORT = 'factmark-card';

/**
 * The port name of one card: the content script gives each card frame a secret of its own in the
 * fragment of the frame's address (never sent in a request, and the frame sits in a closed
 * shadow root), and accepts only the port that names it. A card page the page itself frames (its
 * address found some other way) cannot pass for the reader's card.
 */
export function cardPortName(secret: string): string {
  return `${CARD_PORT}:${secret}`;
}

/** Whether a port is a card's (whichever card: the content script checks the secret). */
export function isCardPortName(name: string): boolean {
  return name.startsWith(`${CARD_PORT}:`);
}

/** The extension page the card is shown in (web-accessible: see wxt.config.ts). */
export const CARD_PAGE = '/card.html';

/**
 * Whether a sender's address is the card page of an extension (the sender's id says which: the
 * callers check it is this one). Chrome serves it at a per-session address (`use_dynamic_url`),
 * so the path is what is compared, not the whole address.
 */
export function isCardPageUrl(url: string | undefined): boolean {
  if (url === undefined || !URL.canParse(url)) return false;
  const { protocol, pathname } = new URL(url);
  return (protocol === 'chrome-extension:' || protocol === 'moz-extension:') && pathname === CARD_PAGE;
}

/** Everything the card shows: the claim, the reader's fields, and what comes with them. */
export interface CardView {
  claimText: string;
  /** The article's language (the claim's words); the card speaks `locale`. */
  claimLang: string;
  locale: UiLocale;
  initial: FactCheckFields;
  dates?: FactCheckDates;
  /** The claim's words changed since it was checked: as checked (`was`) and now. */
  change?: { was: string; now: string };
  earlier?: EarlierCheck;
  author?: string;
  conflicts?: ConflictingVersion[];
}

/** The content script to the frame. */
export type HostMessage =
  | { type: 'show'; card: CardView }
  /** Saves, then closes unless unsaved work holds the card: answered with `closeAnswer`. */
  | { type: 'close'; id: number }
  /** After a refused close, once the frame has focus again: focus goes to what holds the card. */
  | { type: 'focusHolder' }
  /** The card's frame moved on the page (it follows its claim): see extension/card/covered-clicks.ts. */
  | { type: 'moved' }
  | { type: 'reply'; id: number; ok: true; dates?: FactCheckDates }
  | { type: 'reply'; id: number; ok: false; message: string };

const CallId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** What the reader asked the card to do; each is answered with a `reply`. */
const CardActionSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('save'), fields: FactCheckFieldsSchema }),
  v.strictObject({ kind: v.literal('delete') }),
  v.strictObject({ kind: v.literal('openReview') }),
  /** The reader confirmed a changed claim's verdict for its words now. */
  v.strictObject({ kind: v.literal('confirmChange') }),
  v.strictObject({
    kind: v.literal('resolveConflict'),
    chosen: FactCheckFieldsSchema,
    seen: SeenVersionsSchema,
  }),
]);
export type CardAction = v.InferOutput<typeof CardActionSchema>;

/** The frame to the content script. */
export const FrameMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('call'), id: CallId, action: CardActionSchema }),
  /** The card closed itself (Escape, its close button, after a deletion). */
  v.strictObject({ type: v.literal('closed') }),
  v.strictObject({ type: v.literal('closeAnswer'), id: CallId, closed: v.boolean() }),
  /** Alt+Shift+N or P pressed in the card: the next or previous claim. */
  v.strictObject({ type: v.literal('navigate'), direction: v.picklist([1, -1]) }),
]);
export type FrameMessage = v.InferInput<typeof FrameMessageSchema>;
