import type { Dataset, DetectedFormat, ImportResult, Issue } from '../types';
import { makeIssue } from './makeIssue';
import { UNKNOWN } from '../classification/labels';
import type { Accumulator } from './accumulator';
import { buildGroups } from './buildGroups';
import { checkTotalRows } from './checkTotalRows';
import { resolveScheme, type SeenCategory } from './resolveScheme';
import type { ImportEngineOptions } from './options';

/** Turns the summed rows into the dataset, after the checks that need the whole file. */
export function finishImport(acc: Accumulator, format: DetectedFormat, options: ImportEngineOptions): ImportResult {
  const { plan } = acc;
  const issues: Issue[] = [...acc.issues];
  const at = plan.headerRow;
  if (acc.rowsRead === 0 && issues.length === 0) return { ok: false, issues: [makeIssue('header-only', { row: at })] };
  for (const u of plan.unknownCategories) {
    issues.push(makeIssue('unknown-category', { row: at, column: u.header }, { value: u.header }));
  }
  const seen: SeenCategory[] =
    plan.shape === 'long'
      ? acc.labels.map((l, key) => ({ key, raw: l.raw, row: l.row, column: l.column }))
      : plan.categories.map((c, key) => ({ key, raw: c.header, row: at, column: c.header, meaning: c.meaning }));
  const resolved = resolveScheme(seen, options.scheme);
  if (!resolved.ok) return { ok: false, issues: sortIssues([...issues, ...resolved.issues]) };
  const built = buildGroups(plan, acc.groupsOf(acc.groups), resolved.targets, acc.keyOf);
  issues.push(...built.issues, ...checkTotalRows(plan, acc.groupsOf(acc.totals), built.groups, resolved.targets, acc.keyOf));
  if (built.groups.length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push(makeIssue('no-groups'));
  }
  if (acc.groups.size > 0 && !issues.some((i) => i.severity === 'error') && built.groups.every((g) => g.total === 0 && !g.suppressed)) {
    // a file of zeros is an export gone wrong (a filter, an empty pivot), not an organisation
    issues.push(makeIssue('all-zero', { row: acc.groups.row(0), column: firstValueColumn(acc) }));
  }
  const notes: Issue[] = [];
  if (acc.pivotBlanks > 0) {
    const note = makeIssue('pivot-blank-zero', { severity: 'warning' }, { n: acc.pivotBlanks });
    issues.push(note);
    notes.push(note);
  }
  if (built.unknown > 0) {
    const column = plan.shape === 'long' ? plan.header[plan.origin!] : plan.categories.find((c) => c.meaning.herkomst?.main === UNKNOWN)?.header;
    issues.push(makeIssue('unknown-origin', { row: at, column, severity: 'warning' }, { n: Math.round(built.unknown * 100) / 100 }));
  }
  const sorted = sortIssues(issues);
  if (sorted.some((i) => i.severity === 'error')) return { ok: false, issues: sorted };
  const dataset: Dataset = {
    scheme: resolved.scheme,
    dimensions: plan.dimensions.map((d) => d.id),
    dimensionLabels: Object.fromEntries(plan.dimensions.map((d) => [d.id, d.header])),
    groups: built.groups,
    meta: { format },
  };
  if (plan.shape === 'percentages') dataset.meta!.fromPercentages = true;
  if (notes.length > 0) dataset.meta!.importNotes = notes;
  if (options.fileName) dataset.meta!.fileName = options.fileName;
  return { ok: true, dataset, issues: sorted };
}

function firstValueColumn(acc: Accumulator): string | undefined {
  const { plan } = acc;
  const index = plan.shape === 'long' ? (plan.count ?? plan.melt?.[0]?.index) : plan.categories[0]?.index;
  return index === undefined ? undefined : plan.header[index];
}

/** Issues in file order; file-wide issues (no row) first. */
function sortIssues(issues: Issue[]): Issue[] {
  return issues.map((x, i) => [x, i] as const).sort((a, b) => (a[0].row ?? 0) - (b[0].row ?? 0) || a[1] - b[1]).map(([x]) => x);
}
