/** The package version, stamped on every element class so the registration guard can compare copies. */
export const VERSION = '0.1.0';
