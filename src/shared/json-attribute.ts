import type { ComplexAttributeConverter } from 'lit';

/** What an attribute held when it could not be parsed as JSON. */
export class InvalidJson {
  constructor(readonly source: string) {}
}

/**
 * Parses a JSON attribute without throwing: bad JSON becomes an
 * `InvalidJson` the element reports when it validates its input.
 */
export const jsonAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute(value) {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return new InvalidJson(value);
    }
  },
};
