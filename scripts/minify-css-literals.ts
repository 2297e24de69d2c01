import type { Plugin } from 'vite';

/**
 * A Vite plugin that minifies the CSS inside Lit's css`` literals of the
 * element style files. Minifiers leave template literals alone, and the CSS
 * is a large part of every widget's bytes. The style files hold plain CSS
 * (no interpolations, no strings), which is what makes a whitespace-only
 * minifier safe here.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'acu-minify-css-literals',
    enforce: 'pre',
    transform(code: string, id: string) {
      if (!/\/src\/.+\.styles\.ts$/.test(id)) return undefined;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}

export function minifyCss(body: string): string {
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
