import { InvalidJson } from './json-attribute.js';
import { reportBadInput } from './report.js';

/**
 * Validates a list given by property or JSON attribute. Returns the usable
 * entries, or `undefined` (after one warning) when the built-in content
 * should be shown instead. Bad entries are reported and skipped.
 */
export function readListInput<T>(
  host: Element,
  attribute: string,
  value: unknown,
  parseEntry: (entry: unknown) => T | undefined,
  expected: string,
): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof InvalidJson) {
    reportBadInput(host, attribute, `is not valid JSON; showing the built-in content.`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    reportBadInput(host, attribute, `must be a JSON array, each entry ${expected}; showing the built-in content.`);
    return undefined;
  }
  const entries = value.map(parseEntry);
  const bad = entries.flatMap((entry, index) => (entry === undefined ? [index] : []));
  const good = entries.filter((entry): entry is T => entry !== undefined);
  if (!good.length) {
    reportBadInput(host, attribute, `has no entry that is ${expected}; showing the built-in content.`);
    return undefined;
  }
  if (bad.length) {
    reportBadInput(host, attribute, `skipping entries at ${bad.join(', ')}: each entry must be ${expected}.`);
  }
  return good;
}

/** A non-empty trimmed string, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * One entry of a list given by property or JSON attribute: plain text, or an
 * object with a `title` and a `text` (and, for steps, a `duration`); one of
 * title and text is needed.
 */
export function readEntry(entry: unknown): { title: string; text: string; duration?: string } | undefined {
  const fields = typeof entry === 'string' ? { text: entry } : entry;
  if (!fields || typeof fields !== 'object') return undefined;
  const { title, text: sentence, duration } = fields as Record<string, unknown>;
  const read = { title: text(title) ?? '', text: text(sentence) ?? '', duration: text(duration) };
  return read.title || read.text ? read : undefined;
}
