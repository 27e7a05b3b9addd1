import type { Issue, IssueParams } from './types';

/**
 * An issue as every family builds it: its code, where it is, and the values its sentence mentions
 * (worded by src/i18n). Row, column and params are left out when absent, so issues compare plainly.
 */
export function codedIssue<Code extends string>(
  code: Code,
  at: { row?: number; column?: string; severity?: Issue['severity'] } = {},
  params: IssueParams = {},
): Issue<Code> {
  const issue: Issue<Code> = { severity: at.severity ?? 'error', code };
  if (at.row !== undefined) issue.row = at.row;
  if (at.column !== undefined) issue.column = at.column;
  if (Object.keys(params).length > 0) issue.params = params;
  return issue;
}
