import type { Component } from 'svelte';
import type { MessageKey } from './i18n/translate';
import type { Route } from './state/router.svelte';

/**
 * Every screen but the overview is loaded on demand, so the first paint needs only the overview's
 * code (the initial bundle budget of issue #8).
 */
export const SCREENS: Partial<Record<Route, () => Promise<{ default: Component }>>> = {
  groups: () => import('./components/analysis/GroupsScreen.svelte'),
  pipeline: () => import('./components/analysis/PipelineScreen.svelte'),
  trends: () => import('./components/analysis/TrendsScreen.svelte'),
  targets: () => import('./components/analysis/TargetsScreen.svelte'),
  data: () => import('./components/import/ImportScreen.svelte'),
  benchmarks: () => import('./components/benchmarks/BenchmarksScreen.svelte'),
  settings: () => import('./components/settings/SettingsScreen.svelte'),
  report: () => import('./components/report/ReportScreen.svelte'),
  embed: () => import('./components/embed/EmbedScreen.svelte'),
};

/** The navigation, in order; the embed route has none. */
export const NAV_ITEMS: Array<{ route: Route; label: MessageKey }> = [
  { route: 'overview', label: 'nav.overview' },
  { route: 'groups', label: 'nav.groups' },
  { route: 'pipeline', label: 'nav.pipeline' },
  { route: 'trends', label: 'nav.trends' },
  { route: 'targets', label: 'nav.targets' },
  { route: 'data', label: 'nav.data' },
  { route: 'benchmarks', label: 'nav.benchmarks' },
  { route: 'settings', label: 'nav.settings' },
  { route: 'report', label: 'nav.report' },
];
