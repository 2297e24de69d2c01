/**
 * Types for Vue 3 templates (vue-tsc, Volar): `import type {} from
 * 'acu-widgets/vue.js'` once and every `acu-*` tag takes its attributes with
 * their allowed values and its `@acu-…` events with a typed `$event.detail`.
 * Vue reads a component's template types from `$props` and `$emit`; the
 * elements have neither at run time, which is why both are marked deprecated.
 *
 * @module
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { AcuAttributes, AcuElements, AcuEvents } from './attributes.js';

type AcuVueElement<Tag extends keyof AcuElements> = new () => AcuElements[Tag] & {
  /** @deprecated For template type checks only: the element has no `$props`. */
  $props: HTMLAttributes & AcuAttributes[Tag] & PublicProps;
  /** @deprecated For template type checks only: the element has no `$emit`. */
  $emit: EmitFn<{ [Name in keyof AcuEvents[Tag]]: (event: AcuEvents[Tag][Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'acu-clinic': AcuVueElement<'acu-clinic'>;
    'acu-benefits': AcuVueElement<'acu-benefits'>;
    'acu-who-it-helps': AcuVueElement<'acu-who-it-helps'>;
    'acu-timeline': AcuVueElement<'acu-timeline'>;
    'acu-book-button': AcuVueElement<'acu-book-button'>;
  }
}

export type { AcuAttributes, AcuEvents };
