/**
 * Who may talk to Factmark: only this extension's own contexts (its content scripts and pages).
 * Messages from other extensions or from web pages are refused before they are parsed.
 */
import { browser, type Browser } from 'wxt/browser';

export function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** This extension's own pages and background, not its content scripts (which run in tabs). */
export function isExtensionContext(sender: Browser.runtime.MessageSender): boolean {
  return isOwnSender(sender) && sender.tab === undefined;
}
