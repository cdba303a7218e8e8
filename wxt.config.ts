import { defineConfig } from 'wxt';

/**
 * Build configuration for Chrome (MV3) and Firefox (MV2).
 * Permissions are the fewest that do the job; README.md explains each one.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the pure core must show that it uses no extension API.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'unlimitedStorage',
      'contextMenus',
      // Desk sync: one-shot syncs on a schedule (the MV3 service worker sleeps between events).
      'alarms',
      // The reader's settings (extension/settings/) and desk sync's settings and status (server,
      // desk, name: never a password), out of the pages' reach.
      'storage',
      // Chrome only: the side panel, and an offscreen document to parse pages in (its service
      // worker has no DOM parser; Firefox's background page has one).
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    action: { default_title: 'Factmark' },
    // The in-page card is this extension page in a frame (extension/content/card-host.ts), so that
    // the page's script cannot see what the reader types in it; a frame on a web page may show
    // only a web-accessible page. Chrome serves it at an address drawn anew each session
    // (`use_dynamic_url`), so a page cannot probe for Factmark at a fixed one; Firefox's address
    // holds the random per-profile id already.
    web_accessible_resources: [
      {
        resources: ['card.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Desk sync: the desk's server origin, asked for on the options page when the reader connects
    // (that origin only, never all sites); nothing is asked at install.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    commands: {
      'fact-check-selection': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandFactCheck__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'factmark@factmark.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The extension pages' shared chunks: the browser API polyfill in a chunk of its own, so a
    // page that needs no extension API to show itself (the review page) neither fetches nor
    // evaluates it as it loads (bundled with shared code, it ran on any import of that chunk;
    // in Chrome it copies every namespace of the native `browser` object). Scripts built as one
    // IIFE (content scripts, the background) have no chunks.
    'vite:build:extendConfig': (entrypoints, config) => {
      const pages = entrypoints.every((entrypoint) => entrypoint.inputPath.endsWith('.html'));
      const output = config.build?.rolldownOptions?.output;
      if (pages && output && !Array.isArray(output)) {
        output.codeSplitting = { groups: [{ name: 'webextension-polyfill', test: /webextension-polyfill/ }] };
      }
    },
  },
  vite: () => ({
    // Chrome refuses a content script holding a raw U+FFFF (Dexie emits one); keep bundles ASCII.
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
