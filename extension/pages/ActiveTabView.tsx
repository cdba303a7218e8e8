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
import { requestBackground, requestTab } from '../messaging/request';
import { useHighlightAmount } from './use-highlight-amount';
import { usePageState } from './use-page-state';

const i18n = translator(uiLocaleFor(navigator.language));

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
          onDismiss={(text) => tabId !== null && void requestTab(tabId, { type: 'dismissSentence', text })}
          onUndismiss={(id) => void requestBackground({ type: 'undismissClaim', id })}
          onDismissChange={() => tabId !== null && void requestTab(tabId, { type: 'dismissChange' })}
        />
        {!actionsFirst && actions}
      </main>
    </TranslatorContext.Provider>
  );
}
