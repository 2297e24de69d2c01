/** Strings for every locale an element supports; English is always there. */
export type StringTable<T> = { en: T } & Record<string, T>;

/**
 * Picks the strings for a BCP 47 locale: the exact tag, then its language,
 * then English, so `en-GB` or an unknown locale never leaves a widget blank.
 */
export function stringsFor<T>(table: StringTable<T>, locale = 'en'): T {
  const tag = locale.toLowerCase();
  // Own keys only: a page's lang="constructor" must not find Object.prototype's.
  const own = (key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);
  return own(tag) ?? own(tag.split('-')[0]) ?? table.en;
}
