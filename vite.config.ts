import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';
import { litTrustedTypes } from './scripts/lit-trusted-types.js';
import { litUnusedHooks } from './scripts/lit-unused-hooks.js';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.js';
import { PRIVATE_MEMBERS } from './scripts/private-members.js';

/*
 * `vite` serves the demo page (index.html); `vite build` writes the single
 * self-contained script for <script type="module"> users, with Lit inside.
 * Library mode is not used because it leaves ES output unminified. The npm
 * build (Lit external, one module per file) comes from tsc.
 */
export default defineConfig({
  plugins: [minifyCssLiterals(), minifyHtmlLiterals(), litTrustedTypes(), litUnusedHooks()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: true,
    copyPublicDir: false,
    rolldownOptions: {
      input: 'src/index.ts',
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: 'acu-widgets.js',
        // Private member names cost every page their full length, every time they are used.
        minify: { mangleProps: { include: PRIVATE_MEMBERS } },
      },
    },
  },
});
