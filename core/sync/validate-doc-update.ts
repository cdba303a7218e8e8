/**
 * The desk database's `validate_doc_update` function, as the source text CouchDB stores in the
 * design document `_design/factmark`. CouchDB runs it on every write, replication included, so a
 * desk keeps Factmark's record rules and its authorship even against a client that skips them:
 *
 * - only the desk's members write (CouchDB's `_security` already refuses others' reads and writes);
 * - every document is an article, a claim or a fact-check with the fields and bounds of the
 *   exchange format (http(s) links only, the fixed verdict scale, UTC timestamps);
 * - a fact-check names its author, and a member writes or deletes only their own fact-checks,
 *   unless they have the `editor` role (or are a server or database admin).
 *
 * Written in ES5: CouchDB 3's default JavaScript engine (SpiderMonkey 1.8.5) knows no later
 * syntax. tests/unit/core/sync/validate-doc-update.test.ts runs it in Node as CouchDB would.
 */

/** The role that lets a member edit and delete other members' fact-checks. */
export const EDITOR_ROLE = 'editor';

/** The design document's id. */
const DESIGN_DOC_ID = '_design/factmark';

export const VALIDATE_DOC_UPDATE_SOURCE = `function (newDoc, oldDoc, userCtx, secObj) {
  var VERDICTS = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unverifiable'];
  var EDITOR_ROLE = '${EDITOR_ROLE}';
  function has(list, item) {
    for (var i = 0; list && i < list.length; i++) if (list[i] === item) return true;
    return false;
  }
  function isList(value) {
    return Object.prototype.toString.call(value) === '[object Array]';
  }
  function refuse(reason) {
    throw { forbidden: reason };
  }
  function text(doc, field, max, required) {
    var value = doc[field];
    if (typeof value !== 'string') refuse(field + ' must be text');
    if (value.length > max) refuse(field + ' is longer than ' + max + ' characters');
    if (required && value.length === 0) refuse(field + ' is empty');
  }
  function nullableText(doc, field, max) {
    if (doc[field] !== null) text(doc, field, max, false);
  }
  function link(value, what) {
    if (typeof value !== 'string' || value.length > 2048 || !/^https?:\\/\\/[^\\s@\\/]+(\\/[^\\s]*)?$/i.test(value)) {
      refuse(what + ' must be an http or https address');
    }
  }
  function timestamp(doc, field) {
    if (typeof doc[field] !== 'string' || !/^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$/.test(doc[field])) {
      refuse(field + ' must be a UTC timestamp');
    }
  }
  function position(value) {
    return typeof value === 'number' && value >= 0 && Math.floor(value) === value;
  }
  function only(doc, fields) {
    for (var key in doc) {
      if (key.charAt(0) !== '_' && !has(fields, key)) refuse('unexpected field "' + key + '"');
    }
  }

  var isAdmin = has(userCtx.roles, '_admin') ||
    (secObj && secObj.admins && (has(secObj.admins.names, userCtx.name) || hasAny(secObj.admins.roles)));
  function hasAny(roles) {
    for (var i = 0; roles && i < roles.length; i++) if (has(userCtx.roles, roles[i])) return true;
    return false;
  }
  if (!userCtx.name) refuse('Sign in as a member of this desk to write to it');
  var isEditor = isAdmin || has(userCtx.roles, EDITOR_ROLE);
  var written = newDoc._deleted ? oldDoc : newDoc;

  if (oldDoc && oldDoc.type === 'factCheck' && !isEditor && oldDoc.author !== userCtx.name) {
    refuse('Only ' + oldDoc.author + ' or an editor may change this fact-check');
  }
  if (newDoc._deleted) return;
  if (oldDoc && oldDoc.type !== newDoc.type) refuse('a document cannot change type');

  if (newDoc.type === 'article') {
    only(newDoc, ['type', 'url', 'site', 'title', 'siteName', 'lang', 'byline', 'publishedTime', 'fingerprint', 'createdAt', 'updatedAt']);
    link(newDoc.url, 'article URL');
    text(newDoc, 'site', 253, false);
    text(newDoc, 'title', 1000, false);
    nullableText(newDoc, 'siteName', 1000);
    text(newDoc, 'lang', 128, false);
    nullableText(newDoc, 'byline', 1000);
    nullableText(newDoc, 'publishedTime', 128);
    text(newDoc, 'fingerprint', 128, false);
    timestamp(newDoc, 'createdAt');
    timestamp(newDoc, 'updatedAt');
  } else if (newDoc.type === 'claim') {
    only(newDoc, [
      'type', 'articleId', 'text', 'quote', 'position', 'place', 'origin', 'score', 'createdAt',
      'checkedFingerprint', 'checkedAt'
    ]);
    // A claim in the article's title (its selectors are into the title); absent for the text.
    if (newDoc.place !== undefined && newDoc.place !== 'title') refuse('claim place must be title when present');
    // The article version the claim was checked on (#15); absent on claims checked before.
    if (newDoc.checkedFingerprint !== undefined) text(newDoc, 'checkedFingerprint', 128, true);
    if (newDoc.checkedAt !== undefined) timestamp(newDoc, 'checkedAt');
    text(newDoc, 'articleId', 512, true);
    text(newDoc, 'text', 5000, true);
    if (!newDoc.quote || newDoc.quote.type !== 'TextQuoteSelector') refuse('quote must be a TextQuoteSelector');
    text(newDoc.quote, 'exact', 5000, true);
    text(newDoc.quote, 'prefix', 1000, false);
    text(newDoc.quote, 'suffix', 1000, false);
    var at = newDoc.position;
    if (!at || at.type !== 'TextPositionSelector' || !position(at.start) || !position(at.end) || at.end < at.start) {
      refuse('position must be a TextPositionSelector that ends after it starts');
    }
    if (newDoc.origin !== 'detected' && newDoc.origin !== 'manual') refuse('claim origin must be detected or manual');
    if (newDoc.score !== null && !(typeof newDoc.score === 'number' && newDoc.score >= 0 && newDoc.score <= 1)) {
      refuse('score must be between 0 and 1');
    }
    timestamp(newDoc, 'createdAt');
  } else if (newDoc.type === 'factCheck') {
    only(newDoc, ['type', 'claimId', 'articleId', 'verdict', 'sources', 'note', 'tags', 'author', 'createdAt', 'updatedAt']);
    text(newDoc, 'claimId', 512, true);
    text(newDoc, 'articleId', 512, true);
    if (newDoc.verdict !== null && !has(VERDICTS, newDoc.verdict)) refuse('verdict must be one of ' + VERDICTS.join(', '));
    if (!isList(newDoc.sources) || newDoc.sources.length > 50) refuse('sources must be a list of at most 50');
    for (var s = 0; s < newDoc.sources.length; s++) {
      var source = newDoc.sources[s];
      if (!source || typeof source !== 'object') refuse('each source must be an object');
      only(source, ['url', 'title', 'quote', 'stance']);
      link(source.url, 'source URL');
      text(source, 'title', 1000, false);
      if (source.quote !== undefined) text(source, 'quote', 5000, false);
      if (!has(['supports', 'refutes', 'context'], source.stance)) refuse('source stance must be supports, refutes or context');
    }
    text(newDoc, 'note', 20000, false);
    if (!isList(newDoc.tags) || newDoc.tags.length > 50) refuse('tags must be a list of at most 50');
    for (var t = 0; t < newDoc.tags.length; t++) text(newDoc.tags, t, 64, true);
    text(newDoc, 'author', 256, true);
    if (!isEditor && newDoc.author !== userCtx.name) refuse('A member may only write fact-checks under their own name');
    if (oldDoc && oldDoc.author !== newDoc.author && !isEditor) refuse('Only an editor may change a fact-check\\'s author');
    timestamp(newDoc, 'createdAt');
    timestamp(newDoc, 'updatedAt');
  } else {
    refuse('Factmark desks hold articles, claims and fact-checks only');
  }
  if (written._id.length > 512) refuse('id is longer than 512 characters');
}`;

/** The design document a desk database needs (written by the desk setup script). */
export function designDocument(): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE_SOURCE };
}
