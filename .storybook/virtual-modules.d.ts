/** The manifest with resolved types, served by the `acu-manifest` Vite plugin in main.ts. */
declare module 'virtual:acu-manifest' {
  const manifest: import('./manifest-types.js').Manifest;
  export default manifest;
}
