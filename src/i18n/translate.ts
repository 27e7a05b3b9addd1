import type { Locale } from '../core/types';
import { en, nl, type MessageKey } from './catalogue';

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** Looks up a message and fills its `{name}` placeholders; a missing parameter stays visible. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type { MessageKey };
