/**
 * Vitest wiring shared by scenario files: one browser with the extension and one fixture server
 * per `describe` block, started in `beforeAll` and always closed in `afterAll`.
 */
import { afterAll, beforeAll } from 'vitest';
import { type LaunchOptions, launchExtensionBrowser } from './browsers';
import { type FixtureServer, startFixtureServer } from './server';
import type { BrowserName, ExtensionBrowser } from './types';

export interface E2eContext {
  /** The launched browser; only valid inside tests and hooks. */
  browser(): ExtensionBrowser;
  /** The fixture server; only valid inside tests and hooks. */
  server(): FixtureServer;
}

/** Registers launch and teardown hooks in the current `describe` and returns accessors. */
export function useExtensionBrowser(name: BrowserName, options: LaunchOptions = {}): E2eContext {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchExtensionBrowser(name, options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => required(browser, `${name} did not launch`),
    server: () => required(server, 'the fixture server did not start'),
  };
}

function required<T>(value: T | undefined, reason: string): T {
  if (value === undefined) throw new Error(`E2E setup failed: ${reason} (see the beforeAll error).`);
  return value;
}
