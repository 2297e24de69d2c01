/** `custom-elements.json` comes from the JSDoc of the element classes. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.strings.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // Base classes extend LitElement too, but have no tag: tools must not offer them as elements.
      name: 'only-tagged-elements',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          }
        }
      },
    },
  ],
};
