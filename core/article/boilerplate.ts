/**
 * In-article boilerplate that Readability keeps: "read also" teasers, share/follow prompts,
 * newsletter asks, view counters, ad labels, credit lines, gallery and UI labels, date/byline
 * lines. French and English phrases, and the commonest German, Spanish and Italian labels. (A
 * lone bare URL needs its neighbours: ./bare-urls.ts.)
 *
 * Works on whole blocks (a paragraph, list item or line), never inside one, and only on short
 * blocks: every rule has a length cap so that a real sentence of the article that merely starts
 * the same way ("Follow-up tests showed…") survives. Every rule was measured on the extraction
 * benchmark (tests/bench/extraction.ts) by leaving it out: each one either raised F1 there or was
 * neutral on it and covers a phrase of the French fixtures (share prompts, view counters).
 *
 * Cost: this runs once per page in a fresh content script, where a regex costs most when it is
 * first parsed and compiled (up to milliseconds for a /iu pattern with \p{L}), not when it runs.
 * So each pattern is built on first use, and the rules that can give a cheap exact precondition
 * (`hint`) skip their regex, hence its compilation, on the blocks that cannot match.
 */
import { isDateLine } from './date-line';

interface Rule {
  /** Tested against the block text (whitespace already collapsed, trimmed); built on first use. */
  pattern: () => RegExp;
  /** Longest block the rule may drop, in UTF-16 units. */
  maxLength: number;
  /**
   * A plain-string precondition, true for every text `pattern` matches (so skipping the regex
   * when it is false changes nothing); it only tests characters that have no case variants.
   */
  hint?: (text: string) => boolean;
  /** Evidence that a matching block is article text after all. */
  unless?: (text: string) => boolean;
}

/** `build`'s regex, created on the first call and reused after. */
function lazy(build: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= build();
    return pattern;
  };
}

const hasUrl = (text: string) => text.includes('://');
const hasColon = (text: string) => text.includes(':');
/** A price or a rate: "$5", "4,99 €", "10 euros", "a month", "par mois". */
const PRICE =
  /[$€£¥]\s?\d|\d\s?(?:[$€£¥]|euros?\b|dollars?\b|pounds?\b)|\b(?:a|per|each) (?:month|year|week)\b|\bpar (?:mois|an|semaine)\b|\/(?:mo|month|yr|year)\b/i;
/** ASCII digits, which is all `\d` means, even under /iu. */
const DIGIT = /\d/;

/** Separator after a teaser label: colon, dash, guillemet, ellipsis, pipe or end of block. */
const SEP = String.raw`\s*(?:[:：»›>|–—-]|\.{3}|…|$)`;

const TEASER_LABELS = [
  '[àa] lire (?:aussi|[ée]galement|encore)',
  'lire (?:aussi|[ée]galement|la suite)',
  // Le Monde's bare "Lire : <headline>"; SEP then demands the colon-like separator.
  'lire',
  '[àa]? ?voir aussi',
  'sur le m[êe]me (?:sujet|th[èe]me)',
  'dans la m[êe]me rubrique',
  'ne manquez pas',
  'les plus lus',
  'read (?:more|also|next)',
  'also read',
  'see also',
  'related(?: stories| articles| coverage| content)?',
  'recommended(?: reading| for you)?',
  '(?:you )?(?:might|may) also like',
  "don['’]t miss",
  'most popular',
  'watch',
  // German, Spanish, Italian: the benchmark pages are in many languages, the teasers alike.
  '(?:lesen sie )?auch lesen',
  'lesen sie (?:auch|mehr)(?: die folgenden beitr[äa]ge)?',
  'zum weiterlesen',
  'weiterlesen',
  'mehr (?:zum thema|dazu|von)',
  'siehe auch',
  'das (?:thema )?k[öo]nnte (?:sie|dich) auch interessieren!?',
  '(?:le|te) puede interesar',
  'lea tambi[ée]n',
  'lee tambi[ée]n',
  'ver tambi[ée]n',
  'mira',
  'leggi anche',
];

/**
 * The "more …" teaser labels, apart from TEASER_LABELS because their \p{L} classes cost the most
 * to compile under /iu: they only run on blocks that start with "more " (no letter of which has
 * a case variant beyond its ASCII capital, so lower-casing is exact).
 */
const MORE_LABEL = String.raw`more (?:on this(?: story)?|from [\p{L} ]{2,40}|great [\p{L} ]{2,20} stories|articles (?:from|by) .{2,40})`;

/** Whole-block UI labels: buttons, widgets and section titles that are never article text. */
const UI_LABELS = [
  'sign in',
  'log in',
  'subscribe',
  'close',
  'caption',
  'share',
  'tweet',
  'email',
  'print',
  'comments?',
  'tags',
  'latest',
  'popular',
  'highlights',
  'breaking news',
  String.raw`loading(?: content)?\s*(?:\.{3}|…)?`,
  'order reprints',
  'print article',
  'text size',
  'about the author',
  'trending',
  'se connecter',
  "s['’]abonner",
  'fermer',
  'partager',
  'imprimer',
  'commentaires?',
  'mots[- ]cl[ée]s',
  'à la une',
  'en continu',
  'envoyer',
  'bild anzeigen',
  'rezept drucken',
  'drucken',
  'teilen',
  'kommentare?',
  'anmelden',
  'abonnieren',
  'community',
  'beitragsbild',
  'valora esta noticia',
  'compartir',
];

const RULES: Rule[] = [
  // Teasers to other articles. Capped near one headline (titles run 60–150 characters).
  { pattern: lazy(() => new RegExp(`^(?:${TEASER_LABELS.join('|')})${SEP}`, 'iu')), maxLength: 220 },
  {
    pattern: lazy(() => new RegExp(`^${MORE_LABEL}${SEP}`, 'iu')),
    maxLength: 220,
    hint: (text) => text.slice(0, 5).toLowerCase() === 'more ',
  },
  { pattern: lazy(() => new RegExp(`^(?:${UI_LABELS.join('|')})$`, 'iu')), maxLength: 30 },
  // Follow / share / join prompts. A prompt with a price ("Sign up for Acme TV for $5 a month")
  // is an offer, the text of a deals article.
  {
    pattern: lazy(
      () =>
        /^(?:suivez[- ]nous|rejoignez[- ]nous|retrouvez[- ]nous|abonnez[- ]vous|partagez(?: cet article)?|follow (?:us|@|him|her|them)|join us|like us|share (?:this|on)|subscribe (?:to|now)|sign up (?:for|to))/iu,
    ),
    maxLength: 200,
    unless: (text) => PRICE.test(text),
  },
  // Contact lines: "Email X at …", "Write to X at …", "Reach the reporters on Twitter at …".
  {
    pattern: lazy(() => /^(?:e-?mail|write to|reach|contact(?:ez)?|[ée]crire [àa]) .*(?:@|https?:\/\/)/iu),
    maxLength: 200,
    hint: (text) => text.includes('@') || hasUrl(text),
  },
  { pattern: lazy(() => /\b(?:cliquez ici|click here|tap here)\b/iu), maxLength: 120 },
  // Newsletter asks.
  {
    pattern: lazy(
      () => /\b(?:newsletters?|in your inbox|dans votre bo[îi]te (?:mail|e-mail|aux lettres))\b/iu,
    ),
    maxLength: 160,
  },
  // View and comment counters: "Views: 0", "1 234 vues", "12 comments".
  {
    pattern: lazy(
      () =>
        /^(?:(?:views?|vues?|lectures?|comments?|commentaires?)\s*:?\s*[\d\s.,]+|[\d\s.,]+\s*(?:views?|vues?|lectures?|comments?|commentaires?|partages|shares))$/iu,
    ),
    maxLength: 40,
  },
  // Ad labels and "continues below" markers.
  {
    pattern: lazy(
      () =>
        /^(?:publicit[ée]|publicidad|anzeige|werbung|advertisement|advertising|sponsored(?: content)?|sponsoris[ée]|contenu sponsoris[ée]|annonce|ad|pub|la suite apr[èe]s (?:cette )?(?:publicit[ée]|la pub)|(?:story|article) continues below(?: advertisement)?|continue reading(?: below| the main story)?)[.:]?$/iu,
    ),
    maxLength: 60,
  },
  // Credit lines: "Photo : AFP", "© Reuters", "Crédit photo : …", "Image copyright EPA".
  {
    pattern: lazy(
      () =>
        /^(?:©|\(c\)|cr[ée]dits? ?(?:photo)?\s*:|credits?\s*:|photo\s*(?:credit)?\s*:|image\s*:|illustration\s*:|bild\s*:|fotos?\s*:|\((?:image|photo) credit|image (?:copyright|caption))/iu,
    ),
    maxLength: 250,
  },
  // Captions that end with their credit: "… (Image: GETTY)", "…Credit: EPA", "(AP Photo/…)".
  {
    pattern: lazy(
      () =>
        /(?:\((?:image|photo|picture|cr[ée]dit)s?(?: credit)?\s*:[^)]*\)|credit:\s*[^.]{2,60}|\((?:ap|afp) photo[^)]*\))$/iu,
    ),
    maxLength: 250,
    hint: (text) => hasColon(text) || text.endsWith(')'),
  },
  // Gallery counters: "Image 1 of 9", "Photo 2 / 5".
  {
    pattern: lazy(() => /^(?:image|photo|slide|diapo)\s*\d+\s*(?:of|sur|\/)\s*\/?\s*\d*$/iu),
    maxLength: 30,
    hint: (text) => DIGIT.test(text),
  },
  // Tag lists and copyright notices.
  {
    pattern: lazy(() => /^(?:tags|mots[- ]cl[ée]s|topics|filed under|cat[ée]gories?)\s*:/iu),
    maxLength: 300,
    hint: hasColon,
  },
  {
    pattern: lazy(() => /^copyright\b|\ball rights reserved\b|\btous droits r[ée]serv[ée]s\b/iu),
    maxLength: 200,
  },
];

/**
 * Whether a block of article text is boilerplate that should not reach the reader's text.
 * `dateLine: false` keeps date and time lines (a data table's cells: ./table-cells.ts).
 */
export function isBoilerplate(text: string, { dateLine = true }: { dateLine?: boolean } = {}): boolean {
  for (const rule of RULES) {
    if (
      text.length <= rule.maxLength &&
      (rule.hint?.(text) ?? true) &&
      rule.pattern().test(text) &&
      !rule.unless?.(text)
    )
      return true;
  }
  return dateLine && isDateLine(text);
}
