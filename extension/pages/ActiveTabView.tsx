/**
 * The frame the popup and the side panel share: their title, the followed tab's page view
 * (clicking a claim scrolls that tab to it), and whatever actions the view adds below.
 */
import type { ComponentChildren } from 'preact';
import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { type Translator, translator, uiLocaleFor } from '../../components/i18n/translate';
import { HighlightAmountPicker } from '../../components/HighlightAmountPicker';
import { PageView } from '../../components/PageView';
import type { PageState } from '../../core/messaging/page-state';
import { useRetriable } from '../../components/hooks/use-retriable';
import { describeRequestFailure } from '../messaging/request-failure';
import { requestBackground, requestTab } from '../messaging/request';
import { useHighlightAmount } from './use-highlight-amount';
import { usePageState } from './use-page-state';

const i18n = translator(uiLocaleFor(navigator.language));
const describe = (error: unknown) => describeRequestFailure(i18n, error);

interface Props {
  testId: string;
  /** Actions before the page view (the popup: its buttons must not sit under a long list). */
  actionsFirst?: boolean;
  children(view: { tabId: number | null; state: PageState; i18n: Translator }): ComponentChildren;
}

export function ActiveTabView({ testId, actionsFirst = false, children }: Props) {
  const { tabId, state, error } = usePageState();
  const [amount, setAmount] = useHighlightAmount();
  const actions = children({ tabId, state, i18n });
  const { failure, run } = useRetriable(describe);
  const onTab = (work: (tab: number) => Promise<unknown>) => tabId !== null && run(() => work(tabId));
  return (
    <TranslatorContext.Provider value={i18n}>
      <main data-testid={testId} lang={i18n.locale}>
        <h1>{i18n.t('appName')}</h1>
        {state.status === 'article' && <HighlightAmountPicker value={amount} onChange={setAmount} />}
        {actionsFirst && actions}
        <PageView
          state={state}
          error={error}
          onShowPassage={(passage) =>
            tabId !== null && requestTab(tabId, { type: 'scrollToPassage', ...passage })
          }
          onDismiss={(text) => onTab((tab) => requestTab(tab, { type: 'dismissSentence', text }))}
          onUndismiss={(id) => run(() => requestBackground({ type: 'undismissClaim', id }))}
          onDismissChange={() => onTab((tab) => requestTab(tab, { type: 'dismissChange' }))}
        />
        {failure && (
          <p role="alert" data-testid="action-failed">
            {i18n.t('actionFailed', { reason: failure.reason })}{' '}
            <button type="button" onClick={failure.retry}>
              {i18n.t('retryAction')}
            </button>
          </p>
        )}
        {!actionsFirst && actions}
      </main>
    </TranslatorContext.Provider>
  );
}
