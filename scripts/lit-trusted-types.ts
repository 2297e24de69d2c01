import type { Plugin } from 'vite';

/*
 * lit-html creates its Trusted Types policy, named "lit-html", as it loads.
 * On a page whose Content-Security-Policy lists trusted-types without
 * 'allow-duplicates', a second Lit (another plugin's, or this bundle loaded
 * from two URLs) throws there, and the whole bundle fails: no element is
 * defined. The script-tag bundle therefore falls back to a policy named
 * "acu-widgets", and when the page allows neither, says which name to add.
 * A copy loaded after another (whose elements the registration guard ignores
 * anyway) creates no policy at all, so it costs the page no policy name.
 */
const CREATE = /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\):void 0/;

export function litTrustedTypes(): Plugin {
  return {
    name: 'acu-lit-trusted-types',
    transform(code: string, id: string) {
      if (!/\/lit-html\/lit-html\.js$/.test(id)) return undefined;
      if (!CREATE.test(code)) this.error('lit-html no longer creates its Trusted Types policy the way scripts/lit-trusted-types.ts expects.');
      return {
        code: code.replace(
          CREATE,
          (_, types: string, options: string) =>
            `${types}&&!customElements.get("acu-clinic")?(()=>{for(const n of["lit-html","acu-widgets"])try{return ${types}.createPolicy(n,${options})}catch{}console.error('acu-widgets: add "acu-widgets" to trusted-types in this page\\'s Content-Security-Policy.')})():void 0`,
        ),
        map: null,
      };
    },
  };
}
