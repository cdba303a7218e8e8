import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { DeskSettingsForm } from '../../extension/pages/DeskSettingsForm';
import { PublisherSettingsForm } from '../../extension/pages/PublisherSettingsForm';

const i18n = translator(uiLocaleFor(navigator.language));

export function App() {
  return (
    <TranslatorContext.Provider value={i18n}>
      <main data-testid="options-root" lang={i18n.locale}>
        <h1>{i18n.t('appName')}</h1>
        <DeskSettingsForm i18n={i18n} />
        <PublisherSettingsForm i18n={i18n} />
      </main>
    </TranslatorContext.Provider>
  );
}
