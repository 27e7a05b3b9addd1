import type { Locale } from '../core/types';
import { LAZY_AREAS, SHELL_NL, type LazyArea, type MessageKey } from './catalogue';

const CATALOGUES: Record<Locale, Partial<Record<MessageKey, string>>> = { nl: { ...SHELL_NL }, en: {} };
const loaded = new Map<LazyArea, Promise<void>>();
const arrived = new Set<LazyArea>();
const listeners = new Set<() => void>();

/**
 * Loads the messages of `areas`; resolves when all are in. Listeners hear of each area that
 * arrives, so text rendered before it updates.
 */
export function loadMessages(areas: readonly LazyArea[]): Promise<void> {
  return Promise.all(
    areas.map((area) => {
      let pending = loaded.get(area);
      if (!pending) {
        pending = LAZY_AREAS[area]().then((messages: { nl?: object; en?: object }) => {
          Object.assign(CATALOGUES.nl, messages.nl);
          Object.assign(CATALOGUES.en, messages.en);
          arrived.add(area);
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

/** True when every one of `areas` has arrived (so a caller may switch without waiting). */
export function messagesLoaded(areas: readonly LazyArea[]): boolean {
  return areas.every((area) => arrived.has(area));
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
