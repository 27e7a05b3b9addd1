import { appNl } from './messages/app.nl';
import { benchmarkNotesNl } from './messages/benchmarkNotes.nl';
import { differencingNl } from './messages/differencing.nl';
import { panelsNl } from './messages/panels.nl';

/** An area's messages; a lazy area may bring one language only (the shell's English). */
type AreaMessages = { nl?: Record<string, string>; en?: Record<string, string> };

/** The Dutch (default) messages of the first screen: bundled, so the overview paints at once. */
export const SHELL_NL = { ...appNl, ...panelsNl, ...benchmarkNotesNl, ...differencingNl };

/**
 * Everything else, loaded on demand: each screen's areas with the screen (see screens.ts), in
 * both languages so that switching never waits; the shell's English when the user picks English.
 * So the initial bundle carries neither other screens' words nor a second language (issue #8).
 */
const SCREEN_AREAS = {
  analysis: () => import('./messages/analysis').then((m) => m.analysisMessages),
  trendsTargets: () => import('./messages/trendsTargets').then((m) => m.trendsTargetsMessages),
  import: () =>
    Promise.all([import('./messages/import'), import('./messages/importFlows'), import('./messages/importIssues')]).then(([screen, flows, issues]) => ({
      nl: { ...screen.importMessages.nl, ...flows.importFlowsMessages.nl, ...issues.importIssueMessages.nl },
      en: { ...screen.importMessages.en, ...flows.importFlowsMessages.en, ...issues.importIssueMessages.en },
    })),
  export: () => import('./messages/export').then((m) => m.exportMessages),
  settings: () => import('./messages/settings').then((m) => m.settingsMessages),
  safety: () => import('./messages/safety').then((m) => m.safetyMessages),
  benchmarks: () =>
    Promise.all([import('./messages/benchmarks'), import('./messages/benchmarkIssues')]).then(([screen, issues]) => ({
      nl: { ...screen.benchmarksMessages.nl, ...issues.benchmarkIssueMessages.nl },
      en: { ...screen.benchmarksMessages.en, ...issues.benchmarkIssueMessages.en },
    })),
  flows: () => import('./messages/flows').then((m) => m.flowsMessages),
} satisfies Record<string, () => Promise<Required<AreaMessages>>>;

export const LAZY_AREAS = {
  shellEn: () =>
    Promise.all([
      import('./messages/app.en'),
      import('./messages/panels.en'),
      import('./messages/benchmarkNotes.en'),
      import('./messages/differencing.en'),
    ]).then(([a, p, b, d]) => ({ en: { ...a.appEn, ...p.panelsEn, ...b.benchmarkNotesEn, ...d.differencingEn } })),
  ...SCREEN_AREAS,
} satisfies Record<string, () => Promise<AreaMessages>>;

export type LazyArea = keyof typeof LAZY_AREAS;

type DutchKeys<T> = T extends { nl: Record<infer K, string> } ? K : never;
type LazyMessages = Awaited<ReturnType<(typeof LAZY_AREAS)[LazyArea]>>;
export type MessageKey = keyof typeof SHELL_NL | DutchKeys<LazyMessages>;

/** Every area in both languages: for the completeness test. */
export async function allAreas(): Promise<Array<Required<AreaMessages>>> {
  const [{ appEn }, { panelsEn }, { benchmarkNotesEn }, { differencingEn }, screens] = await Promise.all([
    import('./messages/app.en'),
    import('./messages/panels.en'),
    import('./messages/benchmarkNotes.en'),
    import('./messages/differencing.en'),
    Promise.all(Object.values(SCREEN_AREAS).map((load) => load())),
  ]);
  return [{ nl: appNl, en: appEn }, { nl: panelsNl, en: panelsEn }, { nl: benchmarkNotesNl, en: benchmarkNotesEn }, { nl: differencingNl, en: differencingEn }, ...screens];
}
