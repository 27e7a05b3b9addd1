/**
 * Declares one area's messages in both languages. The type demands that English has exactly the
 * Dutch keys, so a missing translation fails the type check (and the catalogue test).
 */
export function defineMessages<const K extends string>(messages: {
  nl: Record<K, string>;
  en: NoInfer<Record<K, string>>;
}): { nl: Record<K, string>; en: Record<K, string> } {
  return messages;
}
