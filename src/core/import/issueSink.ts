import type { Issue, IssueParams } from '../types';
import { makeIssue, type ImportIssueCode } from './makeIssue';

/** The most issues one import reports; beyond this the file is clearly not what we expect. */
const MAX_ISSUES = 1000;

/** Where an import's cell problems go as they are found. */
export interface IssueSink {
  report(code: ImportIssueCode, row: number, column: string | undefined, params?: IssueParams, severity?: Issue['severity']): void;
  /** A warning given once per code and column: a file repeats the same doubt on every row. */
  warnOnce(code: ImportIssueCode, row: number, column: string, params: IssueParams): void;
}

export function createIssueSink(issues: Issue[]): IssueSink {
  const warned = new Set<string>();
  const report: IssueSink['report'] = (code, row, column, params = {}, severity = 'error') => {
    if (issues.length < MAX_ISSUES) issues.push(makeIssue(code, { row, column, severity }, params));
  };
  return {
    report,
    warnOnce(code, row, column, params) {
      if (warned.has(`${code} ${column}`)) return;
      warned.add(`${code} ${column}`);
      report(code, row, column, params, 'warning');
    },
  };
}
