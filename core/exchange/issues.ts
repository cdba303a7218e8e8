/**
 * Turns valibot issues into sentences a reader can act on: the field, then what is wrong with it.
 * Our schemas carry their own messages; this only rewords valibot's generic ones (missing or
 * unexpected fields, wrong types).
 */
import * as v from 'valibot';

/** One readable line for the first few issues of a failed parse, joined with "; ". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 3): string {
  const lines = issues.slice(0, limit).map(describeIssue);
  const more = issues.length - limit;
  return more > 0
    ? `${lines.join('; ')}; and ${more} more problem${more === 1 ? '' : 's'}`
    : lines.join('; ');
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  if (issue.type === 'strict_object' && issue.expected === 'never') return `unexpected field "${path}"`;
  if (path !== null && issue.received === 'undefined') return `"${path}" is missing`;
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid ')) {
    return `${path ?? 'the record'} should be ${issue.expected} but is ${issue.received}`;
  }
  // Our own messages usually name the field already ("note is …"); avoid "note: note is …".
  return path === null || issue.message.startsWith(`${path} `) ? issue.message : `${path}: ${issue.message}`;
}
