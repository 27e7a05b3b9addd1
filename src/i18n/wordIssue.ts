import type { ImportIssueCode } from '../core/import/makeIssue';
import type { Issue, IssueParams } from '../core/types';
import type { MessageKey } from './catalogue';

type Translate = (key: MessageKey, params?: IssueParams) => string;

/** Params that hold a scheme id and are worded as the scheme's name. */
const SCHEME_PARAMS = ['scheme', 'other'] as const;

/**
 * The sentence of an import issue in the current language: its code's message filled with its
 * params, row and column, after "Werkblad …: " when it names a sheet. The template literal type
 * makes a code without a message a type error.
 */
export function wordImportIssue(t: Translate, issue: Issue<ImportIssueCode> | Issue): string {
  const params: IssueParams = {};
  if (issue.row !== undefined) params.row = issue.row;
  if (issue.column !== undefined) params.column = issue.column;
  Object.assign(params, issue.params);
  for (const name of SCHEME_PARAMS) {
    const id = params[name];
    if (id === 'herkomst' || id === 'migratieachtergrond') params[name] = t(`importIssue.scheme.${id}`);
  }
  const sentence = t(`importIssue.${issue.code as ImportIssueCode}`, params);
  return issue.sheet === undefined ? sentence : t('importIssue.sheet', { sheet: issue.sheet }) + sentence;
}
