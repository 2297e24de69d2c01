/*
 * Every `--acu-*` custom property, read from custom-elements.json (the
 * `@cssprop` JSDoc of each element), for the Design tokens page: a property
 * added to an element appears there with no page to edit.
 */
import manifest from '../../custom-elements.json';

export interface TokenUse {
  tag: string;
  description: string;
}

export interface Token {
  name: string;
  /** The default as the manifest gives it: a CSS value, or words where the value depends on the page. */
  default: string;
  uses: TokenUse[];
}

interface CssProperty {
  name: string;
  default?: string;
  description?: string;
}

export const tokens: Token[] = (() => {
  const byName = new Map<string, Token>();
  for (const mod of manifest.modules) {
    for (const declaration of (mod.declarations ?? []) as Array<{ tagName?: string; cssProperties?: CssProperty[] }>) {
      if (!declaration.tagName) continue;
      for (const property of declaration.cssProperties ?? []) {
        const token = byName.get(property.name) ?? { name: property.name, default: property.default ?? '', uses: [] };
        token.uses.push({ tag: declaration.tagName, description: property.description ?? '' });
        byName.set(property.name, token);
      }
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
})();

/**
 * The CSS that draws a token's sample: a colour swatch, a rounded corner, a
 * length bar or a line of text. A default in words ("currentColor at 4%") is
 * drawn as what it says; `CSS` is only there in a browser.
 */
export function sample(token: Token): Record<string, string> {
  const value = token.default.replace(/^var\([^,]+,\s*(.*)\)$/, '$1');
  const supports = (property: string, text: string) => typeof CSS !== 'undefined' && CSS.supports(property, text);
  if (/color/.test(token.name)) {
    const mix = value.match(/^currentColor at (\d+(?:\.\d+)?)\s*%$/i);
    const colour = mix ? `color-mix(in srgb, currentColor ${mix[1]}%, transparent)` : value;
    return supports('color', colour) ? { background: colour } : {};
  }
  if (/radius/.test(token.name) && supports('border-radius', value)) return { borderRadius: value, borderColor: 'currentColor' };
  if (/space|gap/.test(token.name) && supports('width', value)) return { width: value, minWidth: '0', height: '0.5em', minHeight: '0', background: 'currentColor' };
  if (/font/.test(token.name)) return { fontFamily: value === 'inherit' ? 'inherit' : value };
  return {};
}
