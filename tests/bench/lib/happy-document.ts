/**
 * Parses HTML into a happy-dom Document for Node benches and scripts, with scripts, styles,
 * frames and layout switched off (the benches measure text extraction, not page loading).
 */
import { Window } from 'happy-dom';

/** A Document for `html` whose `URL` is `url`. Call `close()` when done to free the window. */
export function parseHtml(html: string, url: string): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}
