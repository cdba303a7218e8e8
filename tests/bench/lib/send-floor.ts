/**
 * The pipeline benchmark's floor: the least any content script of Factmark's design does on a
 * page, in an extension of its own. Factmark's page sends its HTML to the extension, which finds
 * the article off the page's thread (extension/content/analyse-page.ts); the floor's content script
 * only serialises the page and sends it, nothing screened, bound, drawn or made. Its start (read
 * from the trace, as Factmark's) and that work, against Readability's first parse of the same page,
 * say how far below Readability any such content script could go on this machine; Factmark's own
 * cost over the floor's says what Factmark adds to it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The floor's content script file, as `traceScriptStart` looks for it. */
export const FLOOR_SCRIPT_FILE = '/send.js';

/** The floor's User Timing measure: serialising the page and sending it. */
const FLOOR_MEASURE = 'floor:work';

/**
 * At the page's first idle period (Factmark's pipeline waits for one too, `yieldToMain`): the
 * doctype and the root's serialisation (as `serialisePage`), sent to the worker in one message.
 */
const CONTENT_SCRIPT = `requestIdleCallback(() => {
  const start = performance.now();
  const doctype = document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>' : '';
  const html = doctype + document.documentElement.outerHTML;
  chrome.runtime.sendMessage({ type: 'analysePage', html, url: location.href }).catch(() => {});
  performance.measure('${FLOOR_MEASURE}', { start, end: performance.now() });
}, { timeout: 200 });
`;

/** The worker answers with the length it received, so the message is read, not dropped. */
const WORKER = `chrome.runtime.onMessage.addListener((message, _sender, respond) => {
  respond(typeof message?.html === 'string' ? message.html.length : 0);
});
`;

/** Writes the floor extension to a temporary folder and answers that folder. */
export async function sendFloorExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factmark-send-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'pipeline floor: serialise and send',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://*/*'], run_at: 'document_idle', js: [FLOOR_SCRIPT_FILE.slice(1)] }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'worker.js'), WORKER);
  await writeFile(join(dir, FLOOR_SCRIPT_FILE.slice(1)), CONTENT_SCRIPT);
  return dir;
}

/** Waits for the floor's measure and answers its duration in ms (NaN after `timeoutMs`). */
export function readFloorWorkScript(timeoutMs: number): string {
  return `new Promise((resolve) => {
  const started = performance.now();
  const read = () => {
    const measure = performance.getEntriesByName('${FLOOR_MEASURE}')[0];
    if (measure) return resolve(measure.duration);
    if (performance.now() - started > ${timeoutMs}) return resolve(Number.NaN);
    setTimeout(read, 20);
  };
  read();
})`;
}
