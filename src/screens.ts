import type { Component } from 'svelte';
import { loadMessages, type LazyArea, type MessageKey } from './i18n/translate';
import type { Route } from './state/router.svelte';

type ScreenModule = { default: Component };

/** A screen's code and the message areas it shows, loaded together so it never paints a raw key. */
function screen(load: () => Promise<ScreenModule>, areas: LazyArea[]): () => Promise<ScreenModule> {
  return () => Promise.all([load(), loadMessages(areas)]).then(([module]) => module);
}

/**
 * Every screen but the overview is loaded on demand, so the first paint needs only the overview's
 * code (the initial bundle budget of issue #8).
 */
export const SCREENS: Partial<Record<Route, () => Promise<ScreenModule>>> = {
  groups: screen(() => import('./components/analysis/GroupsScreen.svelte'), ['analysis']),
  pipeline: screen(() => import('./components/analysis/PipelineScreen.svelte'), ['analysis']),
  flows: screen(() => import('./components/flows/FlowsScreen.svelte'), ['analysis', 'flows']),
  trends: screen(() => import('./components/analysis/TrendsScreen.svelte'), ['analysis', 'trendsTargets']),
  targets: screen(() => import('./components/analysis/TargetsScreen.svelte'), ['analysis', 'trendsTargets']),
  data: screen(() => import('./components/import/ImportScreen.svelte'), ['import', 'flows']),
  benchmarks: screen(() => import('./components/benchmarks/BenchmarksScreen.svelte'), ['benchmarks']),
  settings: screen(() => import('./components/settings/SettingsScreen.svelte'), ['settings', 'safety']),
  report: screen(() => import('./components/report/ReportScreen.svelte'), ['analysis', 'trendsTargets', 'export', 'flows']),
  embed: screen(() => import('./components/embed/EmbedScreen.svelte'), ['export']),
};

/** The navigation, in order; the embed route has none. */
export const NAV_ITEMS: Array<{ route: Route; label: MessageKey }> = [
  { route: 'overview', label: 'nav.overview' },
  { route: 'groups', label: 'nav.groups' },
  { route: 'pipeline', label: 'nav.pipeline' },
  { route: 'flows', label: 'nav.flows' },
  { route: 'trends', label: 'nav.trends' },
  { route: 'targets', label: 'nav.targets' },
  { route: 'data', label: 'nav.data' },
  { route: 'benchmarks', label: 'nav.benchmarks' },
  { route: 'settings', label: 'nav.settings' },
  { route: 'report', label: 'nav.report' },
];
