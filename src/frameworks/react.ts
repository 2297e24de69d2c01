/**
 * JSX types for React 19: `import type {} from 'acu-widgets/react.js'` once
 * (or list it under `types` in tsconfig.json) and every `acu-*` tag takes its
 * attributes with their allowed values, its list properties, and its events
 * as `onacu-…` handlers with a typed `detail`.
 *
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AcuAttributes, AcuElements, AcuEvents } from './attributes.js';

/** `onacu-book-click` and the like: React 19 listens to a custom element's events by `on` and their exact name. */
type EventProps<Events> = { [Name in keyof Events as `on${Name & string}`]?: (event: Events[Name]) => void };

type AcuJsx = {
  [Tag in keyof AcuAttributes]: DetailedHTMLProps<HTMLAttributes<AcuElements[Tag]>, AcuElements[Tag]> &
    AcuAttributes[Tag] &
    EventProps<AcuEvents[Tag]> & { class?: string };
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends AcuJsx {}
  }
}

export type { AcuAttributes, AcuEvents };
