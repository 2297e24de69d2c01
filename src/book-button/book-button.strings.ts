import type { StringTable } from '../shared/strings.js';

export interface BookButtonStrings {
  label: string;
  /** Said after the label by screen readers when the link opens a new tab. */
  newTab: string;
  close: string;
  openInNewTab: string;
  dismiss: string;
  /** Focused in the floating button's place once it is dismissed. */
  dismissed: string;
  /** The dialog's title and the booking frame's accessible name with the clinic's name (`{0}`); without one, `label` and `booking`. */
  dialogTitle: string;
  frameTitle: string;
  booking: string;
}

export const bookButtonStrings: StringTable<BookButtonStrings> = {
  en: {
    label: 'Book an appointment',
    newTab: '(opens in a new tab)',
    close: 'Close',
    openInNewTab: 'Open in a new tab',
    dismiss: 'Hide the booking button',
    dismissed: 'Booking button hidden',
    dialogTitle: 'Book an appointment with {0}',
    frameTitle: 'Online booking for {0}',
    booking: 'Online booking',
  },
};
