import type { Locale } from '../core/types';
import { LAZY_AREAS, SHELL_AREAS, type LazyArea, type MessageKey } from './catalogue';

const CATALOGUES: Record<Locale, Partial<Record<MessageKey, string>>> = {
  nl: Object.assign({}, ...SHELL_AREAS.map((a) => a.nl)),
  en: Object.assign({}, ...SHELL_AREAS.map((a) => a.en)),
};
const loaded = new Map<LazyArea, Promise<void>>();
const listeners = new Set<() => void>();

/**
 * Loads the messages of `areas` (both languages, so a language switch never waits); resolves when
 * all are in. Listeners hear of each area that arrives, so text rendered before it updates.
 */
export function loadMessages(areas: readonly LazyArea[]): Promise<void> {
  return Promise.all(
    areas.map((area) => {
      let pending = loaded.get(area);
      if (!pending) {
        pending = LAZY_AREAS[area]().then((messages) => {
          Object.assign(CATALOGUES.nl, messages.nl);
          Object.assign(CATALOGUES.en, messages.en);
          for (const listener of listeners) listener();
        });
        // A failed load (a chunk missing after an update) may be tried again.
        pending.catch(() => loaded.delete(area));
        loaded.set(area, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/** Calls `listener` whenever an area's messages arrive; returns the unsubscribe. */
export function onMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Looks up a message and fills its `{name}` placeholders; a missing parameter stays visible. A key
 * whose area is not loaded yet shows as ⟦key⟧, which the end-to-end tests look for on every route.
 */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const message = CATALOGUES[locale][key];
  if (message === undefined) return `⟦${key}⟧`;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { LazyArea, MessageKey };
