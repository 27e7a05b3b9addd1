import type { Dataset } from '../../types';
import { normaliseGroups } from '../normaliseGroups';
import type { PublishedCell, PublishedTable } from '../types';
import { findPinned, type AuditModel } from './findRanges';
import type { LpSolver } from './lpSolver';

export interface AuditFinding {
  cell: PublishedCell;
  problem: 'pinned' | 'cell-too-small' | 'group-too-small' | 'attribute';
  /** For 'pinned': the LP bounds of the hidden value. */
  min?: number;
  max?: number;
}

/**
 * Checks a published table against its dataset, independently of how publish() chose the pattern:
 * the finest category counts are unknowns ≥ 0, every published cell is an equation over them, and
 * each hidden cell gets its exact smallest and largest possible value (LP), also using what its
 * reason tells ('cell-too-small': 1..cellMin−1; 'group-too-small': total under groupMin). Findings: a hidden cell
 * whose possible values hold fewer than two whole numbers ('pinned'), a shown non-zero count under cellMin, a shown
 * group total under groupMin, a shown group whose people fall (almost) all in one category.
 */
export function auditPublished(dataset: Dataset, table: PublishedTable, solver: LpSolver): AuditFinding[] {
  const finest = normaliseGroups(dataset);
  const { categories, dimensions, labels } = finest;
  const C = categories.length;
  const fineId = (f: number) => labels[f]!.join('\u0001');
  const shownFine = new Map<string, number>();
  for (const cell of table.cells) {
    if (cell.value !== null && Object.keys(cell.key).length === dimensions.length) {
      shownFine.set(`${dimensions.map((d) => cell.key[d]).join('\u0001')}|${cell.category}`, cell.value);
    }
  }
  const variable = new Map<string, number>();
  labels.forEach((_, f) =>
    categories.forEach((c) => {
      if (!shownFine.has(`${fineId(f)}|${c}`)) variable.set(`${f}|${c}`, variable.size);
    }),
  );
  const { cellMin, groupMin } = table.rules;
  // The dataset's own counts fit every published value: the audit's first feasible point.
  const truth = [...variable.keys()].map((id) => {
    const [f, c] = id.split('|') as [string, string];
    return finest.counts[Number(f)]![categories.indexOf(c)]!;
  });
  const model: AuditModel = { variableCount: variable.size, equations: [], targets: [], bounds: [], truth };
  const hidden: PublishedCell[] = [];
  for (const cell of table.cells) {
    const dims = Object.keys(cell.key);
    const cover = labels.flatMap((l, f) => (dims.every((d) => l[dimensions.indexOf(d)] === cell.key[d]) ? [f] : []));
    const cats = cell.category === 'total' ? categories : [cell.category];
    const vars: number[] = [];
    let known = 0;
    for (const f of cover) {
      if (cell.category === 'total') known += finest.rest[f]!;
      for (const c of cats) {
        const v = variable.get(`${f}|${c}`);
        if (v === undefined) known += finest.counts[f]![categories.indexOf(c)]!;
        else vars.push(v);
      }
    }
    if (cell.value === null) {
      model.targets.push(vars);
      hidden.push(cell);
      if (cell.reason === 'cell-too-small') model.bounds!.push({ vars, min: 1 - known, max: cellMin - 1 - known });
      if (cell.reason === 'group-too-small' && cell.category === 'total') model.bounds!.push({ vars, max: groupMin - 1 - known });
    } else if (vars.length > 0) model.equations.push({ vars, rhs: cell.value - known });
  }
  const findings: AuditFinding[] = [];
  for (const { index, range } of findPinned(model, solver)) findings.push({ cell: hidden[index]!, problem: 'pinned', ...range });
  return [...findings, ...checkShown(table, C)];
}

function checkShown(table: PublishedTable, categoryCount: number): AuditFinding[] {
  const { groupMin, cellMin } = table.rules;
  const findings: AuditFinding[] = [];
  const groups = new Map<string, PublishedCell[]>();
  for (const cell of table.cells) {
    const id = JSON.stringify(Object.entries(cell.key).sort());
    groups.set(id, [...(groups.get(id) ?? []), cell]);
    if (cell.value === null) continue;
    if (cell.category === 'total' && cell.value < groupMin) findings.push({ cell, problem: 'group-too-small' });
    if (cell.category !== 'total' && cell.value > 0 && cell.value < cellMin) findings.push({ cell, problem: 'cell-too-small' });
  }
  for (const cells of groups.values()) {
    const cats = cells.filter((c) => c.category !== 'total');
    if (cats.length !== categoryCount || cats.some((c) => c.value === null)) continue;
    const values = cats.map((c) => c.value!);
    const sum = values.reduce((s, v) => s + v, 0);
    if (sum > 0 && sum - Math.max(...values) < cellMin) findings.push({ cell: cats[0]!, problem: 'attribute' });
  }
  return findings;
}
