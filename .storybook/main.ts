/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { resolveManifestTypes } from './manifest-types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = join(root, 'custom-elements.json');
const VIRTUAL = 'virtual:acu-manifest';

const config: StorybookConfig = {
  // MDX: the Introduction, Design tokens and usage pages.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Designers run this offline; nothing is sent anywhere.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: {
    // No "get started with Storybook" checklist in the sidebar or the menu: this Storybook is about the widgets.
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
    // Its dark backgrounds kept the text black; the "Page" toolbar (preview.ts) sets both colours instead.
    backgrounds: false,
  },
  async viteFinal(vite) {
    // The manifest with its type names resolved to the choices they stand for (see manifest-types.ts).
    const plugin = {
      name: 'acu-manifest',
      resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
      load(this: { addWatchFile(file: string): void }, id: string) {
        if (id !== `\0${VIRTUAL}`) return undefined;
        this.addWatchFile(MANIFEST);
        return `export default ${JSON.stringify(resolveManifestTypes(JSON.parse(readFileSync(MANIFEST, 'utf8')), root))};`;
      },
    };
    return { ...vite, plugins: [...(vite.plugins ?? []), plugin] };
  },
};

export default config;
