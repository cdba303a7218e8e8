import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../../core/article/extract-article';
import type { ExtractedArticle } from '../../../../core/article/types';
import { articlePage, fixtureHtml, parse } from './fixtures';

/** The seed article's paragraphs (tests/fixtures/articles/demo-fr.html carries the same text). */
const SEED_PARAGRAPHS = [
  'La Russie a officiellement reconnu le régime des talibans en Afghanistan. Elle devient ainsi le premier pays à accorder une légitimité diplomatique à l’Émirat islamique depuis la prise du pouvoir par la force en août 2021.',
  'L’annonce a été faite le jeudi 3 juillet 2025 par Zamir Kaboulov, représentant spécial du président russe pour l’Afghanistan, cité par l’agence Ria Novosti. Le ministère russe des Affaires étrangères a confirmé l’information à l’agence Tass.',
  'Cette reconnaissance constitue une étape majeure dans le rapprochement progressif engagé entre Moscou et Kaboul. Elle s’inscrit dans une logique d’intérêts stratégiques, selon les autorités russes.',
  'En effet, Moscou justifie sa décision par le souci de renforcer les relations économiques avec l’Afghanistan et d’en faire un partenaire actif dans la lutte contre le terrorisme et le trafic de drogue, deux fléaux qui préoccupent la région.',
  'Le ministre afghan des Affaires étrangères, Amir Khan Muttaqi, a salué cette « décision courageuse » et exprimé l’espoir qu’elle servira d’exemple aux autres États. « Ce geste marque un tournant dans notre intégration internationale », a-t-il affirmé lors d’une rencontre avec l’ambassadeur russe à Kaboul.',
  'Depuis plusieurs mois, les signes de rapprochement entre les deux gouvernements s’étaient multipliés. En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.',
  'Un an plus tôt, Vladimir Poutine les avait qualifiés d’« alliés dans la lutte contre le terrorisme » à la suite de l’attentat meurtrier de Moscou, attribué à une cellule de l’État islamique basée en Afghanistan.',
  'Les autorités russes misent désormais sur des projets communs dans les domaines de l’énergie, des transports, de l’agriculture et des infrastructures, pour structurer cette nouvelle coopération bilatérale.',
  'En dépit de cette reconnaissance, le régime taliban reste largement isolé sur la scène internationale. Ni les États-Unis, ni l’Union européenne, ni aucun autre pays occidental n’a franchi le pas, en raison des nombreuses violations des droits humains constatées, notamment à l’encontre des femmes.',
];

const DEMO_URL =
  'https://www.nasuba-infos.example/international/russie-reconnait-talibans?utm_source=whatsapp';

function demo(): { doc: Document; article: ExtractedArticle } {
  const doc = parse(fixtureHtml('demo-fr.html'));
  const article = extractArticle(doc, { url: DEMO_URL });
  if (!article) throw new Error('demo-fr.html was not detected as an article');
  return { doc, article };
}

/** Every segment's live text equals the article text it claims to cover. */
function expectSegmentsMatch(doc: Document, article: ExtractedArticle): void {
  let previousEnd = 0;
  for (const segment of article.segments) {
    const length = segment.end - segment.start;
    expect(doc.contains(segment.node)).toBe(true);
    expect(segment.node.data.slice(segment.nodeOffset, segment.nodeOffset + length)).toBe(
      article.text.slice(segment.start, segment.end),
    );
    expect(segment.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = segment.end;
  }
  // What no segment covers is only separators: single spaces and block breaks.
  let uncovered = '';
  let cursor = 0;
  for (const segment of article.segments) {
    uncovered += article.text.slice(cursor, segment.start);
    cursor = segment.end;
  }
  uncovered += article.text.slice(cursor);
  expect(uncovered).toMatch(/^[ \n]*$/);
}

describe('extractArticle on the French demo page', () => {
  test('keeps every paragraph of the article', () => {
    const { article } = demo();
    for (const paragraph of SEED_PARAGRAPHS) expect(article.text).toContain(paragraph);
  });

  test.each([
    'Suivez-nous',
    'WhatsApp',
    'LIRE AUSSI',
    'Soraya Riffy',
    'Views: 0',
    'Accueil',
    'Politique',
    'commentaires',
    'Karim B.',
    'Les plus lus',
    'Carburants',
    'cookies',
    'Publicité',
    'Mentions légales',
  ])('leaves out %s', (boilerplate) => {
    expect(demo().article.text).not.toContain(boilerplate);
  });

  test('maps every segment onto the live page', () => {
    const { doc, article } = demo();
    expect(article.segments.length).toBeGreaterThan(SEED_PARAGRAPHS.length);
    expectSegmentsMatch(doc, article);
  });

  test('reads the metadata', () => {
    const { article } = demo();
    expect(article).toMatchObject({
      url: 'https://www.nasuba-infos.example/international/russie-reconnait-talibans',
      title: 'La Russie reconnaît officiellement le régime des talibans',
      lang: 'fr',
      byline: 'Amina Diallo',
      siteName: 'Nasuba Infos',
      publishedTime: '2025-07-04T09:30:00+00:00',
    });
  });

  test('does not change the live page', () => {
    const doc = parse(fixtureHtml('demo-fr.html'));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: DEMO_URL });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle on the English wire page', () => {
  const url = 'https://meridianwire.example/business/rhine-drought-cargo-2024-08-14/?utm_source=x';

  test('finds a div-soup article without <article> or <p>', () => {
    const doc = parse(fixtureHtml('wire-en.html'));
    const article = extractArticle(doc, { url });
    expect(article?.text).toContain('the lowest reading since records began in 1930');
    expect(article?.text).toContain('In the view of many in the industry, the delay is simply indefensible.');
    for (const boilerplate of [
      'Read more',
      'newsletter',
      'inbox',
      'Sign In',
      'More from Meridian',
      'Lufthansa',
    ]) {
      expect(article?.text).not.toContain(boilerplate);
    }
    if (article) expectSegmentsMatch(doc, article);
  });

  test('reads JSON-LD date, span byline and a relative og:url', () => {
    const doc = parse(fixtureHtml('wire-en.html'));
    expect(extractArticle(doc, { url })).toMatchObject({
      url: 'https://meridianwire.example/business/rhine-drought-cargo-2024-08-14/',
      title: 'Drought cuts Rhine cargo as water levels hit record low',
      lang: 'en',
      byline: 'Daniel Okafor',
      siteName: 'Meridian Wire',
      publishedTime: '2024-08-14T06:12:00Z',
    });
  });
});

describe('extractArticle on other pages', () => {
  const paragraph =
    'The city council approved the new budget on Monday after a debate that lasted more than six hours, with 31 votes in favour and 12 against.';

  test('collapses whitespace and joins blocks with blank lines', () => {
    const doc = parse(
      articlePage([
        `${paragraph}\n   It   takes effect\tin <b>January</b>.`,
        `${paragraph} Critics said it was rushed.`,
        `${paragraph} The mayor disagreed.`,
      ]),
    );
    const article = extractArticle(doc, { url: 'https://city.example/budget' });
    expect(article?.text.split('\n\n')[0]).toBe(`${paragraph} It takes effect in January.`);
    if (article) expectSegmentsMatch(doc, article);
  });

  test('guesses the language when the page does not declare it', () => {
    const doc = parse(articlePage([paragraph, paragraph, paragraph]));
    expect(extractArticle(doc, { url: 'https://city.example/budget' })?.lang).toBe('en');
  });

  test('falls back to <time datetime> for the publication time', () => {
    const doc = parse(
      articlePage([
        `<time datetime="2024-03-01T08:00:00Z">1 March</time> ${paragraph}`,
        paragraph,
        paragraph,
      ]),
    );
    expect(extractArticle(doc, { url: 'https://city.example/budget' })?.publishedTime).toBe(
      '2024-03-01T08:00:00Z',
    );
  });

  test.each([
    [
      'a home page of headline links',
      `<html><head><meta property="og:type" content="website"><title>News</title></head><body><main>${Array.from(
        { length: 30 },
        (_, i) =>
          `<div class="tile"><h3><a href="/s/${i}">Headline number ${i} about a very important story of the day</a></h3></div>`,
      ).join('')}</main></body></html>`,
    ],
    [
      'search results',
      `<html><head><title>Search</title></head><body><form><input name="q"></form><ol>${Array.from(
        { length: 15 },
        (_, i) =>
          `<li><a href="/r/${i}">Result ${i}: budget vote in the council</a><p><a href="/r/${i}">https://city.example/r/${i}</a></p></li>`,
      ).join('')}</ol></body></html>`,
    ],
    [
      'a web app shell',
      '<html><head><title>App</title></head><body><div id="root"><button>New document</button><div>Loading…</div></div></body></html>',
    ],
    ['an empty page', '<html><head></head><body></body></html>'],
    [
      'a landing page with one short blurb',
      `<html><head><meta property="og:type" content="website"></head><body><section><p>${paragraph}</p><p><a href="/signup">Sign up</a> <a href="/login">Log in</a></p></section></body></html>`,
    ],
  ])('returns null for %s', (_name, html) => {
    expect(extractArticle(parse(html), { url: 'https://site.example/' })).toBeNull();
  });
});
