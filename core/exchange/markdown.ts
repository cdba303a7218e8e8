/**
 * A readable Markdown report: per article its title and address, then each fact-checked claim
 * as a quote with its verdict, who checked it and when (first checked, last updated: long dates
 * in the report's language, in UTC so a report reads the same wherever it is made), note, tags
 * and sources as links; a claim whose words changed on its page since it was checked says so,
 * with the text as it reads now after the text as checked (the one the verdict was given to).
 * The headline's claims come first, each saying it is in the headline. All text from records is
 * escaped (every ASCII punctuation mark CommonMark gives meaning to gets a backslash), so a
 * note or title cannot create links, images, HTML or headings; link targets are http(s) only
 * (the schemas guarantee it) and written in `<…>` with spaces and brackets percent-encoded.
 */
import type { ArticleRecord, FactCheckRecord } from '../model/fact-check';
import type { FactmarkBundle, JoinedFactCheck } from './bundle';
import { joinFactChecks } from './bundle';
import type { LabelLocale } from './verdict-labels';
import { VERDICT_LABELS } from './verdict-labels';

/** Options of a Markdown report. */
export interface MarkdownOptions {
  /** Language of the verdict labels and headings; English by default. */
  locale?: LabelLocale;
  /** When the report was made, ISO 8601: written under the title. */
  exportedAt?: string;
  /** Who checked, for fact-checks that do not name their desk author; empty leaves it out. */
  authorName?: string;
}

const WORDS = {
  en: {
    title: 'Factmark report',
    verdict: 'Verdict',
    none: 'no verdict yet',
    changed: 'Changed since you checked it. The verdict was given to the text above; the page now reads:',
    inTitle: 'In the headline',
    tags: 'Tags',
    sources: 'Sources',
    exported: 'Exported on',
    checked: 'Checked on',
    updated: 'updated on',
    by: 'by',
    colon: ':',
  },
  fr: {
    title: 'Rapport Factmark',
    verdict: 'Verdict',
    none: 'pas encore de verdict',
    changed:
      'Modifié depuis votre vérification. Le verdict porte sur le texte ci-dessus ; la page dit maintenant :',
    inTitle: 'Dans le titre',
    tags: 'Étiquettes',
    sources: 'Sources',
    exported: 'Exporté le',
    checked: 'Vérifié le',
    updated: 'mis à jour le',
    by: 'par',
    /** French typography: a space before the colon. */
    colon: ' :',
  },
} as const;

const STANCES = {
  en: { supports: 'supports', refutes: 'refutes', context: 'context' },
  fr: { supports: 'confirme', refutes: 'réfute', context: 'contexte' },
} as const;

/** Characters with inline meaning: emphasis, code, links, images, HTML, entities, tables, strike. */
const INLINE_SYNTAX = /[\\`*_[\]<>&!|~{}]/gu;

/**
 * `text` with Markdown syntax backslash-escaped, line by line: inline syntax anywhere, and the
 * block markers that count only at the start of a line (headings, lists, setext underlines).
 * Leading indentation is dropped, as it would turn the line into a code block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n?|\n/u)
    .map((line) =>
      line
        .trimStart()
        .replace(INLINE_SYNTAX, '\\$&')
        .replace(/^[#\-+=]/u, '\\$&')
        .replace(/^(\d+)([.)])/u, '$1\\$2'),
    )
    .join('\n');
}

/** A link target in angle brackets: characters that could end it are percent-encoded. */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s\\]/gu, (char) => encodeURIComponent(char))}>`;
}

/** The report for `bundle`, articles and claims in bundle and text order. */
export function toMarkdown(bundle: FactmarkBundle, options: MarkdownOptions = {}): string {
  const locale = options.locale ?? 'en';
  const byArticle = new Map<string, { article: ArticleRecord; claims: JoinedFactCheck[] }>();
  for (const joined of joinFactChecks(bundle)) {
    const group = byArticle.get(joined.article.id) ?? { article: joined.article, claims: [] };
    group.claims.push(joined);
    byArticle.set(joined.article.id, group);
  }
  const context: Context = { locale, authorName: options.authorName?.trim() ?? '' };
  const sections = [...byArticle.values()].map((group) =>
    articleSection(group.article, group.claims, context),
  );
  const exported =
    options.exportedAt === undefined
      ? ''
      : `${WORDS[locale].exported} ${longDate(options.exportedAt, locale)}\n\n`;
  return `# ${WORDS[locale].title}\n\n${exported}${sections.join('\n\n')}\n`;
}

interface Context {
  locale: LabelLocale;
  authorName: string;
}

/** `2024-05-02T10:02:00.000Z` as "2 May 2024" / "2 mai 2024" (UTC). */
function longDate(iso: string, locale: LabelLocale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

/** "Checked on 2 May 2024, updated on 3 May 2024, by Jane": the update only when on another day. */
function checkedLine(factCheck: FactCheckRecord, context: Context): string {
  const words = WORDS[context.locale];
  const checked = longDate(factCheck.createdAt, context.locale);
  const updated = longDate(factCheck.updatedAt, context.locale);
  const author = factCheck.author ?? context.authorName;
  return [
    `${words.checked} ${checked}`,
    ...(updated === checked ? [] : [`${words.updated} ${updated}`]),
    ...(author === '' ? [] : [`${words.by} ${escapeMarkdown(author)}`]),
  ].join(', ');
}

function articleSection(article: ArticleRecord, list: JoinedFactCheck[], context: Context): string {
  const title = escapeMarkdown(article.title === '' ? article.url : article.title);
  // The title's claims first (their positions are into the title), then the text's in its order.
  const rank = ({ claim }: JoinedFactCheck) => (claim.place === 'title' ? 0 : 1);
  const claims = [...list].sort(
    (a, b) => rank(a) - rank(b) || a.claim.position.start - b.claim.position.start,
  );
  return [
    `## ${title}`,
    linkTarget(article.url),
    ...claims.map((joined) => claimBlock(joined, context)),
  ].join('\n\n');
}

function claimBlock({ factCheck, claim, readsNow }: JoinedFactCheck, context: Context): string {
  const { locale } = context;
  const words = WORDS[locale];
  const quote = quoteLines(claim.text);
  const verdict = factCheck.verdict === null ? words.none : VERDICT_LABELS[locale][factCheck.verdict];
  const changed =
    readsNow === undefined ? [] : [`**${escapeMarkdown(words.changed)}**`, quoteLines(readsNow)];
  const parts = [
    ...(claim.place === 'title' ? [`*${words.inTitle}*`] : []),
    quote,
    ...changed,
    `**${words.verdict}${words.colon}** ${escapeMarkdown(verdict)}`,
    checkedLine(factCheck, context),
  ];
  if (factCheck.note !== '') parts.push(paragraphs(escapeMarkdown(factCheck.note)));
  if (factCheck.tags.length > 0) {
    parts.push(`${words.tags}${words.colon} ${factCheck.tags.map(escapeMarkdown).join(', ')}`);
  }
  if (factCheck.sources.length > 0) {
    const items = factCheck.sources.map((source) => {
      const text = escapeMarkdown(source.title === '' ? source.url : source.title);
      const quoted = source.quote === undefined ? '' : ` — “${escapeMarkdown(source.quote)}”`;
      return `- [${text}](${linkTarget(source.url)}) (${STANCES[locale][source.stance]})${quoted}`;
    });
    parts.push(`${words.sources}${words.colon}\n\n${items.join('\n')}`);
  }
  return parts.join('\n\n');
}

/** Text as a blockquote: every line prefixed, escaped. */
function quoteLines(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Blank lines kept as paragraph breaks, single line breaks as Markdown hard breaks. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.split('\n').join('\\\n'))
    .join('\n\n');
}
