import { reportBadInput } from './report.js';

/**
 * One of a fixed set of keywords, or `undefined` for the element's default.
 * A removed attribute (`null`) quietly means the default; anything else
 * outside the set is reported once and also means the default.
 */
export function readChoice<T extends string>(
  host: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback = `"${allowed[0]}"`,
): T | undefined {
  if (value == null || allowed.includes(value as T)) return (value ?? undefined) as T | undefined;
  reportBadInput(host, attribute, `"${value}" is not one of ${allowed.map((name) => `"${name}"`).join(', ')}; using ${fallback}.`);
  return undefined;
}
