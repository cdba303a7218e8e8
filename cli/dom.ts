/**
 * Parses a page's HTML into a Document for the pure core, with happy-dom standing in for the
 * browser's DOM. Scripts are never run and no subresource (script, style sheet, frame) is
 * fetched: the CLI reads a saved page, it does not load it.
 */
import { Window } from 'happy-dom';

/** Parses `html` as a page served from `url` (which sets its base URL and `location`). */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableIframePageLoading: false,
    },
  });
  // happy-dom's Document implements the DOM interfaces the core reads; its own class type is
  // not declared as the lib.dom `Document`, hence the cast.
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
