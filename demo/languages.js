/* global location, document, URLSearchParams */
/*
 * The demo in another language: index.html?lang=de (es, fr, de, pt, zh-Hans,
 * with a region too: ?lang=de-CH, ?lang=pt-BR). Loads that language's texts
 * from the sources (the Vite dev server compiles them), then gives the
 * clinic its locale; the page around the widgets stays in English. A real
 * page loads dist/acu-widgets.<lang>.js instead, and has no flash of English.
 */
const tag = new URLSearchParams(location.search).get('lang');
const file = tag && { es: 'es', fr: 'fr', de: 'de', pt: 'pt', zh: 'zh-Hans' }[tag.split('-')[0].toLowerCase()];
if (file) {
  await import(`/src/locales/${file}.ts`);
  document.querySelector('acu-clinic')?.setAttribute('locale', tag);
}
