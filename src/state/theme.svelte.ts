import { getContext, setContext } from 'svelte';
import type { Store } from '../storage';
import '../theme.css';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The setting key under which the choice is kept. */
export const THEME_KEY = 'theme';

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/**
 * Light, dark, or whatever the system prefers. Applied as `data-theme` on the root element, which
 * theme.css turns into the colours of that theme; 'system' removes it so styles.css's media query rules.
 */
export class ThemeState {
  theme = $state<Theme>('system');
  readonly #root: () => HTMLElement;

  constructor(root: () => HTMLElement = () => document.documentElement) {
    this.#root = root;
  }

  /** Shows `theme` and keeps it for the next visit. */
  async choose(theme: Theme, store: Store | null): Promise<void> {
    this.#apply(theme);
    await store?.saveSetting(THEME_KEY, theme);
  }

  /** Puts the saved choice back; call once the store is open. */
  async restore(store: Store): Promise<void> {
    const saved = await store.loadSetting<unknown>(THEME_KEY);
    if (saved.ok && isTheme(saved.value)) this.#apply(saved.value);
  }

  #apply(theme: Theme): void {
    this.theme = theme;
    const root = this.#root();
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }
}

const KEY = Symbol('theme');

export function setTheme(theme: ThemeState): ThemeState {
  return setContext(KEY, theme);
}

export function useTheme(): ThemeState {
  const theme = getContext<ThemeState | undefined>(KEY);
  if (!theme) throw new Error('useTheme() needs setTheme() in an ancestor');
  return theme;
}
