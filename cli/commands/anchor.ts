/**
 * `factmark anchor PAGE.html ANNOTATIONS.json [--url URL]`: finds each W3C Web Annotation's
 * passage in the page's article text (the same extraction as the content script), or in its title
 * for a Factmark claim of the title (`factmark:claim` `place` `title`), and prints one JSON line
 * per annotation, in input order: {"id","status","start","end","text"}, plus "place": "title"
 * for a title's claim and "was" and "now" when the status is `changed`.
 *
 * Status: `exact` (the quote verbatim), `fuzzy` (found with only spacing changed), `changed` (found,
 * but its words were edited since it was checked: `was` is the quote, `now` the text there now;
 * core/versions/claim-change.ts) or `orphan` (not found).
 *
 * start/end count Unicode code points into the article text (or title), as W3C's
 * TextPositionSelector does (not JavaScript's UTF-16 units); start, end and text are null for an
 * orphan. Accepts one
 * Annotation, an AnnotationCollection with an embedded `first` AnnotationPage, an AnnotationPage,
 * or a plain array; ANNOTATIONS.json may be `-` for stdin. Exit code: 0 when every annotation was
 * processed (orphans included), 1 for unreadable input, no annotations or no article, 2 for usage.
 */
import { pathToFileURL } from 'node:url';
import { type AnchorSelectors, anchorAll } from '../../core/anchoring/anchor';
import { offsetConverter } from '../../core/anchoring/code-points';
import { extractArticle } from '../../core/article/extract-article';
import { asList, hasType, iriOf, isJsonObject } from '../../core/exchange/json-shape';
import { classifyClaim } from '../../core/versions/claim-change';
import { parseHtml } from '../dom';
import type { CliIo } from '../io';

const USAGE = 'Usage: factmark anchor PAGE.html ANNOTATIONS.json [--url URL]  (ANNOTATIONS.json may be -)';

/** The annotations of a parsed file, or why there are none. */
function annotationsOf(json: unknown): unknown[] | string {
  if (Array.isArray(json)) return json;
  if (hasType(json, 'Annotation')) return [json];
  const page = hasType(json, 'AnnotationCollection') && isJsonObject(json) ? json.first : json;
  if (hasType(page, 'AnnotationPage') && isJsonObject(page)) return asList(page.items);
  if (typeof page === 'string') return `its first page (${page}) is not embedded in the collection`;
  return 'it is not an Annotation, an AnnotationCollection, an AnnotationPage or an array';
}

const isOffset = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Whether the annotation is Factmark's fact-check of a claim in the article's title. */
function inTitle(annotation: unknown): boolean {
  const claim = isJsonObject(annotation) ? annotation['factmark:claim'] : undefined;
  return isJsonObject(claim) && claim.place === 'title';
}

/** The quote and position selectors of the first target that has a usable TextQuoteSelector. */
function selectorsOf(annotation: unknown): AnchorSelectors | null {
  const targets = isJsonObject(annotation) ? asList(annotation.target) : [];
  for (const target of targets) {
    const selectors = isJsonObject(target) ? asList(target.selector) : [];
    const quote = selectors.find(
      (s) => hasType(s, 'TextQuoteSelector') && isJsonObject(s) && typeof s.exact === 'string',
    );
    if (!isJsonObject(quote) || typeof quote.exact !== 'string') continue;
    const position = selectors.find(
      (s) => hasType(s, 'TextPositionSelector') && isJsonObject(s) && isOffset(s.start) && isOffset(s.end),
    );
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: text(quote.prefix),
        suffix: text(quote.suffix),
      },
      ...(isJsonObject(position) && isOffset(position.start) && isOffset(position.end)
        ? { position: { type: 'TextPositionSelector', start: position.start, end: position.end } }
        : {}),
    };
  }
  return null;
}

function parseArgs(args: string[]): { page: string; annotations: string; url: string | undefined } | null {
  const urlIndex = args.indexOf('--url');
  const url = urlIndex >= 0 ? args[urlIndex + 1] : undefined;
  const rest = args.filter((_, index) => urlIndex < 0 || (index !== urlIndex && index !== urlIndex + 1));
  const [page, annotations, ...extra] = rest;
  if (page === undefined || annotations === undefined || extra.length > 0 || (urlIndex >= 0 && !url))
    return null;
  if (rest.some((arg) => arg.startsWith('--'))) return null;
  return { page, annotations, url };
}

/** Runs `factmark anchor` and returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === null) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const { page, annotations: file, url } = parsed;
  let html: string;
  let source: string;
  try {
    html = await io.readFile(page);
    source = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    io.stderr(`factmark anchor: cannot read input: ${(error as Error).message}\n`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    io.stderr(`factmark anchor: ${file} is not valid JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const annotations = annotationsOf(json);
  if (typeof annotations === 'string' || annotations.length === 0) {
    io.stderr(
      `factmark anchor: no annotations in ${file}: ${typeof annotations === 'string' ? annotations : 'the list is empty'}\n`,
    );
    return 1;
  }

  const pageUrl = url ?? pathToFileURL(page).href;
  const article = extractArticle(parseHtml(html, pageUrl), { url: pageUrl });
  if (article === null)
    io.stderr(`factmark anchor: no article found in ${page}; every annotation is an orphan\n`);
  const items = annotations.map((annotation) => ({
    id: iriOf(annotation) ?? null,
    selectors: selectorsOf(annotation),
    title: inTitle(annotation),
  }));
  // Each claim is anchored in its own words: the title's in the title, the others in the text.
  const anchored = (title: boolean) => {
    const source = (title ? article?.title : article?.text) ?? '';
    const usable = items.flatMap((item) => (item.title === title && item.selectors ? [item.selectors] : []));
    return {
      source,
      offsets: offsetConverter(source),
      results: article === null ? [] : anchorAll(source, usable),
    };
  };
  const inText = anchored(false);
  const ofTitle = anchored(true);
  for (const { id, selectors, title } of items) {
    if (selectors === null)
      io.stderr(`factmark anchor: annotation ${id ?? '(no id)'} has no TextQuoteSelector in its target\n`);
    const { source, offsets, results } = title ? ofTitle : inText;
    const result = selectors === null ? undefined : results.shift();
    const change =
      result === undefined || selectors === null
        ? null
        : classifyClaim(selectors.quote.exact, source, result);
    const place = title ? { place: 'title' } : {};
    const line =
      change === null || change.status === 'orphan'
        ? { id, ...place, status: 'orphan', start: null, end: null, text: null }
        : {
            id,
            ...place,
            status: change.status,
            start: offsets.toCodePoints(change.start),
            end: offsets.toCodePoints(change.end),
            text: source.slice(change.start, change.end),
            ...(change.status === 'changed' ? { was: change.was, now: change.now } : {}),
          };
    io.stdout(`${JSON.stringify(line)}\n`);
  }
  return article === null ? 1 : 0;
}
