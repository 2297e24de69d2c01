import { InvalidJson } from './json-attribute.js';
import { reportBadInput } from './report.js';

/**
 * Strings for every locale an element supports, keyed by lower-case BCP 47
 * tag (`de`, `zh-hans`); English is always there. The language modules in
 * `src/locales/` add theirs.
 */
export type StringTable<T> = { en: T } & Record<string, T>;

/** Locales already named in a console note: one note per page per locale. */
const noted = new Set<string | undefined>();

/**
 * The keys a BCP 47 tag may find, best first: the exact tag, its language and
 * script (`zh-hans` for `zh-Hans-CN`), then Simplified Chinese for `zh`,
 * `zh-CN` and `zh-SG` (Traditional `zh-TW`, `zh-HK`, `zh-Hant` are left out)
 * or else the language alone (`pt` for `pt-BR` and `pt-PT`, `fr` for `fr-CA`).
 */
const keysFor = (locale: string): string[] => {
  const tag = locale.toLowerCase();
  const [language, next = ''] = tag.split('-');
  return [tag, `${language}-${next}`, language == 'zh' && /^(cn|sg|)$/.test(next) ? 'zh-hans' : language];
};

/**
 * Picks the strings for a BCP 47 locale (see `keysFor`), or English, so `en-GB`
 * or an unknown locale never leaves a widget blank.
 */
export function stringsFor<T>(table: StringTable<T>, locale = 'en'): T {
  return found(table, locale) ?? table.en;
}

/* Own keys only: a page's lang="constructor" must not find Object.prototype's. */
const found = <T>(table: StringTable<T>, locale: string): T | undefined =>
  keysFor(locale)
    .map((key) => (Object.hasOwn(table, key) ? table[key] : undefined))
    .find(Boolean);

/** Fills `{0}`, `{1}`... in a string with the values given. */
export const fill = (template: string, ...values: unknown[]): string => template.replace(/\{(\d)\}/g, (_, index) => String(values[index]));

/** The region a BCP 47 tag names, lower-case (`gb` for `en-GB`, `cn` for `zh-Hans-CN`), else "". */
export const regionOf = (locale: string): string => /-([a-z]{2})\b/i.exec(locale)?.[1].toLowerCase() ?? '';

/**
 * What a widget shows: the built-in strings of `table` for `locale`, with
 * the author's `overrides` (its `strings` property) over them. `box`, the
 * element holding the widget's rendered content, gets the language of that
 * text: the locale when one was given and is built in; `en` when the text
 * falls back to English for a language this file lacks (with one console
 * note per page and locale; the README names the file to load); none when no locale
 * was given or the author's overrides supply the text.
 */
export function localize<T extends object>(host: Element, box: Element, table: StringTable<T>, locale?: string, overrides?: Partial<T>): T {
  const strings = locale ? found(table, locale) : table.en;
  const lang = !locale || strings ? locale : overrides ? '' : 'en';
  if (lang) box.setAttribute('lang', lang);
  else box.removeAttribute('lang');
  if (lang == 'en' && !noted.has(locale)) {
    noted.add(locale);
    reportBadInput(host, host.getAttribute('lang') ? 'lang' : 'locale', `no built-in "${locale}" text in this file; showing English.`);
  }
  return { ...(strings ?? table.en), ...overrides };
}

/**
 * The author's `strings` property, if it holds only text keys the widget
 * has (those of its English strings) with text values; anything else is
 * reported and the built-in texts are used, as for a bad `config`.
 */
export function readOverrides<T extends object>(host: Element, english: T, value: unknown): Partial<T> | undefined {
  if (value == null) return undefined;
  if (!(value instanceof InvalidJson) && typeof value == 'object' && Object.entries(value).every(([key, text]) => typeof english[key as keyof T] + typeof text == 'stringstring'))
    return value as Partial<T>;
  reportBadInput(host, 'strings', 'expects {"key": "text"} with keys of this widget\'s texts; using the built-in texts.');
}
