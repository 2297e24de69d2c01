import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
// custom-elements.json with its type names resolved to literal unions (main.ts, manifest-types.ts).
import manifest from 'virtual:acu-manifest';
import '../src/index.js';
// Every built-in language, so the Language toolbar can show each (pages load one, from its own build).
import '../src/locales/de.js';
import '../src/locales/es.js';
import '../src/locales/fr.js';
import '../src/locales/pt.js';
import '../src/locales/zh-Hans.js';
import './preview.css';

setCustomElementsManifest(manifest);
// The manifest's event types are already CustomEvent<Detail>: not wrapped again.
setStorybookHelpersConfig({ hideArgRef: true, overrideCustomEventType: true });

/**
 * Every story sits on a "page": the system font (the widgets inherit the
 * page's font, so a serif default would misrepresent them), the page colours
 * of the Page toolbar, its text direction, and the Motion toolbar's setting.
 * The page is a wrapper, not the story, so "Show code" leaves it out
 * (`excludeDecorators`). Its styles are in preview.css.
 */
const page: Decorator = (story, { globals, viewMode }) => {
  const locale = LOCALES.includes(globals.locale) ? globals.locale : 'en';
  // The language of the Language toolbar: the story's <acu-clinic> locale, or the lang of a widget outside any.
  requestAnimationFrame(() => {
    for (const el of document.querySelectorAll<HTMLElement>('.acu-sb-page acu-clinic')) el.setAttribute('locale', locale);
    for (const el of document.querySelectorAll<HTMLElement>('.acu-sb-page :is(acu-benefits, acu-who-it-helps, acu-timeline, acu-book-button)'))
      if (!el.closest('acu-clinic')) el.setAttribute('lang', locale);
  });
  return html`<div
    class="acu-sb-page ${viewMode === 'story' ? 'acu-sb-canvas' : ''}"
    data-theme=${globals.theme === 'dark' ? 'dark' : 'light'}
    data-motion=${globals.motion === 'reduce' ? 'reduce' : 'full'}
    dir=${globals.direction === 'rtl' ? 'rtl' : 'ltr'}
  >
    ${story()}
  </div>`;
};

/** The Language toolbar's choices: each built-in language, with a region where the checker's urgent result names numbers. */
const LANGUAGE_ITEMS: Record<string, string> = {
  en: 'English',
  'en-GB': 'English (UK: 999, NHS 111)',
  'en-US': 'English (US: 911)',
  es: 'Español',
  'es-MX': 'Español (México: 911)',
  fr: 'Français',
  'fr-FR': 'Français (France : 15, 112)',
  de: 'Deutsch',
  'de-DE': 'Deutsch (Deutschland: 112, 116 117)',
  pt: 'Português',
  'pt-BR': 'Português (Brasil: SAMU 192)',
  'zh-Hans': '简体中文',
  'zh-CN': '简体中文（中国：120）',
};
const LOCALES = Object.keys(LANGUAGE_ITEMS);

/** A toolbar menu whose button shows the chosen item. */
const toolbar = (title: string, icon: string, description: string, items: Record<string, string>) => ({
  description,
  toolbar: { title, icon, items: Object.entries(items).map(([value, itemTitle]) => ({ value, title: itemTitle })), dynamicTitle: true },
});

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [page],
  globalTypes: {
    theme: toolbar('Page', 'contrast', "Page colours: light, or dark with the README's dark theming values", { light: 'Light page', dark: 'Dark page' }),
    direction: toolbar('Direction', 'transfer', 'Text direction of the page around the story', { ltr: 'Left to right', rtl: 'Right to left' }),
    locale: toolbar('Language', 'globe', "The widgets' built-in language (the clinic's locale)", LANGUAGE_ITEMS),
    motion: toolbar(
      'Motion',
      'stopalt',
      "Reduced motion switches off the widgets' animations in the preview (the media query itself cannot be set from a page)",
      { full: 'Full motion', reduce: 'Reduced motion' },
    ),
  },
  initialGlobals: { theme: 'light', direction: 'ltr', motion: 'full', locale: 'en' },
  parameters: {
    controls: { expanded: true },
    // Every story must pass axe: violations fail the story, not just warn.
    a11y: { test: 'error' },
    // The page wrapper pads itself, so its colours reach the canvas's edges.
    layout: 'fullscreen',
    docs: { source: { excludeDecorators: true } },
    options: {
      storySort: { order: ['Introduction', 'Design tokens', 'Widgets', 'Theming', 'Testing'] },
    },
  },
};

export default preview;
