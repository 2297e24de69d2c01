/** What the booking button knows about one booking system. */
export interface Provider {
  /** The hostnames it serves booking pages from, subdomains included. */
  hosts?: RegExp;
  /** Whether its booking pages allow being shown in a frame on another site. */
  framable: boolean;
  /** Query parameters its pages need before they talk to the page that frames them. */
  embed?: () => Record<string, string>;
  /** Whether a message its framed page posted says a booking was made. */
  completed?: (data: Record<string, unknown>) => boolean;
}

const hosts = (names: string) => new RegExp(`(^|\\.)(${names.replaceAll('.', '\\.')})$`);

/*
 * `framable: false` marks systems that refuse to be framed (or whose embed
 * needs their own script), so a popup would show an empty box: the button
 * opens those in a new tab instead. Unknown sites get the popup the author
 * asked for, since the dialog always offers "open in a new tab".
 */
export type ProviderName =
  | 'jane'
  | 'calendly'
  | 'calcom'
  | 'acuity'
  | 'square'
  | 'mindbody'
  | 'zocdoc'
  | 'simplepractice'
  | 'generic';

export const PROVIDERS: Record<ProviderName, Provider> = {
  jane: { hosts: hosts('janeapp.com|janeapp.co.uk'), framable: false },
  calendly: {
    hosts: hosts('calendly.com'),
    framable: true,
    // Calendly posts its events to the parent only when told the embedding domain.
    embed: () => ({ embed_domain: location.host, embed_type: 'Inline' }),
    completed: (data) => data.event === 'calendly.event_scheduled',
  },
  calcom: {
    hosts: hosts('cal.com'),
    framable: true,
    completed: (data) => data.originator === 'CAL' && (data.type === 'bookingSuccessful' || data.type === 'bookingSuccessfulV2'),
  },
  acuity: { hosts: hosts('acuityscheduling.com|as.me|squarespacescheduling.com'), framable: true },
  square: { hosts: hosts('squareup.com|square.site'), framable: false },
  mindbody: { hosts: hosts('mindbodyonline.com'), framable: false },
  zocdoc: { hosts: hosts('zocdoc.com'), framable: false },
  simplepractice: { hosts: hosts('clientsecure.me'), framable: false },
  generic: { framable: true },
};

export const PROVIDER_NAMES = Object.keys(PROVIDERS) as ProviderName[];

/** The provider serving a URL, from its hostname; `generic` when none matches. */
export function detectProvider(url: URL): ProviderName {
  return PROVIDER_NAMES.find((name) => PROVIDERS[name].hosts?.test(url.hostname)) ?? 'generic';
}
