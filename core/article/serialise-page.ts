/**
 * The page as HTML, the way the content script sends it for analysis: doctype (it decides quirks
 * mode, which changes how some markup parses) and the root element's serialisation. Its own file
 * so the content script does not bundle the analysis it sends this to.
 */
export function serialisePage(doc: Document): string {
  return doctypeOf(doc) + (doc.documentElement?.outerHTML ?? '');
}

/** `<!DOCTYPE …>` with its public and system identifiers, as HTML serialises it ('' when none). */
function doctypeOf(doc: Document): string {
  const doctype = doc.doctype;
  if (!doctype) return '';
  const publicId = doctype.publicId ? ` PUBLIC "${doctype.publicId}"` : '';
  const systemKeyword = doctype.systemId && !doctype.publicId ? ' SYSTEM' : '';
  const systemId = doctype.systemId ? `${systemKeyword} "${doctype.systemId}"` : '';
  return `<!DOCTYPE ${doctype.name}${publicId}${systemId}>`;
}
