/**
 * Entry point of the end-to-end harness: the browsers every scenario runs in, and one launcher
 * returning the same `ExtensionBrowser` interface for each. Use with `describe.each(BROWSERS)`.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionBrowser } from './types';

export type { BrowserName, ExtensionBrowser } from './types';

export const BROWSERS = ['chromium', 'firefox'] as const satisfies readonly BrowserName[];

/** Launches the named browser, headless, with the built extension (`npm run build:all`) loaded. */
export function launchExtensionBrowser(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
