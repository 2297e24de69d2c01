import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

interface ThemeArgs {
  '--acu-color-accent': string;
  '--acu-color-on-accent': string;
  '--acu-color-surface': string;
  '--acu-color-border': string;
  '--acu-color-muted': string;
  '--acu-color-focus': string;
  '--acu-color-danger': string;
  '--acu-radius': string;
  '--acu-space': string;
  '--acu-heading-font': string;
  pageFont: string;
  pageText: string;
  pageBackground: string;
}

const color = { control: 'color' } as const;

/**
 * Every widget together on one page whose `--acu-*` custom properties, font
 * and colours are controls: change them and see the whole set follow.
 */
const meta: Meta<ThemeArgs> = {
  title: 'Theming/Playground',
  args: {
    '--acu-color-accent': '#0b6b61',
    '--acu-color-on-accent': '#ffffff',
    '--acu-color-surface': '#f3f7f6',
    '--acu-color-border': '#c9d6d3',
    '--acu-color-muted': '#3f4f4d',
    '--acu-color-focus': '#1d4ed8',
    '--acu-color-danger': '#b42318',
    '--acu-radius': '0.75rem',
    '--acu-space': '1rem',
    '--acu-heading-font': 'Georgia, serif',
    pageFont: 'system-ui, sans-serif',
    pageText: '#1c2a2b',
    pageBackground: '#ffffff',
  },
  argTypes: {
    '--acu-color-accent': color,
    '--acu-color-on-accent': color,
    '--acu-color-surface': color,
    '--acu-color-border': color,
    '--acu-color-muted': color,
    '--acu-color-focus': color,
    '--acu-color-danger': color,
    pageText: color,
    pageBackground: color,
  },
  render: ({ pageFont, pageText, pageBackground, ...tokens }) => html`
    <div style=${styleMap({ ...tokens, fontFamily: pageFont, color: pageText, background: pageBackground, padding: '1.5rem' })}>
      <acu-clinic name="Harbour Acupuncture" booking-url="https://cal.com/harbour-acupuncture/first-visit">
        <acu-book-button label="Book your first visit"></acu-book-button>
        <acu-benefits layout="grid"></acu-benefits>
        <acu-timeline></acu-timeline>
        <acu-who-it-helps></acu-who-it-helps>
      </acu-clinic>
    </div>
  `,
};
export default meta;

export const Playground: StoryObj<ThemeArgs> = {};

/** A dark page: the widgets follow the inherited text colour. */
export const DarkPage: StoryObj<ThemeArgs> = {
  args: {
    '--acu-color-accent': '#5eead4',
    '--acu-color-on-accent': '#0b1f1c',
    '--acu-color-surface': '#16302c',
    '--acu-color-border': '#2f5650',
    '--acu-color-muted': '#c9d9d6',
    '--acu-color-focus': '#fbbf24',
    '--acu-color-danger': '#fca5a5',
    pageText: '#f1f5f4',
    pageBackground: '#0f1f1d',
  },
};
