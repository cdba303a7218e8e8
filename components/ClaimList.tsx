/**
 * The claims the page highlights, title first, with their scores and reasons; the strongest say
 * so in words, not by colour alone. Each claim is a button: activating it asks the page to scroll
 * to the claim (in the text, or in the page's headline) and select it. Each can be
 * marked "not worth checking" (no longer highlighted), and such marks are listed to undo. The
 * button that did it leaves the list with its claim (or mark): focus goes to the next one's
 * button, else the one before, else the list's heading, never to the page's body.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { RankedClaim } from '../core/claims/types';
import type { Passage } from '../core/messaging/page-state';
import { useTranslator } from './i18n/TranslatorContext';

interface Props {
  claims: RankedClaim[];
  /** The title's claims (offsets into the title, not the text). */
  headline: RankedClaim[];
  selected: Passage | null;
  /** The article's language: the claims' words are read in it, not in the UI's. */
  lang?: string | undefined;
  /** Sentences marked "not worth checking" on this page. */
  dismissed: { id: string; text: string }[];
  onShow(passage: Passage): void;
  onDismiss(claim: RankedClaim): void;
  onUndismiss(id: string): void;
}

/** The `data-focus-key` of a claim's "not worth checking" button, and of a mark's undo button. */
const dismissKey = (claim: RankedClaim) => `dismiss:${claim.text}`;
const undoKey = (id: string) => `undo:${id}`;

/** The key after `key` in `keys`, else the one before, else null. */
function neighbourOf(keys: readonly string[], key: string): string | null {
  const at = keys.indexOf(key);
  return keys[at + 1] ?? keys[at - 1] ?? null;
}

function DismissButton({ claim, onDismiss }: { claim: RankedClaim; onDismiss(claim: RankedClaim): void }) {
  const { t } = useTranslator();
  return (
    <button
      type="button"
      class="fm-link-button"
      data-focus-key={dismissKey(claim)}
      data-testid="dismiss-claim"
      aria-label={t('dismissClaimLabel', { text: claim.text })}
      onClick={() => onDismiss(claim)}
    >
      {t('dismissClaim')}
    </button>
  );
}

function DismissedList({ dismissed, lang, onUndismiss }: Pick<Props, 'dismissed' | 'lang' | 'onUndismiss'>) {
  const { t } = useTranslator();
  if (dismissed.length === 0) return null;
  return (
    <section aria-labelledby="fm-dismissed-heading" data-testid="dismissed-list">
      <h3 id="fm-dismissed-heading" tabIndex={-1}>
        {t('dismissedHeading')}
      </h3>
      <ul class="fm-dismissed">
        {dismissed.map((mark) => (
          <li key={mark.id}>
            <span class="fm-claim-text" lang={lang}>
              {mark.text}
            </span>{' '}
            <button
              type="button"
              class="fm-link-button"
              data-focus-key={undoKey(mark.id)}
              data-testid="undismiss-claim"
              aria-label={t('undoDismissLabel', { text: mark.text })}
              onClick={() => onUndismiss(mark.id)}
            >
              {t('undoDismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ClaimMeta({ claim, title }: { claim: RankedClaim; title: boolean }) {
  const { t, reason } = useTranslator();
  return (
    <span class="fm-claim-meta">
      {title && <span class="fm-claim-badge">{t('titleClaim')}</span>}
      {claim.tier === 'strong' && (
        <span class="fm-claim-badge fm-claim-strong" data-testid="strong-claim">
          {t('strongClaim')}
        </span>
      )}
      {t('score')} {claim.score.toFixed(2)} · {t('reasons')} {claim.reasons.map(reason).join(', ')}
    </span>
  );
}

export function ClaimList({
  claims,
  headline,
  lang,
  selected,
  dismissed,
  onShow,
  onDismiss,
  onUndismiss,
}: Props) {
  const { t } = useTranslator();
  const root = useRef<HTMLDivElement>(null);
  /** The button that just acted, until it has left the list, and where focus goes then. */
  const moveFocus = useRef<{ gone: string; to: string | null } | null>(null);
  useEffect(() => {
    const pending = moveFocus.current;
    const list = root.current;
    if (!pending || !list) return;
    const button = (key: string) => list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (button(pending.gone)) return; // the page's answer has not come yet
    moveFocus.current = null;
    const next = pending.to === null ? null : button(pending.to);
    (next ?? list.querySelector<HTMLElement>('#fm-claims-heading, #fm-dismissed-heading'))?.focus();
  });
  const dismiss = (claim: RankedClaim) => {
    const key = dismissKey(claim);
    moveFocus.current = { gone: key, to: neighbourOf([...headline, ...claims].map(dismissKey), key) };
    onDismiss(claim);
  };
  const undismiss = (id: string) => {
    const key = undoKey(id);
    moveFocus.current = {
      gone: key,
      to: neighbourOf(
        dismissed.map((mark) => undoKey(mark.id)),
        key,
      ),
    };
    onUndismiss(id);
  };
  const marks = <DismissedList dismissed={dismissed} lang={lang} onUndismiss={undismiss} />;
  if (claims.length === 0 && headline.length === 0)
    return (
      <div ref={root}>
        <p>{t('noClaims')}</p>
        {marks}
      </div>
    );
  return (
    <div ref={root}>
      <section aria-labelledby="fm-claims-heading">
        <h3 id="fm-claims-heading" tabIndex={-1}>
          {t('claims')}
        </h3>
        <ol class="fm-claims" data-testid="claim-list">
          {headline.map((claim) => {
            const isSelected =
              selected?.place === 'title' && selected.start === claim.start && selected.end === claim.end;
            return (
              <li key={`title-${claim.start}`} data-tier={claim.tier}>
                <button
                  type="button"
                  class="fm-claim fm-claim-title"
                  aria-current={isSelected ? 'true' : undefined}
                  onClick={() => onShow({ start: claim.start, end: claim.end, place: 'title' })}
                >
                  <span class="fm-claim-text" lang={lang}>
                    {claim.text}
                  </span>
                  <ClaimMeta claim={claim} title />
                </button>
                <DismissButton claim={claim} onDismiss={dismiss} />
              </li>
            );
          })}
          {claims.map((claim) => {
            const isSelected =
              selected?.place === undefined && selected?.start === claim.start && selected.end === claim.end;
            return (
              <li key={`${claim.start}-${claim.end}`} data-tier={claim.tier}>
                <button
                  type="button"
                  class="fm-claim"
                  aria-current={isSelected ? 'true' : undefined}
                  onClick={() => onShow({ start: claim.start, end: claim.end })}
                >
                  <span class="fm-claim-text" lang={lang}>
                    {claim.text}
                  </span>
                  <ClaimMeta claim={claim} title={false} />
                </button>
                <DismissButton claim={claim} onDismiss={dismiss} />
              </li>
            );
          })}
        </ol>
      </section>
      {marks}
    </div>
  );
}
