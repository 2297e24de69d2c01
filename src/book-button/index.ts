import { define } from '../shared/define.js';
import { AcuBookButton, type BookButtonEventDetail } from './book-button.element.js';

export { AcuBookButton };
export type { BookButtonEventDetail, BookButtonMode, BookButtonSize, BookButtonVariant } from './book-button.element.js';
export type { ProviderName } from './providers.js';

define('acu-book-button', AcuBookButton);

/** The booking button's events. They bubble and cross shadow roots, so the document and window hear them too. */
export interface AcuBookButtonEventMap {
  'acu-book-click': CustomEvent<BookButtonEventDetail>;
  'acu-book-open': CustomEvent<BookButtonEventDetail>;
  'acu-book-close': CustomEvent<BookButtonEventDetail>;
  'acu-book-complete': CustomEvent<BookButtonEventDetail>;
}

/* eslint-disable @typescript-eslint/no-empty-object-type -- interfaces merged into the DOM's own event maps */
declare global {
  interface HTMLElementTagNameMap {
    'acu-book-button': AcuBookButton;
  }
  interface HTMLElementEventMap extends AcuBookButtonEventMap {}
  interface DocumentEventMap extends AcuBookButtonEventMap {}
  interface WindowEventMap extends AcuBookButtonEventMap {}
}
