import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { ReviewPage, type ReviewToolbarContext } from '../../components/review/ReviewPage';
import { useLazyModule } from '../../components/hooks/use-lazy-module';
import { getDb } from '../../storage/db';
import { writer } from './writer';

const i18n = translator(uiLocaleFor(navigator.language));

const loadToolbar = () => import('./Toolbar');

/**
 * "Open in page" asks the background. Messaging, and the browser API polyfill under it, load on
 * the first click: the page shows its rows without fetching or evaluating them.
 */
async function openInPage(factCheckId: string): Promise<unknown> {
  const { requestBackground } = await import('../../extension/messaging/request');
  return requestBackground({ type: 'openFactCheck', factCheckId });
}

/** Export and import, loaded once the first rows are shown (most of the page's code is theirs). */
function ReviewTools(context: ReviewToolbarContext) {
  const tools = useLazyModule(loadToolbar, context.listShown);
  if (tools.error) {
    return (
      <p role="alert" class="fm-error">
        {i18n.t('toolsFailed', { reason: tools.error })}
      </p>
    );
  }
  return tools.module ? <tools.module.Toolbar i18n={i18n} context={context} /> : null;
}

export function App() {
  return (
    <TranslatorContext.Provider value={i18n}>
      <div lang={i18n.locale}>
        <ReviewPage
          db={getDb()}
          writer={writer}
          openInPage={openInPage}
          toolbar={(context) => <ReviewTools {...context} />}
        />
      </div>
    </TranslatorContext.Provider>
  );
}
