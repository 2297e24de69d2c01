/**
 * Registers every acu-widgets element. Import this for all of them, or
 * `acu-widgets/<name>.js` for one.
 */
export * from './clinic/index.js';
export * from './benefits/index.js';
export * from './timeline/index.js';
export * from './book-button/index.js';
export * from './who-it-helps/index.js';
