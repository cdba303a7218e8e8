import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { ReviewPage, type ReviewToolbarContext } from '../../components/review/ReviewPage';
import { requestBackground } from '../../extension/messaging/request';
import { useLazyModule } from '../../extension/pages/use-lazy-module';
import { getDb } from '../../storage/db';

const i18n = translator(uiLocaleFor(navigator.language));

const loadToolbar = () => import('./Toolbar');

export function App() {
  const tools = useLazyModule(loadToolbar);
  const toolbar = (context: ReviewToolbarContext) =>
    tools.module ? (
      <tools.module.Toolbar i18n={i18n} context={context} />
    ) : tools.error ? (
      <p role="alert" class="fm-error">
        {i18n.t('toolsFailed', { reason: tools.error })}
      </p>
    ) : null;
  return (
    <TranslatorContext.Provider value={i18n}>
      <div lang={i18n.locale}>
        <ReviewPage
          db={getDb()}
          openInPage={(factCheckId) => requestBackground({ type: 'openFactCheck', factCheckId })}
          toolbar={toolbar}
        />
      </div>
    </TranslatorContext.Provider>
  );
}
