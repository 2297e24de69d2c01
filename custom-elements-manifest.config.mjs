/** `custom-elements.json` comes from the JSDoc of the element classes. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.strings.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
