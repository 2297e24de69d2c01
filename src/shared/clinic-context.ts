import { ContextRoot, createContext } from '@lit/context';

/** What `<acu-clinic>` shares with every widget inside it. */
export interface ClinicDetails {
  name?: string;
  bookingUrl?: string;
  phone?: string;
  email?: string;
  locale?: string;
}

/**
 * A string key, not a Symbol: two copies of the library on one page (or two
 * versions) must still find each other's provider.
 */
export const clinicContext = createContext<ClinicDetails>('acu-widgets:clinic');

/*
 * Widgets upgraded before their <acu-clinic> ask for the details while nobody
 * listens. A ContextRoot keeps those requests and replays them when the
 * provider connects, so definition order never matters.
 */
if (typeof document !== 'undefined') {
  new ContextRoot().attach(document.documentElement);
}
