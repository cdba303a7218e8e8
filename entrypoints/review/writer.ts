import { getDb } from '../../storage/db';
import { factmarkWriter } from '../../storage/writer';

/**
 * Every write of this page is announced to open tabs. Messaging loads with the first write, as
 * with "Open in page".
 */
export const writer = factmarkWriter(getDb(), async (articleUrls) => {
  const { notifyAnnotationsChanged } = await import('../../extension/messaging/notify');
  await notifyAnnotationsChanged(articleUrls);
});
