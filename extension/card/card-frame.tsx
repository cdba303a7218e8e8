/**
 * The card's side of its frame (card-protocol.ts): connects to the content script of the tab it
 * is shown in, renders the card it is given, and sends the reader's actions back, each answered
 * by the content script (which writes through the background). Nothing here reaches the page:
 * the frame is an extension page, so the page's script can neither read its document nor see its
 * events, keys and clicks included.
 */
import { render } from 'preact';
import { browser, type Browser } from 'wxt/browser';
import {
  CLOSE_HOLDER,
  type FactCheckDates,
  FactCheckCard,
  FIRST_CONTROL,
} from '../../components/card/FactCheckCard';
import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { type Translator, translator } from '../../components/i18n/translate';
import { navigationDirection } from '../../core/keyboard/claim-keys';
import { revsOf } from '../../core/sync/conflicts';
import {
  cardPortName,
  type CardAction,
  type CardView,
  type FrameMessage,
  type HostMessage,
} from '../messaging/card-protocol';
import { guardCoveredCard } from './covered-clicks';

type Pending = { resolve(dates: FactCheckDates | undefined): void; reject(error: Error): void };

/**
 * The port to the content script of the card's tab: straight to it where the frame has the `tabs`
 * API (Chrome), through the background otherwise (Firefox: background/card-relay.ts).
 */
async function connectToTab(): Promise<Browser.runtime.Port> {
  // The secret the content script put in this frame's address names the port (card-protocol.ts).
  const name = cardPortName(location.hash.slice(1));
  if (!browser.tabs) return browser.runtime.connect({ name });
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('The card is shown only inside a tab');
  return browser.tabs.connect(tab.id, { name, frameId: 0 });
}

export async function runCardFrame(root: HTMLElement): Promise<void> {
  const port = await connectToTab();
  let i18n: Translator = translator('en');
  let gone = false;
  /**
   * Sends to the content script; false once it cannot be reached. After Factmark is reloaded or
   * updated, Chrome keeps this frame but throws "Extension context invalidated" on every post,
   * with no disconnect: the reader is told Factmark is not responding, not that English error.
   */
  const post = (message: FrameMessage): boolean => {
    if (gone) return false;
    try {
      port.postMessage(message);
      return true;
    } catch {
      gone = true;
      return false;
    }
  };
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const call = (action: CardAction) =>
    new Promise<FactCheckDates | undefined>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      if (!post({ type: 'call', id, action })) {
        pending.delete(id);
        reject(new Error(i18n.t('errorUnavailable')));
      }
    });
  /** Set by the card: saves, then closes unless unsaved work holds it. */
  let closeCard: () => Promise<boolean> = async () => true;

  /** The card shown, and how many clicks in a row were refused (covered-clicks.ts). */
  let shown: CardView | null = null;
  let refusedClicks = 0;
  const draw = (card: CardView) =>
    render(
      <TranslatorContext.Provider value={i18n}>
        <FactCheckCard
          claimText={card.claimText}
          claimLang={card.claimLang}
          initial={card.initial}
          {...(card.dates ? { dates: card.dates } : {})}
          onSave={async (fields) => (await call({ kind: 'save', fields })) as FactCheckDates}
          onClose={() => post({ type: 'closed' })}
          onDelete={async () => void (await call({ kind: 'delete' }))}
          onOpenReview={async () => void (await call({ kind: 'openReview' }))}
          change={
            card.change && {
              ...card.change,
              onConfirm: async () => void (await call({ kind: 'confirmChange' })),
            }
          }
          earlier={card.earlier}
          bindClose={(close) => {
            closeCard = close;
          }}
          {...(card.author ? { author: card.author } : {})}
          {...(card.conflicts?.length
            ? {
                conflict: {
                  versions: card.conflicts,
                  // The versions shown: one that arrives meanwhile is not the reader's to drop.
                  onResolve: async (chosen) =>
                    void (await call({
                      kind: 'resolveConflict',
                      chosen,
                      seen: revsOf(card.conflicts),
                    })),
                },
              }
            : {})}
          refusedClicks={refusedClicks}
        />
      </TranslatorContext.Provider>,
      root,
    );
  const cover = guardCoveredCard(window, (refused) => {
    if (!refused && refusedClicks === 0) return;
    refusedClicks = refused ? refusedClicks + 1 : 0;
    if (shown) draw(shown);
  });

  const show = (card: CardView) => {
    i18n = translator(card.locale);
    document.documentElement.lang = card.locale;
    document.title = i18n.t('cardTitle');
    shown = card;
    draw(card);
    cover.shownAnew();
    // Opened while its tab was not the focused one (a shortcut pressed, then the window left): the
    // card's first focus did not take, so it is given when the frame first gets focus.
    if (!document.hasFocus()) {
      addEventListener(
        'focus',
        () => {
          if (document.activeElement === document.body)
            document.querySelector<HTMLElement>(FIRST_CONTROL)?.focus({ preventScroll: true });
        },
        { once: true },
      );
    }
  };

  port.onMessage.addListener((message: HostMessage) => {
    switch (message.type) {
      case 'show':
        show(message.card);
        return;
      case 'close':
        void closeCard().then((closed) => post({ type: 'closeAnswer', id: message.id, closed }));
        return;
      case 'moved':
        cover.shownAnew();
        return;
      case 'focusHolder': {
        const focusHolder = () => document.querySelector<HTMLElement>(CLOSE_HOLDER)?.focus();
        if (document.hasFocus()) focusHolder();
        else addEventListener('focus', focusHolder, { once: true });
        return;
      }
      case 'reply': {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.ok) waiting?.resolve(message.dates);
        else waiting?.reject(new Error(message.message));
      }
    }
  });
  // The page went away or Factmark was reloaded: what was on its way is not saved, and says so.
  port.onDisconnect.addListener((_port: Browser.runtime.Port) => {
    gone = true;
    for (const waiting of pending.values()) waiting.reject(new Error(i18n.t('errorUnavailable')));
    pending.clear();
  });
  // Escape closes the card wherever focus is in its frame: the card handles it on its own controls,
  // this when focus is on the frame's document (the frame just focused, before the card's first
  // control took it, or after the reader clicked the card's background).
  addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) void closeCard();
  });
  // The claim navigation keys work from inside the card as from the page (claim-navigation.ts).
  addEventListener(
    'keydown',
    (event) => {
      const direction = navigationDirection(event);
      if (direction === null) return;
      event.preventDefault();
      event.stopPropagation();
      post({ type: 'navigate', direction });
    },
    { capture: true },
  );
}
