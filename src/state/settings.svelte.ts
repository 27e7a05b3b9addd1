import { getContext, setContext } from 'svelte';
import type { Locale } from '../core/types';
import { loadMessages, messagesLoaded, onMessagesLoaded, translate, type LazyArea, type MessageKey } from '../i18n/translate';

/** What each language needs beyond the bundled Dutch shell. */
const LOCALE_AREAS: Record<Locale, LazyArea[]> = { nl: [], en: ['shellEn'] };

/** User preferences that every component reads: the language (Dutch by default). */
export class Settings {
  #locale = $state<Locale>('nl');
  #wanted: Locale = 'nl';
  /** Counts the message areas arrived since start: text shown before its area loaded redraws. */
  #messages = $state(0);

  constructor() {
    onMessagesLoaded(() => this.#messages++);
  }

  /** The language shown. Setting it switches as soon as that language's messages are in. */
  get locale(): Locale {
    return this.#locale;
  }

  set locale(locale: Locale) {
    this.#wanted = locale;
    const areas = LOCALE_AREAS[locale];
    if (messagesLoaded(areas)) {
      this.#locale = locale;
      return;
    }
    // Until English arrives (on its first use) the page stays in Dutch; the latest choice wins.
    loadMessages(areas).then(
      () => this.#wanted === locale && (this.#locale = locale),
      (error: unknown) => console.warn('messages:', error),
    );
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
