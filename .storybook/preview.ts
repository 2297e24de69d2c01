import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true });

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Every story must pass axe: violations fail the story, not just warn.
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
