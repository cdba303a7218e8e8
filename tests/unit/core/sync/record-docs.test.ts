import { describe, expect, test } from 'vitest';
import type { DocType, RecordOfType } from '../../../../core/sync/documents';
import { docToRecord, recordToDoc } from '../../../../core/sync/record-docs';
import { sameContent } from '../../../../core/sync/same-content';
import { fakeArticle, fakeClaim, fakeFactCheckRecord } from './records';

const records: [DocType, RecordOfType[DocType]][] = [
  ['article', fakeArticle()],
  ['claim', fakeClaim()],
  ['factCheck', fakeFactCheckRecord()],
  ['factCheck', fakeFactCheckRecord({ author: undefined, verdict: null, sources: [] })],
];

describe('record ↔ document', () => {
  test.each(records)('a %s goes out and comes back unchanged', (type, record) => {
    const doc = recordToDoc(type, record);
    expect(doc._id).toBe(record.id);
    expect(doc.type).toBe(type);
    expect(doc).not.toHaveProperty('id');
    const back = docToRecord({ ...doc, _rev: '1-abc', _conflicts: ['1-def'] });
    expect(back).toEqual({ ok: true, value: { type, record } });
  });

  test('a fact-check without an author (made before desks) stays without one', () => {
    const { author: _, ...alone } = fakeFactCheckRecord();
    const doc = recordToDoc('factCheck', alone);
    expect(doc).not.toHaveProperty('author');
    const back = docToRecord(doc);
    expect(back.ok && back.value.record).toEqual(alone);
  });

  test('the revision a document replaces travels with it', () => {
    expect(recordToDoc('claim', fakeClaim(), '3-xyz')._rev).toBe('3-xyz');
  });

  test.each([
    ['an unknown type', { _id: 'x', type: 'comment', text: 'hi' }, 'unknown document type "comment"'],
    [
      'a design document',
      { _id: '_design/factmark', validate_doc_update: 'function(){}' },
      'unknown document type',
    ],
    [
      'a javascript: link',
      recordToDoc(
        'factCheck',
        fakeFactCheckRecord({ sources: [{ url: 'javascript:alert(1)', title: 'x', stance: 'supports' }] }),
      ),
      'javascript: scheme',
    ],
    ['an unknown field', { ...recordToDoc('claim', fakeClaim()), html: '<b>' }, 'unexpected field "html"'],
    [
      'a verdict off the scale',
      { ...recordToDoc('factCheck', fakeFactCheckRecord()), verdict: 'pants-on-fire' },
      'verdict must be one of',
    ],
    ['not an object', 'hello', 'not an object'],
  ])('%s is refused with its reason', (_, doc, reason) => {
    const read = docToRecord(doc);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toContain(reason);
  });

  test('sameContent compares the record, not the revision', () => {
    const record = fakeFactCheckRecord();
    const stored = { ...recordToDoc('factCheck', record), _rev: '2-aa' };
    expect(sameContent('factCheck', record, stored)).toBe(true);
    expect(sameContent('factCheck', { ...record, note: 'changed' }, stored)).toBe(false);
    expect(sameContent('factCheck', record, undefined)).toBe(false);
    expect(sameContent('factCheck', record, { ...stored, _deleted: true })).toBe(false);
  });
});
