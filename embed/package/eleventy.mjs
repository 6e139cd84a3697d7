// `versus-card/eleventy`: the card in an Eleventy site.
//
//   import versus from 'versus-card/eleventy';
//   export default (eleventyConfig) => { eleventyConfig.addPlugin(versus); };
//
//   {% versus "tea.json", "chat" %}          (Nunjucks and Liquid: src, preset)
//   {% versus "tea.json", { preset: "chat", theme: "dark" } %}   (Nunjucks)
//
// The plugin copies the card's files to /versus/ of the built site (option
// `folder`), and the shortcode writes the loader once per page, the card,
// and inside it the static fallback, rendered at build time from the JSON by
// the package's own renderer (the card's model code, compiled to wasm), so
// the page and its feed carry the whole comparison for readers without
// scripts. `src` is a path inside the input folder, published as is (copy it
// with addPassthroughCopy). A missing, broken or invalid file, or an unknown
// preset, stops the build with the file, line and column.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFallback } from './render.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BROWSER_FILES = ['versus.js', 'versus-card.js', 'versus-card_bg.wasm'];
const ATTRIBUTES = ['preset', 'priorities', 'theme', 'loading', 'id', 'share-key'];

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The plugin: `eleventyConfig.addPlugin(versus, { folder: 'versus' })`. */
export default function versus(eleventyConfig, { folder = 'versus' } = {}) {
  for (const file of BROWSER_FILES) eleventyConfig.addPassthroughCopy({ [join(here, file)]: `${folder}/${file}` });
  // The pages that have their loader already, in this build.
  const loaded = new Set();
  eleventyConfig.on('eleventy.before', () => loaded.clear());

  eleventyConfig.addShortcode('versus', function shortcode(src, options = {}) {
    const settings = typeof options === 'string' ? { preset: options } : { ...options };
    if (!src) throw new Error(`versus: ${this.page?.inputPath}: the shortcode needs the comparison's JSON, such as {% versus "tea.json" %}`);
    const input = eleventyConfig.directories?.input ?? eleventyConfig.dir?.input ?? '.';
    const file = join(input, String(src).replace(/^\//, ''));
    const fallback = renderFallback(file, settings);
    const page = this.page?.outputPath ?? this.page?.url ?? '';
    const loader = loaded.has(page) ? '' : `<script type="module" src="/${folder}/versus.js"></script>\n`;
    loaded.add(page);
    const attributes = ATTRIBUTES.filter((name) => settings[name] !== undefined && settings[name] !== '')
      .map((name) => ` ${name}="${escape(settings[name])}"`)
      .join('') + (settings.compact ? ' compact' : '');
    return `${loader}<versus-card src="/${escape(String(src).replace(/^\//, ''))}"${attributes}>\n${fallback.trim()}\n</versus-card>`;
  });
}
