/**
 * What the block classifier (./block-classifier.ts) sees of each body block: its text (length,
 * link density, digits, capitals, closing punctuation), its position against the body's
 * paragraphs, its tag and the tags and class/id tokens of the live elements between it and the
 * article's root, its neighbours, and whether its text repeats elsewhere in the page.
 *
 * Read on the live page through each block's first text node (Readability strips classes from its
 * copy). Pure: the document is passed in, so the extension and the CLI compute the same numbers.
 * Invariant: `blockFeatures` returns one vector of `FEATURE_NAMES.length` numbers per block.
 */
import type { Block } from './blocks';

/** A paragraph-sized block: longer than a headline (as in ./is-article.ts). */
const PARAGRAPH_LENGTH = 120;
/** Blocks longer than this are not searched for elsewhere in the page (a repeated menu entry or teaser is short). */
const MAX_REPEAT_LENGTH = 200;
/** How far up from a block its elements are read, at most (the article root usually comes first). */
const MAX_DEPTH = 8;

/** Class/id token groups: a token belongs to a group when it starts with one of its stems. */
const TOKEN_GROUPS: Record<string, readonly string[]> = {
  share: ['share', 'social', 'sharing'],
  related: [
    'related',
    'recommend',
    'teaser',
    'promo',
    'popular',
    'trending',
    'more',
    'readmore',
    'outbrain',
    'taboola',
  ],
  nav: ['nav', 'menu', 'breadcrumb', 'pagination', 'pager'],
  footer: ['footer', 'foot'],
  comment: ['comment', 'disqus', 'reply'],
  author: ['author', 'byline', 'bio', 'avatar', 'profile', 'writer'],
  meta: ['meta', 'date', 'time', 'dateline', 'published', 'info', 'posted'],
  tags: ['tag', 'categor', 'topic', 'keyword', 'label'],
  ad: ['ad', 'ads', 'advert', 'sponsor', 'banner', 'dfp', 'commercial'],
  signup: ['newsletter', 'subscri', 'signup', 'cta', 'promo-box', 'paywall', 'register'],
  caption: ['caption', 'credit', 'copyright', 'figcaption', 'legend'],
  sidebar: ['sidebar', 'widget', 'aside', 'rail', 'sidebox'],
  control: ['button', 'btn', 'icon', 'toolbar', 'tool', 'print', 'hidden', 'modal', 'popup'],
  body: ['content', 'article', 'body', 'text', 'story', 'entry', 'post', 'prose', 'paragraph'],
};
/** Stems matched as whole tokens only (as prefixes they would take "header", "address", "adjust"…). */
const WHOLE_TOKENS = new Set([
  'ad',
  'ads',
  'tag',
  'more',
  'foot',
  'bio',
  'info',
  'label',
  'time',
  'date',
  'tool',
  'cta',
  'rail',
]);

const GROUP_NAMES = Object.keys(TOKEN_GROUPS);
const PATH_TAGS = ['ul', 'ol', 'table', 'aside', 'nav', 'footer', 'header', 'form', 'figure', 'a'] as const;
const BLOCK_TAGS = ['p', 'li', 'heading', 'cell', 'caption', 'blockquote', 'loose', 'other'] as const;

export const FEATURE_NAMES: readonly string[] = [
  'length',
  'short',
  'link density',
  'sentence end',
  'digit share',
  'capital share',
  'position',
  'before body',
  'after body',
  'depth',
  'repeated',
  'previous link density',
  'next link density',
  'previous paragraph',
  'next paragraph',
  ...BLOCK_TAGS.map((tag) => `tag ${tag}`),
  ...PATH_TAGS.map((tag) => `in ${tag}`),
  ...GROUP_NAMES.map((group) => `class ${group}`),
];

const TOKEN = /[a-z0-9]+/g;
const SENTENCE_END = /[.!?…:;"'”»)\]]$/;
const DIGIT = /\d/g;
const LETTER = /\p{L}/gu;
const CAPITAL = /\p{Lu}/gu;

function blockTag(block: Block): (typeof BLOCK_TAGS)[number] {
  const { tag } = block;
  if (block.caption || tag === 'figcaption' || tag === 'caption') return 'caption';
  if (tag === 'p' || tag === 'li' || tag === 'blockquote') return tag;
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'td' || tag === 'th') return 'cell';
  return tag === '' ? 'loose' : 'other';
}

/** The group names the class and id of `element` name. */
function groupsOf(element: Element, into: Set<string>): void {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  for (const token of names.match(TOKEN) ?? []) {
    for (const group of GROUP_NAMES) {
      if (into.has(group)) continue;
      const stems = TOKEN_GROUPS[group] ?? [];
      if (stems.some((stem) => (WHOLE_TOKENS.has(stem) ? token === stem : token.startsWith(stem)))) {
        into.add(group);
      }
    }
  }
}

/** Deepest ancestor chain read: far below any real page's nesting, a bound on hostile ones. */
const MAX_CHAIN = 64;

/** The live elements above `block`'s first text node, nearest first (MAX_CHAIN at most). */
function ancestorsOf(block: Block): Element[] {
  const chain: Element[] = [];
  for (
    let element = block.pieces[0]?.node.parentElement ?? null;
    element && chain.length < MAX_CHAIN;
    element = element.parentElement
  ) {
    chain.push(element);
  }
  return chain;
}

/**
 * How many of each block's ancestors lie below the blocks' lowest common ancestor (the article's
 * root on the live page), capped at MAX_DEPTH.
 */
function depthsBelowRoot(chains: readonly Element[][]): number[] {
  const first = chains[0] ?? [];
  const indexInFirst = new Map(first.map((element, i) => [element, i]));
  let root = 0;
  for (const chain of chains) {
    const shared = chain.find((element) => indexInFirst.has(element));
    root = Math.max(root, shared ? (indexInFirst.get(shared) ?? 0) : first.length);
  }
  const rootElement = first[root];
  return chains.map((chain) => {
    const at = rootElement ? chain.indexOf(rootElement) : chain.length;
    return Math.min(MAX_DEPTH, at < 0 ? chain.length : at);
  });
}

const share = (text: string, pattern: RegExp) =>
  (text.match(pattern)?.length ?? 0) / Math.max(1, text.length);
const linkDensity = (block: Block | undefined) =>
  block ? block.linkLength / Math.max(1, block.text.length) : 0;
const isParagraph = (block: Block | undefined) =>
  block !== undefined && block.text.length >= PARAGRAPH_LENGTH && linkDensity(block) < 0.5;

/** One feature vector per block, in `FEATURE_NAMES` order. */
export function blockFeatures(doc: Document, blocks: readonly Block[]): number[][] {
  const chains = blocks.map(ancestorsOf);
  const depths = depthsBelowRoot(chains);
  const firstParagraph = blocks.findIndex(isParagraph);
  const lastParagraph = blocks.findLastIndex(isParagraph);
  let pageText: string | null = null;
  return blocks.map((block, i) => {
    const { text } = block;
    const letters = text.match(LETTER)?.length ?? 0;
    let repeated = 0;
    if (text.length <= MAX_REPEAT_LENGTH) {
      pageText ??= (doc.body?.textContent ?? '').replace(/\s+/g, ' ');
      const at = pageText.indexOf(text);
      repeated = at >= 0 && pageText.indexOf(text, at + 1) >= 0 ? 1 : 0;
    }
    const depth = depths[i] ?? 0;
    const below = (chains[i] ?? []).slice(0, depth);
    const tags = new Set(below.map((element) => element.localName));
    const groups = new Set<string>();
    for (const element of below) groupsOf(element, groups);
    const tag = blockTag(block);
    return [
      Math.log1p(text.length) / Math.log(1000),
      text.length < 30 ? 1 : 0,
      linkDensity(block),
      SENTENCE_END.test(text) ? 1 : 0,
      share(text, DIGIT),
      (text.match(CAPITAL)?.length ?? 0) / Math.max(1, letters),
      blocks.length > 1 ? i / (blocks.length - 1) : 0,
      firstParagraph >= 0 && i < firstParagraph ? 1 : 0,
      lastParagraph >= 0 && i > lastParagraph ? 1 : 0,
      depth / MAX_DEPTH,
      repeated,
      linkDensity(blocks[i - 1]),
      linkDensity(blocks[i + 1]),
      isParagraph(blocks[i - 1]) ? 1 : 0,
      isParagraph(blocks[i + 1]) ? 1 : 0,
      ...BLOCK_TAGS.map((name) => (name === tag ? 1 : 0)),
      ...PATH_TAGS.map((name) => (tags.has(name) ? 1 : 0)),
      ...GROUP_NAMES.map((group) => (groups.has(group) ? 1 : 0)),
    ];
  });
}
