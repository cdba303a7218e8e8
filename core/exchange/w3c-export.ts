/**
 * Export to W3C Web Annotation: one annotation per fact-check, `motivation: assessing`, the
 * claim's passage as target (TextQuoteSelector, then TextPositionSelector in code points, and a
 * TimeState dating the page copy), and bodies for the verdict, note, tags and sources. Fields
 * W3C has no term for ride in the Factmark extension (w3c-types.ts), so a Factmark → W3C →
 * Factmark round trip loses nothing. Claims without a fact-check are not exported: W3C has no
 * place for an unjudged passage.
 */
import { scriptSafeJson } from './script-safe-json';
import type { FactmarkBundle, JoinedFactCheck } from './bundle';
import { joinFactChecks } from './bundle';
import { annotationIdFor } from './w3c-ids';
import type { W3cAnnotation, W3cAnnotationCollection, W3cSourceBody, W3cTextualBody } from './w3c-types';
import { W3C_CONTEXT } from './w3c-types';

/** Options of a W3C export; the clock is passed in. */
export interface W3cExportOptions {
  exportedAt: string;
  /** Collection label; defaults to "Factmark fact-checks". */
  label?: string;
}

/** The annotation for one fact-check with its claim and article. */
export function toW3cAnnotation({ factCheck, claim, article }: JoinedFactCheck): W3cAnnotation {
  const text = (purpose: W3cTextualBody['purpose'], value: string): W3cTextualBody => ({
    type: 'TextualBody',
    purpose,
    value,
    format: 'text/plain',
  });
  const sources = factCheck.sources.map(
    (source): W3cSourceBody => ({
      type: 'SpecificResource',
      purpose: 'linking',
      source: source.url,
      ...(source.quote === undefined ? {} : { selector: { type: 'TextQuoteSelector', exact: source.quote } }),
      'factmark:title': source.title,
      'factmark:stance': source.stance,
    }),
  );
  const body = [
    ...(factCheck.verdict === null ? [] : [text('assessing', factCheck.verdict)]),
    ...(factCheck.note === '' ? [] : [text('commenting', factCheck.note)]),
    ...factCheck.tags.map((tag) => text('tagging', tag)),
    ...sources,
  ];
  const { url, ...articleExtension } = article;
  return {
    id: annotationIdFor(factCheck.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: factCheck.createdAt,
    modified: factCheck.updatedAt,
    ...(factCheck.author === undefined ? {} : { creator: { type: 'Person', name: factCheck.author } }),
    ...(body.length === 0 ? {} : { body }),
    target: {
      type: 'SpecificResource',
      source: url,
      selector: [{ ...claim.quote }, { ...claim.position }],
      state: {
        type: 'TimeState',
        sourceDate: claim.checkedAt ?? claim.createdAt,
        ...(claim.checkedFingerprint === undefined
          ? {}
          : { 'factmark:fingerprint': claim.checkedFingerprint }),
      },
      'factmark:article': articleExtension,
    },
    'factmark:claim': {
      id: claim.id,
      text: claim.text,
      // A title's claim: its selectors are into the article's title, not its text.
      ...(claim.place === undefined ? {} : { place: claim.place }),
      origin: claim.origin,
      score: claim.score,
      createdAt: claim.createdAt,
    },
  };
}

/** An AnnotationCollection whose embedded first page holds every fact-check of `bundle`. */
export function toW3cCollection(bundle: FactmarkBundle, options: W3cExportOptions): W3cAnnotationCollection {
  const items = joinFactChecks(bundle).map(toW3cAnnotation);
  const id = `urn:factmark:export:${options.exportedAt}`;
  return {
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label ?? 'Factmark fact-checks',
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * The collection as indented JSON-LD text, safe to embed in a script element like every JSON-LD
 * export (script-safe-json.ts); save it with W3C_MEDIA_TYPE.
 */
export function toW3cJson(bundle: FactmarkBundle, options: W3cExportOptions): string {
  return `${scriptSafeJson(toW3cCollection(bundle, options))}\n`;
}
