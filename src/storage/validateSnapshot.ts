import { SCHEMES } from '../core/classification/schemes';
import type { BackupProblem } from './backupFormat';

/** Stop listing after this many: a foreign file would otherwise produce thousands. */
const MAX_PROBLEMS = 20;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isScheme = (value: unknown) => typeof value === 'string' && Object.hasOwn(SCHEMES, value);

/** Checks that a parsed payload has the shape of a StoreSnapshot; returns every problem found. */
export function validateSnapshot(payload: unknown): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const report = (path: string, detail: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ code: 'schema', path, detail });
  };
  const expect = (ok: boolean, path: string, detail: string) => ok || report(path, detail);

  if (!isObject(payload)) return [{ code: 'schema', path: 'payload', detail: 'Not an object.' }];
  const { datasets, profile, benchmarks, settings } = payload;

  if (!Array.isArray(datasets)) report('payload.datasets', 'Not a list.');
  else checkUniqueIds(datasets, 'payload.datasets', report);
  (Array.isArray(datasets) ? datasets : []).forEach((record: unknown, i) => {
    const at = `payload.datasets[${i}]`;
    if (!isObject(record)) return report(at, 'Not an object.');
    expect(typeof record.id === 'string' && record.id !== '', `${at}.id`, 'Missing id.');
    expect(typeof record.name === 'string', `${at}.name`, 'Missing name.');
    expect(typeof record.savedAt === 'string' && !Number.isNaN(Date.parse(record.savedAt)), `${at}.savedAt`, 'Not a date.');
    const dataset = record.dataset;
    if (!isObject(dataset)) return report(`${at}.dataset`, 'Not an object.');
    expect(isScheme(dataset.scheme), `${at}.dataset.scheme`, 'Unknown scheme.');
    expect(isStringList(dataset.dimensions), `${at}.dataset.dimensions`, 'Not a list of strings.');
    if (!Array.isArray(dataset.groups)) return report(`${at}.dataset.groups`, 'Not a list.');
    if (dataset.flows !== undefined) checkFlows(dataset.flows, `${at}.dataset.flows`, expect);
    dataset.groups.forEach((group: unknown, g) => {
      const gat = `${at}.dataset.groups[${g}]`;
      if (!isObject(group)) return report(gat, 'Not an object.');
      expect(isObject(group.key) && Object.values(group.key).every((v) => typeof v === 'string'), `${gat}.key`, 'Not labels.');
      expect(isCount(group.total), `${gat}.total`, 'Not a count.');
      expect(isObject(group.counts) && Object.values(group.counts).every(isCount), `${gat}.counts`, 'Not counts.');
    });
  });

  if (profile !== undefined) {
    const ok = isObject(profile) && ['name', 'sector', 'region'].every((key) => typeof profile[key] === 'string');
    expect(ok, 'payload.profile', 'Not an organisation profile.');
  }

  if (!Array.isArray(benchmarks)) report('payload.benchmarks', 'Not a list.');
  else checkUniqueIds(benchmarks, 'payload.benchmarks', report);
  (Array.isArray(benchmarks) ? benchmarks : []).forEach((table: unknown, i) => {
    const at = `payload.benchmarks[${i}]`;
    if (!isObject(table)) return report(at, 'Not an object.');
    expect(typeof table.id === 'string' && table.id !== '', `${at}.id`, 'Missing id.');
    expect(isScheme(table.scheme), `${at}.scheme`, 'Unknown scheme.');
    expect(Number.isInteger(table.year), `${at}.year`, 'Not a year.');
    expect(isStringList(table.dimensions), `${at}.dimensions`, 'Not a list of strings.');
    expect(Array.isArray(table.rows) && table.rows.every(isRow), `${at}.rows`, 'Not benchmark rows.');
  });

  expect(isObject(settings), 'payload.settings', 'Not an object.');
  return problems;
}

const FLOW_KINDS = ['in', 'out', 'promotion', 'funnel'];

/** Flows kept with a dataset (issue #18): counts per period, group, origin and kind, and the funnel's stages. */
function checkFlows(flows: unknown, at: string, expect: (ok: boolean, path: string, detail: string) => void): void {
  if (!isObject(flows)) return void expect(false, at, 'Not an object.');
  expect(isStringList(flows.stages), `${at}.stages`, 'Not a list of strings.');
  const counts = flows.counts;
  const isFlow = (c: unknown) =>
    isObject(c) &&
    ['period', 'group', 'category'].every((k) => typeof c[k] === 'string') &&
    FLOW_KINDS.includes(c.kind as string) &&
    isCount(c.count);
  expect(Array.isArray(counts) && counts.every(isFlow), `${at}.counts`, 'Not flow counts.');
}

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isRow(row: unknown): boolean {
  return isObject(row) && isObject(row.key) && isObject(row.shares) && Object.values(row.shares).every(isCount);
}

function checkUniqueIds(list: unknown[], path: string, report: (path: string, detail: string) => void): void {
  const seen = new Set<unknown>();
  list.forEach((item, i) => {
    const id = isObject(item) ? item.id : undefined;
    if (id !== undefined && seen.has(id)) report(`${path}[${i}].id`, `Duplicate id ${JSON.stringify(id)}.`);
    seen.add(id);
  });
}
