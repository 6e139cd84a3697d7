// `versus-card/eleventy`: the card in an Eleventy site.
//
//   import versus from 'versus-card/eleventy';
//   export default (eleventyConfig) => { eleventyConfig.addPlugin(versus); };
//
//   {% versus "tea.json", "chat" %}          (Nunjucks and Liquid: src, preset)
//   {% versus "tea.json", { preset: "chat", theme: "dark" } %}   (Nunjucks)
//   {% versus "tea.json", { rendered: true } %}   the card in the page's HTML
//   {% versus "tea.json", "chat", "rendered" %}   the same in Liquid (and so
//                                                 in Markdown posts)
//
// The plugin copies the card's files to /versus/ of the built site (option
// `folder`), and the shortcode writes the loader once per page, the card,
// and inside it the static fallback, rendered at build time from the JSON by
// the package's own renderer (the card's model code, compiled to wasm), so
// the page and its feed carry the whole comparison for readers without
// scripts; every option but `rendered` is an attribute of the card, any
// the element documents (`"inherit-font": true`), checked by the renderer
// with its message. With `rendered`, the card itself is rendered into the
// page too (a declarative shadow root, as `versus-card render --card` prints
// it): on the screen with the first paint, then hydrated by the loader,
// which is `async` when the page's first card is rendered, since such a
// card needs nothing held back. `src` is a path inside the input folder,
// published as is (copy it with addPassthroughCopy). A missing, broken or
// invalid file, or an unknown preset, stops the build with the file, line
// and column.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { renderCard, renderElement } from './render.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// The files a page needs to run the card: the package's list (scripts/release.mjs writes it into package.json).
const CARD_FILES = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).versusCard.cardFiles;

/** The plugin: `eleventyConfig.addPlugin(versus, { folder: 'versus' })`. */
export default function versus(eleventyConfig, { folder = 'versus' } = {}) {
  for (const file of CARD_FILES) eleventyConfig.addPassthroughCopy({ [join(here, file)]: `${folder}/${file}` });
  // The pages that have their loader already, in this build.
  const loaded = new Set();
  eleventyConfig.on('eleventy.before', () => loaded.clear());

  eleventyConfig.addShortcode('versus', function shortcode(src, options = {}, ...words) {
    // Liquid has no objects: there the options are a preset and words.
    const settings = typeof options === 'string' ? { preset: options || undefined } : { ...options };
    for (const word of words) {
      if (word !== 'rendered') throw new Error(`versus: ${this.page?.inputPath}: "${word}" is not an option of the shortcode (after the preset, Liquid takes "rendered")`);
      settings.rendered = true;
    }
    if (!src) throw new Error(`versus: ${this.page?.inputPath}: the shortcode needs the comparison's JSON, such as {% versus "tea.json" %}`);
    const input = eleventyConfig.directories?.input ?? eleventyConfig.dir?.input ?? '.';
    const path = String(src).replace(/^\//, '');
    const file = join(input, path);
    const address = `/${path}`;
    const page = this.page?.outputPath ?? this.page?.url ?? '';
    const loader = loaded.has(page) ? '' : `<script type="module" src="/${folder}/versus.js"${settings.rendered ? ' async' : ''}></script>\n`;
    loaded.add(page);
    // Every other option is an attribute of the element: the renderer
    // writes it, checked against the element's list (src/ui/element.rs).
    const { rendered, preset, priorities, theme, compact, ...attributes } = settings;
    const element = (rendered ? renderCard : renderElement)(file, { src: address, preset, priorities, theme, compact, attributes });
    return `${loader}${element.trim()}`;
  });
}
