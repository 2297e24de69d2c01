import type { Plugin } from 'vite';

/*
 * Lit's modules end with hooks for environments the script-tag bundle never
 * meets (the ShadyDOM polyfill of pre-2020 browsers, server-side hydration)
 * and push their versions onto global arrays for Lit's dev-mode duplicate
 * warning. Every page paid for them; the bundle drops them. The npm build
 * keeps Lit untouched.
 */
const HOOKS = [
  /\(\w+\.(litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g,
  /\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\)/g,
  /(?<==)\w+\.(litHtml|reactiveElement|litElement)PolyfillSupport/g,
];

export function litUnusedHooks(): Plugin {
  return {
    name: 'acu-lit-unused-hooks',
    transform(code: string, id: string) {
      if (!/\/(lit-html\/lit-html|@lit\/reactive-element\/reactive-element|lit-element\/lit-element)\.js$/.test(id)) return undefined;
      const stripped = HOOKS.reduce((text, hook) => text.replace(hook, 'void 0'), code);
      if (stripped === code) this.error(`${id}: none of Lit's hooks found where scripts/lit-unused-hooks.ts expects them.`);
      return { code: stripped, map: null };
    },
  };
}
