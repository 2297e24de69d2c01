const FOLLOWED = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/** A URL that is safe to put in front of a patient, or why it is not. */
export type UrlCheck = { url: URL; problem?: undefined } | { url?: undefined; problem: string };

/**
 * Checks a URL from the page author before it becomes a link. Only `https:`,
 * `http:`, `tel:` and `mailto:` pass: anything else could run script
 * (`javascript:`, `vbscript:`) or show content the clinic did not write
 * (`data:`). The check is made on the parsed URL, and callers render that
 * parsed URL, so what is followed is exactly what was checked, whatever tabs,
 * entities or case tricks the original string held. Relative URLs resolve
 * against the page, as a plain link's would.
 */
export function checkUrl(value: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(value, globalThis.document?.baseURI);
  } catch {
    return { problem: `"${value}" is not a valid URL` };
  }
  if (!FOLLOWED.has(url.protocol)) {
    return { problem: `"${value}" uses ${url.protocol}, which is never followed; use an https:, http:, tel: or mailto: URL` };
  }
  const problem = PROBLEMS[url.protocol]?.(url);
  return problem ? { problem: `"${value}" ${problem}` } : { url };
}

/*
 * A scheme that passes can still make a dead link (`tel:` with no number,
 * `mailto:see our website`) or a deceptive one (`https://calendly.com@evil.example`
 * goes to evil.example).
 */
const PROBLEMS: Record<string, (url: URL) => string | undefined> = {
  'tel:': ({ pathname }) =>
    /^\+?[\d*#,;]+$/.test(pathname) && (pathname.match(/\d/g)?.length ?? 0) >= 3 ? undefined : 'is not a phone number',
  'mailto:': ({ pathname }) => (/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(decoded(pathname)) ? undefined : 'is not an email address'),
  'https:': credentials,
  'http:': credentials,
};

/** An address as written: a lone "%" (as in "100%@clinic.example") is kept as it is rather than thrown on. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function credentials({ username, password }: URL): string | undefined {
  return username || password ? 'carries a user name or password, which can disguise where the link goes' : undefined;
}
