import { appMessages } from './messages/app';
import { panelsMessages } from './messages/panels';

type AreaMessages = { nl: Record<string, string>; en: Record<string, string> };

/** The messages the first screen shows: bundled, so that the overview paints without a wait. */
export const SHELL_AREAS = [appMessages, panelsMessages] as const;

/**
 * Every other area, loaded with the screens that use it (see screens.ts), so the initial bundle
 * carries neither the other screens' words nor the other language's (issue #8's budget).
 */
export const LAZY_AREAS = {
  analysis: () => import('./messages/analysis').then((m) => m.analysisMessages),
  trendsTargets: () => import('./messages/trendsTargets').then((m) => m.trendsTargetsMessages),
  import: () => import('./messages/import').then((m) => m.importMessages),
  export: () => import('./messages/export').then((m) => m.exportMessages),
  settings: () => import('./messages/settings').then((m) => m.settingsMessages),
  safety: () => import('./messages/safety').then((m) => m.safetyMessages),
  benchmarks: () => import('./messages/benchmarks').then((m) => m.benchmarksMessages),
} satisfies Record<string, () => Promise<AreaMessages>>;

export type LazyArea = keyof typeof LAZY_AREAS;

type AreaKeys<T> = T extends { nl: Record<infer K, string> } ? K : never;
type LazyMessages = Awaited<ReturnType<(typeof LAZY_AREAS)[LazyArea]>>;
export type MessageKey = AreaKeys<(typeof SHELL_AREAS)[number] | LazyMessages>;

/** Every area, shell and lazy: for the completeness test and for tests that render any screen. */
export async function allAreas(): Promise<AreaMessages[]> {
  return [...SHELL_AREAS, ...(await Promise.all(Object.values(LAZY_AREAS).map((load) => load())))];
}
