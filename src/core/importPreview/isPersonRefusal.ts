import type { Issue } from '../types';
import type { ImportIssueCode } from '../import/makeIssue';

const PERSON_CODES: ReadonlySet<string> = new Set<ImportIssueCode>(['person-identifying-column', 'person-level']);

/** True when the import was refused because the file holds data per person (not just invalid). */
export function isPersonRefusal(issues: Issue[]): boolean {
  return issues.some((i) => i.severity === 'error' && PERSON_CODES.has(i.code));
}
