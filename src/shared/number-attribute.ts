import type { ComplexAttributeConverter } from 'lit';

/**
 * A number attribute that keeps text which is not a number as it was
 * written, so the element's warning quotes what the author wrote ("two", not
 * "NaN"), whether it came from the attribute or was set as a property.
 */
export const numberAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => (value?.trim() && Number.isFinite(Number(value)) ? Number(value) : value),
};
