import { getContext, setContext } from 'svelte';
import type { OpenStoreOptions, Store } from '../storage';
import { Router, setRouter } from './router.svelte';
import { restorePreset } from './storedChoices';
import { Settings, setSettings } from './settings.svelte';
import { ThemeState, setTheme } from './theme.svelte';
import { Updates } from './updates.svelte';
import { Workspace, setWorkspace } from './workspace.svelte';

/** What a session needs from its host: a store to open and the document it speaks for. */
export interface SessionHost {
  openStore: (options: OpenStoreOptions) => Promise<Store>;
  window: Window;
  /** Registers the offline service worker; absent in tests. */
  registerUpdates?: boolean;
}

/**
 * The app's orchestration, kept out of the root component: it creates the states, restores the
 * last session from storage (datasets, profile, preset, theme, language) and keeps the derived
 * work going — disclosure control whenever the dataset or preset changes, benchmark tables
 * whenever the profile needs one, the language stored only when the user changes it.
 */
export class Session {
  readonly settings = new Settings();
  readonly workspace = new Workspace(() => this.settings.locale);
  readonly router = new Router();
  readonly theme = new ThemeState();
  readonly updates = new Updates();
  /** True once storage was tried (opened or not) and what it held is restored. */
  ready = $state(false);
  #savedLocale: string | null = null;

  /** Starts the session; returns the function that stops it (listeners, effects, storage). */
  start(host: SessionHost): () => void {
    const stopRouter = this.router.listen(host.window);
    if (host.registerUpdates !== false) void this.updates.register();
    const stopEffects = $effect.root(() => this.#effects(host.window.document));
    void this.restore(host.openStore);
    return () => {
      stopRouter();
      stopEffects();
      this.workspace.store?.close();
    };
  }

  /** Storage first, then the choices kept in it: the dataset shown, the preset, the theme, the language. */
  async restore(openStore: (options: OpenStoreOptions) => Promise<Store>): Promise<void> {
    const { workspace, settings } = this;
    try {
      await workspace.init(openStore);
      if (workspace.store) {
        await restorePreset(workspace.store, workspace.disclosure);
        await this.theme.restore(workspace.store);
        const locale = await workspace.store.loadSetting<string>('locale');
        if (locale.ok && (locale.value === 'nl' || locale.value === 'en')) settings.locale = locale.value;
      }
    } finally {
      this.#savedLocale = settings.locale;
      this.ready = true;
    }
  }

  #effects(document: Document): void {
    const { settings, workspace } = this;
    // The language choice persists, but is written only when the user changes it: a visit that
    // changes nothing leaves nothing stored.
    $effect(() => {
      const locale = settings.locale;
      if (!this.ready || locale === this.#savedLocale) return;
      this.#savedLocale = locale;
      void workspace.store?.saveSetting('locale', locale);
    });

    $effect(() => {
      document.documentElement.lang = settings.locale;
    });

    // Disclosure control reruns (in a worker) whenever the dataset or the preset changes.
    $effect(() => {
      void workspace.disclosure.update(workspace.shown?.dataset ?? null, workspace.disclosure.preset);
    });

    // Flows likewise, once a flow screen has asked for them.
    $effect(() => {
      if (workspace.flows.wanted) void workspace.flows.update(workspace.shownFlows, workspace.disclosure.preset);
    });

    // Benchmark tables are fetched lazily: whenever the dataset or profile needs one not yet loaded.
    $effect(() => {
      void workspace.benchmarks.needed;
      void workspace.benchmarks.ensureLoaded();
    });
  }
}

const KEY = Symbol('session');

/** Makes the session's states reachable below: each through its own use* helper, and the session itself. */
export function setSession(session: Session): Session {
  setSettings(session.settings);
  setWorkspace(session.workspace);
  setRouter(session.router);
  setTheme(session.theme);
  return setContext(KEY, session);
}

export function useSession(): Session {
  const session = getContext<Session | undefined>(KEY);
  if (!session) throw new Error('useSession() needs setSession() in an ancestor');
  return session;
}
