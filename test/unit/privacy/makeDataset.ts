import type { Dataset, Group } from '../../../src/core/types';

/** A herkomst dataset from rows of [labels..., nederland, europa, buiten-europa]; total = their sum. */
export function makeDataset(dimensions: string[], rows: Array<Array<string | number>>): Dataset {
  const groups: Group[] = rows.map((row) => {
    const labels = row.slice(0, dimensions.length) as string[];
    const [nl, eu, be] = row.slice(dimensions.length) as number[];
    return {
      key: Object.fromEntries(dimensions.map((d, i) => [d, labels[i]!])),
      total: nl! + eu! + be!,
      counts: { nederland: nl!, europa: eu!, 'buiten-europa': be! },
    };
  });
  return { scheme: 'herkomst', dimensions, groups };
}

/** The hidden cells as 'label/label:category' strings, for compact expectations. */
export function hiddenCells(cells: Array<{ key: Record<string, string>; category: string; value: number | null; reason?: string }>): string[] {
  return cells.filter((c) => c.value === null).map((c) => `${Object.values(c.key).join('/')}:${c.category}=${c.reason}`);
}
