// The review benchmark's floor with data (tests/bench/review.ts): an extension page that reads
// the review page's first 25 rows (the newest fact-checks, their claims and articles) with
// IndexedDB itself and shows their text, from one module script, with no framework. No page of
// the extension that shows stored rows can show them sooner than this one in the same browser.
const ROWS = 25;

/** The `ROWS` newest fact-checks, each with its claim and article, in one read-only transaction. */
function newestRows(db) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['factChecks', 'claims', 'articles'], 'readonly');
    tx.onerror = () => reject(tx.error);
    const factChecks = [];
    const cursor = tx.objectStore('factChecks').index('createdAt').openCursor(null, 'prev');
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at && factChecks.length < ROWS) {
        factChecks.push(at.value);
        at.continue();
        return;
      }
      const rows = factChecks.map((factCheck) => ({ factCheck, claim: null, article: null }));
      const claims = tx.objectStore('claims');
      const articles = tx.objectStore('articles');
      for (const row of rows) {
        const claim = claims.get(row.factCheck.claimId);
        claim.onsuccess = () => {
          row.claim = claim.result ?? null;
        };
        const article = articles.get(row.factCheck.articleId);
        article.onsuccess = () => {
          row.article = article.result ?? null;
        };
      }
      tx.oncomplete = () => resolve(rows);
    };
  });
}

const open = indexedDB.open('factmark');
open.onsuccess = async () => {
  const rows = await newestRows(open.result);
  const list = document.createElement('ol');
  for (const [i, { factCheck, claim, article }] of rows.entries()) {
    const row = document.createElement('li');
    const text = document.createElement('p');
    text.textContent = claim?.text ?? '';
    // What the benchmark's probe marks on the review page (review-render.ts): when it is painted.
    if (i === 0) text.setAttribute('elementtiming', 'factmark-first-row');
    const meta = document.createElement('p');
    meta.textContent = `${factCheck.verdict ?? ''} · ${article?.title ?? ''} · ${factCheck.site ?? ''}`;
    row.append(meta, text);
    list.append(row);
  }
  document.getElementById('app').append(list);
  performance.mark('factmark:review-rows');
};
