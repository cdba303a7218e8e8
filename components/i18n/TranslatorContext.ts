import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Translator, translator } from './translate';

/** The translator of the view being rendered; English unless a view provides another. */
export const TranslatorContext = createContext<Translator>(translator('en'));

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
