import { render } from 'preact';
import '../../components/styles.css';
import { uiLocaleFor } from '../../components/i18n/translate';
import { App } from './App';

// The page speaks the browser's language (as its App does): say so to screen readers and spell-checkers.
document.documentElement.lang = uiLocaleFor(navigator.language);

const root = document.getElementById('app');
if (root) render(<App />, root);
