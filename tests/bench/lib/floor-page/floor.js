// The review benchmark's floor (tests/bench/review.ts): an extension page that shows 25 rows of
// fixed text from one module script, with no data to read and no framework. No page of the
// extension can show its rows sooner than this one in the same browser.
const list = document.createElement('ol');
for (let i = 1; i <= 25; i++) {
  const row = document.createElement('li');
  row.textContent = `Fact-check ${i}: the council approved the budget on Monday — false`;
  // What the benchmark's probe marks on the review page (review-render.ts): when it is painted.
  if (i === 1) row.setAttribute('elementtiming', 'factmark-first-row');
  list.append(row);
}
document.getElementById('app').append(list);
performance.mark('factmark:review-rows');
