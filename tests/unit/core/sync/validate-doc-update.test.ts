/**
 * The desk's validate_doc_update, run in Node as CouchDB runs it: the stored source text,
 * evaluated in a fresh context, called with (newDoc, oldDoc, userCtx, secObj); a refusal is a
 * thrown `{ forbidden }`.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { recordToDoc } from '../../../../core/sync/record-docs';
import { designDocument, VALIDATE_DOC_UPDATE_SOURCE } from '../../../../core/sync/validate-doc-update';
import { fakeArticle, fakeClaim, fakeFactCheckRecord } from './records';

type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;
const validate = runInNewContext(`(${VALIDATE_DOC_UPDATE_SOURCE})`) as Validate;

const secObj = { admins: { names: [], roles: [] }, members: { names: ['alice', 'bob', 'erin'], roles: [] } };
const alice = { db: 'desk', name: 'alice', roles: [] };
const bob = { db: 'desk', name: 'bob', roles: [] };
const erin = { db: 'desk', name: 'erin', roles: ['editor'] };
const anonymous = { db: 'desk', name: null, roles: [] };

/** What the function answers: null when the write is accepted, else the refusal's reason. */
function refusal(newDoc: unknown, oldDoc: unknown, userCtx: unknown): string | null {
  try {
    validate(newDoc, oldDoc, userCtx, secObj);
    return null;
  } catch (error) {
    return (error as { forbidden?: string }).forbidden ?? `threw ${String(error)}`;
  }
}

const factCheck = (overrides = {}) =>
  recordToDoc('factCheck', fakeFactCheckRecord({ author: 'alice', ...overrides }));

describe('validate_doc_update', () => {
  test.each([
    ['an article', recordToDoc('article', fakeArticle())],
    ['a claim', recordToDoc('claim', fakeClaim())],
    ["a claim in the article's title", recordToDoc('claim', fakeClaim({ place: 'title' }))],
    ['a fact-check by its author', factCheck()],
    ['a fact-check with no verdict and no sources', factCheck({ verdict: null, sources: [] })],
  ])('accepts %s from a member', (_, doc) => {
    expect(refusal(doc, null, alice)).toBeNull();
  });

  test.each([
    ['an unknown type', { _id: 'x', type: 'comment' }, 'articles, claims and fact-checks only'],
    ['an unknown field', { ...factCheck(), html: '<b>' }, 'unexpected field "html"'],
    ['a verdict off the scale', factCheck({ verdict: 'pants-on-fire' }), 'verdict must be one of'],
    [
      'a javascript: source',
      factCheck({ sources: [{ url: 'javascript:alert(1)', title: 't', stance: 'supports' }] }),
      'source URL must be an http or https address',
    ],
    [
      'a link with a user name',
      factCheck({ sources: [{ url: 'https://bank.example@evil.example/', title: 't', stance: 'supports' }] }),
      'source URL must be an http or https address',
    ],
    ['a note too long', factCheck({ note: 'x'.repeat(20_001) }), 'note is longer than 20000'],
    [
      'a local time',
      factCheck({ updatedAt: '2025-07-04T10:00:00+02:00' }),
      'updatedAt must be a UTC timestamp',
    ],
    ['a fact-check without author', factCheck({ author: undefined }), 'author must be text'],
    [
      'a claim ending before it starts',
      recordToDoc('claim', fakeClaim({ position: { type: 'TextPositionSelector', start: 9, end: 2 } })),
      'position',
    ],
    [
      'a claim placed anywhere but the title',
      { ...recordToDoc('claim', fakeClaim()), place: 'caption' },
      'claim place must be title',
    ],
    [
      'an article with a file: URL',
      recordToDoc('article', fakeArticle({ url: 'file:///etc/passwd' })),
      'article URL',
    ],
  ])('refuses %s', (_, doc, reason) => {
    expect(refusal(doc, null, alice)).toContain(reason);
  });

  test('refuses anyone not signed in', () => {
    expect(refusal(factCheck(), null, anonymous)).toContain('Sign in');
  });

  test('a member may not write a fact-check under another name', () => {
    expect(refusal(factCheck({ author: 'alice' }), null, bob)).toContain('under their own name');
  });

  test("a member may not edit or delete another member's fact-check", () => {
    const stored = { ...factCheck(), _rev: '1-a' };
    expect(refusal({ ...stored, note: 'mine now' }, stored, bob)).toContain('Only alice or an editor');
    expect(refusal({ ...stored, author: 'bob' }, stored, bob)).toContain('Only alice or an editor');
    expect(refusal({ _id: stored._id, _rev: '1-a', _deleted: true }, stored, bob)).toContain('Only alice');
  });

  test('the author edits and deletes their own fact-check', () => {
    const stored = { ...factCheck(), _rev: '1-a' };
    expect(refusal({ ...stored, verdict: 'false' }, stored, alice)).toBeNull();
    expect(refusal({ _id: stored._id, _rev: '1-a', _deleted: true }, stored, alice)).toBeNull();
  });

  test("an editor edits, deletes and writes others' fact-checks", () => {
    const stored = { ...factCheck(), _rev: '1-a' };
    expect(refusal({ ...stored, verdict: 'false' }, stored, erin)).toBeNull();
    expect(refusal({ _id: stored._id, _rev: '1-a', _deleted: true }, stored, erin)).toBeNull();
    expect(refusal(factCheck({ author: 'bob' }), null, erin)).toBeNull();
  });

  test('a server admin is an editor', () => {
    expect(refusal(factCheck({ author: 'bob' }), null, { name: 'root', roles: ['_admin'] })).toBeNull();
  });

  test('a document cannot change type', () => {
    const stored = { ...recordToDoc('claim', fakeClaim()), _rev: '1-a' };
    expect(refusal({ ...factCheck(), _id: stored._id }, stored, alice)).toContain('cannot change type');
  });

  test('the design document carries the function', () => {
    expect(designDocument()).toMatchObject({
      _id: '_design/factmark',
      validate_doc_update: VALIDATE_DOC_UPDATE_SOURCE,
    });
  });

  test('the source is ES5: no arrow functions, let/const, template strings or spread', () => {
    expect(VALIDATE_DOC_UPDATE_SOURCE).not.toMatch(/=>|\blet\b|\bconst\b|`|\.\.\./);
  });
});
