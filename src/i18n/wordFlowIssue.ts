import type { FlowIssue, FlowIssueCode, StockFlowMismatch } from '../core/flows';
import type { IssueParams } from '../core/types';
import type { MessageKey } from './catalogue';

type Translate = (key: MessageKey, params?: IssueParams) => string;

/**
 * The sentence of a flow import finding (or a stock–flow mismatch) in the current language: its
 * code's message with its params, row and column, after "Werkblad …: " when it names a sheet.
 * Origin ids in `category` are worded by `labels` (the scheme's names in this language).
 */
export function wordFlowIssue(t: Translate, issue: FlowIssue | StockFlowMismatch, labels: Readonly<Record<string, string>>): string {
  const params: IssueParams = {};
  if ('row' in issue && issue.row !== undefined) params.row = issue.row;
  if ('column' in issue && issue.column !== undefined) params.column = issue.column;
  Object.assign(params, issue.params);
  const category = params.category;
  if (typeof category === 'string' && labels[category]) params.category = labels[category];
  const sentence = t(`flows.${issue.code as FlowIssueCode}`, params);
  const sheet = 'sheet' in issue ? issue.sheet : undefined;
  return sheet === undefined ? sentence : t('importIssue.sheet', { sheet }) + sentence;
}
