import { getContext, setContext } from 'svelte';
import type { Locale } from '../core/types';
import { onMessagesLoaded, translate, type MessageKey } from '../i18n/translate';

/** User preferences that every component reads: the language (Dutch by default). */
export class Settings {
  locale = $state<Locale>('nl');
  /** Counts the message areas arrived since start: text shown before its area loaded redraws. */
  #messages = $state(0);

  constructor() {
    onMessagesLoaded(() => this.#messages++);
  }

  /** Translates a message key in the current language. */
  t = (key: MessageKey, params?: Record<string, string | number>): string => {
    void this.#messages;
    return translate(this.locale, key, params);
  };
}

const KEY = Symbol('settings');

export function setSettings(settings: Settings): Settings {
  return setContext(KEY, settings);
}

export function useSettings(): Settings {
  const settings = getContext<Settings | undefined>(KEY);
  if (!settings) throw new Error('useSettings() needs setSettings() in an ancestor');
  return settings;
}
