/**
 * Accessibility checks with axe-core in the real browsers: the library runs in the page's main
 * world (addScriptFile), on the whole document of an extension page or on Factmark's card inside
 * its closed shadow root (reached through the remote protocol, as the card page object does).
 */
import { createRequire } from 'node:module';
import type { PageHandle } from './types';

const AXE_FILE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One broken rule: its id, what it asks, and the first offending nodes. */
export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

interface AxeGlobal {
  run(
    context: Element | Document,
    options: object,
  ): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }>;
}

async function ensureAxe(page: PageHandle): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptFile(AXE_FILE);
}

/** axe-core's violations on the whole page (WCAG 2.x A and AA rules and best practices). */
export async function axeViolations(page: PageHandle): Promise<AxeViolation[]> {
  await ensureAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeGlobal }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => node.html),
    }));
  });
}

/**
 * axe-core's violations in the closed shadow root of the first `host` element. axe cannot look
 * into a closed root, so the root's content (its <style> included) is copied into an open one
 * for the check, then removed: same elements, attributes, ARIA and styles.
 */
export async function axeViolationsIn(page: PageHandle, host: string): Promise<AxeViolation[] | null> {
  await ensureAxe(page);
  return page.inClosedRoot(host, async (root) => {
    const axe = (window as unknown as { axe: AxeGlobal }).axe;
    const copy = document.createElement('factmark-axe-copy');
    copy.setAttribute('data-factmark', '');
    document.body.append(copy);
    copy.attachShadow({ mode: 'open' }).innerHTML = root.innerHTML;
    try {
      const result = await axe.run(copy, { resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.slice(0, 3).map((node) => node.html),
      }));
    } finally {
      copy.remove();
    }
  });
}
