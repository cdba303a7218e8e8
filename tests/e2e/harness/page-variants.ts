/**
 * Pages the fixture server derives from a fixture instead of storing a copy: the demo article as
 * the publisher might change it. Each edit must apply exactly once, or the page is refused, so a
 * change to the demo article cannot silently turn a variant into the original.
 */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';

interface Variant {
  /** The fixture it is made from, relative to the served root. */
  from: string;
  /** Replacements applied in order; each `find` must occur exactly once. */
  edits: { find: string; replace: string }[];
}

const DEMO = 'articles/demo-fr.html';

/** The demo's publisher, as its canonical link names it; the server puts its own origin there. */
export const PUBLISHER_ORIGIN = 'https://www.nasuba-infos.example';

/** The path of the demo article's canonical URL, served as the demo itself. */
const PUBLISHER_PATH = 'international/russie-reconnait-talibans';
const TERROR_LIST =
  'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.';

export const REPUBLISHED_TITLE = 'Moscou reconnaît le pouvoir taliban, une première';
export const CLAIMREVIEW_TITLE = 'Oui, la Russie a bien reconnu le régime taliban';

/** The demo as another page: its own title, no canonical link or og:url, then `edits`. */
function otherStory(title: string, edits: Variant['edits']): Variant['edits'] {
  const DEMO_TITLE = 'La Russie reconnaît officiellement le régime des talibans';
  return [
    { find: `<title>${DEMO_TITLE} - Nasuba Infos</title>`, replace: `<title>${title}</title>` },
    {
      find: `<meta property="og:title" content="${DEMO_TITLE}">`,
      replace: `<meta property="og:title" content="${title}">`,
    },
    { find: `<h1 class="headline">${DEMO_TITLE}</h1>`, replace: `<h1 class="headline">${title}</h1>` },
    {
      find: '<meta property="og:url" content="https://www.nasuba-infos.example/international/russie-reconnait-talibans?utm_source=og">\n',
      replace: '',
    },
    {
      find: '<link rel="canonical" href="https://www.nasuba-infos.example/international/russie-reconnait-talibans?utm_source=whatsapp&amp;utm_medium=social&amp;fbclid=IwAR0demo#commentaires">\n',
      replace: '',
    },
    ...edits,
  ];
}

/** Served path → how it is made. Documented in tests/fixtures/pages/README.md. */
export const PAGE_VARIANTS: Readonly<Record<string, Variant>> = {
  // Another site's copy of the demo story (claim memory, issue #16): its own title and address,
  // and the reference claim reworded, which must show as "already checked".
  'pages/demo-fr-republished.html': {
    from: DEMO,
    edits: otherStory(REPUBLISHED_TITLE, [
      {
        find: TERROR_LIST,
        replace:
          'La justice russe a retiré en avril 2025 les talibans de sa liste des « organisations terroristes ».',
      },
    ]),
  },
  // A fact-checker's page about the story, publishing its verdict as ClaimReview JSON-LD in an
  // @graph (AFP Factuel's documented shape), which Factmark offers to save.
  'pages/demo-fr-claimreview.html': {
    from: DEMO,
    edits: otherStory(CLAIMREVIEW_TITLE, [
      {
        find: '</head>',
        replace: `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'NewsArticle', headline: CLAIMREVIEW_TITLE },
            {
              '@type': 'ClaimReview',
              url: 'https://factuel.afp.example/doc.afp.com.TALIBANS',
              datePublished: '2025-07-10',
              claimReviewed: 'La Russie a officiellement reconnu le régime des talibans en Afghanistan.',
              author: { '@type': 'Organization', name: 'AFP Factuel' },
              reviewRating: {
                '@type': 'Rating',
                ratingValue: 5,
                bestRating: 5,
                worstRating: 1,
                alternateName: 'Vrai',
              },
            },
          ],
        })}</script>\n</head>`,
      },
    ]),
  },
  // The publisher edited the page: a paragraph inserted before the reference claim and one word
  // changed inside it. Same canonical URL, so it is the same article.
  'pages/demo-fr-edited.html': {
    from: DEMO,
    edits: [
      {
        find: '<p>Depuis plusieurs mois,',
        replace:
          '<p>Mise à jour : le porte-parole du ministère a précisé vendredi que d’autres accords bilatéraux suivraient dans les prochaines semaines.</p>\n        <p>Depuis plusieurs mois,',
      },
      {
        find: 'la justice russe a retiré les talibans',
        replace: 'la justice russe avait retiré les talibans',
      },
    ],
  },
  // A stealth edit: one date inside the reference claim changed, nothing else (#15's case).
  'pages/demo-fr-may.html': {
    from: DEMO,
    edits: [{ find: 'En avril 2025, la justice russe', replace: 'En mai 2025, la justice russe' }],
  },
  // The reference sentence is gone: an annotation on it must be listed as not found.
  'pages/demo-fr-removed.html': { from: DEMO, edits: [{ find: ` ${TERROR_LIST}`, replace: '' }] },
  // The page's own script reshapes the article's DOM before Factmark runs, in the ways that do not
  // survive serialising and re-parsing: article text split into adjacent text nodes with empty
  // ones between, and a table whose loose text the parser would move before it. Its <head> also
  // holds a tracking pixel in <noscript>, which a parser without scripting (the extension's)
  // moves into the body, shifting every text after it. Highlights must still land on exactly the
  // claims' text.
  'pages/demo-fr-scripted.html': {
    from: DEMO,
    edits: [
      {
        find: '<title>',
        replace:
          '<noscript><img height="1" width="1" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></noscript>\n<title>',
      },
      {
        find: '</body>',
        replace: `<script>
document.addEventListener('DOMContentLoaded', () => {
  for (const p of document.querySelectorAll('article p')) {
    const text = p.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE || text.data.length < 40) continue;
    const rest = text.splitText(Math.floor(text.data.length / 2));
    p.insertBefore(document.createTextNode(''), rest);
  }
  const table = document.createElement('table');
  table.insertRow().insertCell().textContent = 'Partenaire';
  table.appendChild(document.createTextNode('Contenu sponsorisé'));
  document.querySelector('article')?.before(table);
});
</script>
</body>`,
      },
    ],
  },
  // The demo article with a hostile script of the page's own (tests/fixtures/pages/hostile.js):
  // served from 127.0.0.1 it is the reader's article with an attacker inside (a third-party
  // script); served from localhost with `?victim=` it names the reader's article as its own.
  'pages/demo-fr-hostile.html': {
    from: DEMO,
    edits: [{ find: '<title>', replace: '<script src="/pages/hostile.js"></script>\n<title>' }],
  },
  // The stealth edit with the same hostile script: what the page learns when its article changed
  // since the reader checked it.
  'pages/demo-fr-may-hostile.html': {
    from: DEMO,
    edits: [
      { find: 'En avril 2025, la justice russe', replace: 'En mai 2025, la justice russe' },
      { find: '<title>', replace: '<script src="/pages/hostile.js"></script>\n<title>' },
    ],
  },
  // The publisher's own address of the demo article (its canonical URL, served from this server).
  [PUBLISHER_PATH]: { from: DEMO, edits: [] },
  // No canonical link or og:url: the article is filed under the fixture server's own URL, so
  // "Open in page" (which opens the stored URL) can load it.
  'pages/demo-fr-local.html': {
    from: DEMO,
    edits: [
      {
        find: '<meta property="og:url" content="https://www.nasuba-infos.example/international/russie-reconnait-talibans?utm_source=og">\n',
        replace: '',
      },
      {
        find: '<link rel="canonical" href="https://www.nasuba-infos.example/international/russie-reconnait-talibans?utm_source=whatsapp&amp;utm_medium=social&amp;fbclid=IwAR0demo#commentaires">\n',
        replace: '',
      },
    ],
  },
};

/** The text of a variant page, made from its fixture under `root`. */
export async function renderVariant(root: string, variant: Variant): Promise<string> {
  let html = await readFile(join(root, variant.from), 'utf8');
  for (const { find, replace } of variant.edits) {
    const count = html.split(find).length - 1;
    if (count !== 1)
      throw new Error(`${variant.from}: expected "${find.slice(0, 60)}…" once, found ${count}`);
    html = html.replace(find, replace);
  }
  return html;
}
