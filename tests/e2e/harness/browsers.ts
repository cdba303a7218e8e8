/**
 * Entry point of the end-to-end harness: the browsers every scenario runs in, and one launcher
 * returning the same `ExtensionBrowser` interface for each. Use with `describe.each(BROWSERS)`.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionBrowser } from './types';

export type { BrowserName, ExtensionBrowser } from './types';

export const BROWSERS = ['chromium', 'firefox'] as const satisfies readonly BrowserName[];

/** What a launch can set for the whole browser. */
export interface LaunchOptions {
  /** The colour scheme pages see (light by default): Firefox can set it only at launch. */
  colorScheme?: 'light' | 'dark';
}

/** Launches the named browser, headless, with the built extension (`npm run build:all`) loaded. */
export function launchExtensionBrowser(
  name: BrowserName,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
