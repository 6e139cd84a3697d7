// `make release`: the versus-card package and release files, from the
// release build in dist/ (make build), into release/:
//
//   versus-card-VERSION.tgz   the npm package, exactly as `npm pack` makes it
//   versus-card-VERSION.zip   the same browser files, for self-hosting
//   SHA256SUMS                both, in `sha256sum -c` form
//
// The version is Cargo.toml's (the card crate's), the one source of truth.
// No file name inside carries a hash: bloggers type them, and the version is
// in the CDN path instead.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, process.argv[2] ?? 'dist');
const out = join(root, 'release');

/** The card crate's version, from the [package] table of Cargo.toml. */
export function cargoVersion(cargoToml = readFileSync(join(root, 'Cargo.toml'), 'utf8')) {
  const pkg = cargoToml.split(/^\[/m).find((table) => table.startsWith('package]'));
  const version = pkg?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error('release: no version in the [package] table of Cargo.toml');
  return version;
}

/** What a page needs to run the card: the loader, its glue and the wasm. */
export const CARD_FILES = ['versus.js', 'versus-card.js', 'versus-card_bg.wasm'];

/** The iframe form: its page, script and styles, and the script that sizes it on the blogger's page. */
export const IFRAME_FILES = ['embed.html', 'embed-frame.js', 'embed-frame.css', 'versus-iframe.js'];

/** What a page needs: the card, and the iframe form. The package's one
 *  list of them: written into its package.json (`versusCard`), which `npx
 *  versus-card init` and the Eleventy plugin read, and into its README. */
export const BROWSER_FILES = [...CARD_FILES, ...IFRAME_FILES];

/** The authors' editor, so an author can open it from their own copy. */
export const EDITOR_FILES = ['editor.html', 'editor.js', 'editor.css', 'versus-editor.js', 'versus-editor_bg.wasm'];

/** The command line for Node: its script (embed/package) and the wasm
 *  build of crates/node (make node-cli, target/node-cli). */
export const CLI_FILES = ['cli/versus-card.mjs', 'cli/versus_node.js', 'cli/versus_node_bg.wasm'];

/** Where blogs are made (docs/platforms.md): the fallback renderer for build
 *  scripts, the Eleventy plugin, the Astro component, and the Hugo and
 *  Jekyll templates (also in the zip), from embed/package. */
export const PLATFORM_FILES = [
  'render.mjs',
  'eleventy.mjs',
  'platforms/astro/Versus.astro',
  'platforms/hugo/layouts/shortcodes/versus.html',
  'platforms/hugo/theme.toml',
  'platforms/jekyll/_includes/versus.html',
];

/** For editors and type checkers, generated from src/ui/element.rs (tests/element.rs). */
export const TOOL_FILES = ['custom-elements.json', 'html-data.json', 'versus.d.ts', 'jsx-react.d.ts', 'jsx-preact.d.ts', 'jsx-solid-js.d.ts'];

/** Subresource Integrity of a file's bytes, as a page writes it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Cargo.toml's `repository`, if the project has a public home yet. */
function cargoRepository(cargoToml = readFileSync(join(root, 'Cargo.toml'), 'utf8')) {
  return cargoToml.match(/^repository\s*=\s*"([^"]+)"/m)?.[1];
}

function packageJson(version) {
  const exports = {
    '.': { types: './versus.d.ts', default: './versus.js' },
    './package.json': './package.json',
    './versus.schema.json': './versus.schema.json',
    './custom-elements.json': './custom-elements.json',
    './html-data.json': './html-data.json',
  };
  for (const framework of ['react', 'preact', 'solid-js']) exports[`./jsx-${framework}`] = { types: `./jsx-${framework}.d.ts` };
  for (const file of [...BROWSER_FILES, ...EDITOR_FILES]) exports[`./${file}`] = `./${file}`;
  exports['./render'] = './render.mjs';
  exports['./eleventy'] = './eleventy.mjs';
  exports['./astro'] = './platforms/astro/Versus.astro';
  return {
    name: 'versus-card',
    version,
    description: 'An embeddable comparison card: flip the priorities that matter, get a recommendation. Rust and WebAssembly, no backend, no tracking.',
    type: 'module',
    exports,
    files: [...BROWSER_FILES, ...EDITOR_FILES, 'versus.schema.json', ...CLI_FILES, ...TOOL_FILES, ...PLATFORM_FILES],
    types: 'versus.d.ts',
    customElements: 'custom-elements.json',
    bin: { 'versus-card': 'cli/versus-card.mjs' },
    engines: { node: '>=18' },
    unpkg: 'versus.js',
    jsdelivr: 'versus.js',
    license: 'MIT OR Apache-2.0',
    ...(cargoRepository() ? { repository: { type: 'git', url: `git+${cargoRepository()}.git` } } : {}),
    keywords: ['web-component', 'custom-element', 'comparison', 'embed', 'webassembly', 'wasm', 'yew', 'rust', 'blog'],
    sideEffects: ['./versus.js'],
    // The files a page needs, for the package's own scripts (cli/versus-card.mjs, eleventy.mjs).
    versusCard: { cardFiles: CARD_FILES, browserFiles: BROWSER_FILES },
  };
}

/** The WordPress plugin's own files, from embed/wordpress ({{VERSION}} filled in). */
export const WORDPRESS_FILES = ['versus-card.php', 'attributes.php', 'block.json', 'editor.js', 'editor.asset.php', 'readme.txt'];
/** The card's files the plugin serves, in its card/ folder. */
export const WORDPRESS_CARD_FILES = CARD_FILES;

/**
 * versus-card-wordpress-VERSION.zip: the plugin folder versus-card/ with its
 * PHP, block and editor files, the card's files in card/, and the built-in
 * comparison's fallbacks (the author's defaults and each preset) in
 * fallbacks/, rendered by the package's own renderer: the card's code.
 */
async function wordpressPlugin(stage, version) {
  const { renderFallback } = await import(join(stage, 'render.mjs'));
  const content = join(root, 'content/node-vs-python.json');
  const when = { mtime: new Date('2000-01-01T00:00:00Z') };
  const files = {};
  // (The element's attributes are attributes.php, which tests/element.rs generates from src/ui/element.rs.)
  for (const file of WORDPRESS_FILES) {
    const text = readFileSync(join(root, 'embed/wordpress', file), 'utf8').replaceAll('{{VERSION}}', version);
    files[`versus-card/${file}`] = [Buffer.from(text), when];
  }
  for (const file of WORDPRESS_CARD_FILES) files[`versus-card/card/${file}`] = [readFileSync(join(stage, file)), when];
  files['versus-card/fallbacks/node-vs-python.html'] = [Buffer.from(renderFallback(content)), when];
  for (const preset of JSON.parse(readFileSync(content, 'utf8')).presets) {
    files[`versus-card/fallbacks/node-vs-python-${preset.id}.html`] = [Buffer.from(renderFallback(content, { preset: preset.id })), when];
  }
  const name = `versus-card-wordpress-${version}.zip`;
  writeFileSync(join(out, name), zipSync(files, { level: 9 }));
  return name;
}

async function main() {
  const version = cargoVersion();
  for (const file of [...BROWSER_FILES, ...EDITOR_FILES]) {
    if (!existsSync(join(dist, file))) {
      console.error(`release: ${file} is missing from ${dist}: run make build first`);
      process.exit(1);
    }
  }
  rmSync(out, { recursive: true, force: true });
  const stage = join(out, 'package');
  mkdirSync(stage, { recursive: true });
  for (const file of [...BROWSER_FILES, ...EDITOR_FILES]) copyFileSync(join(dist, file), join(stage, file));
  copyFileSync(join(root, 'docs/versus.schema.json'), join(stage, 'versus.schema.json'));
  for (const file of TOOL_FILES) copyFileSync(join(root, 'docs', file), join(stage, file));
  for (const file of PLATFORM_FILES) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    copyFileSync(join(root, 'embed/package', file), join(stage, file));
  }
  mkdirSync(join(stage, 'cli'));
  copyFileSync(join(root, 'embed/package/versus-card.mjs'), join(stage, 'cli/versus-card.mjs'));
  for (const file of ['versus_node.js', 'versus_node_bg.wasm']) {
    const built = join(root, 'target/node-cli', file);
    if (!existsSync(built)) {
      console.error(`release: ${built} is missing: run make node-cli first`);
      process.exit(1);
    }
    copyFileSync(built, join(stage, 'cli', file));
  }
  const loaderIntegrity = sri(readFileSync(join(stage, 'versus.js')));
  const readme = readFileSync(join(root, 'embed/package/README.md'), 'utf8')
    .replaceAll('{{VERSION}}', version)
    .replaceAll('{{LOADER_INTEGRITY}}', loaderIntegrity)
    .replaceAll('{{CARD_FILES}}', CARD_FILES.map((file) => `\`${file}\``).join(', '))
    .replaceAll('{{IFRAME_FILES}}', IFRAME_FILES.map((file) => `\`${file}\``).join(', '));
  writeFileSync(join(stage, 'README.md'), readme);
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(packageJson(version), null, 2)}\n`);

  const packed = execFileSync('npm', ['pack', '--pack-destination', out, '--loglevel=error'], { cwd: stage, encoding: 'utf8' }).trim().split('\n').pop();
  const tgz = `versus-card-${version}.tgz`;
  if (packed !== tgz) throw new Error(`release: npm pack wrote ${packed}, not ${tgz}`);

  // Fixed dates, so the same files give the same zip.
  const files = {};
  for (const file of BROWSER_FILES) files[file] = [readFileSync(join(stage, file)), { mtime: new Date('2000-01-01T00:00:00Z') }];
  // The Hugo and Jekyll templates, for sites that take the zip.
  for (const file of PLATFORM_FILES.filter((f) => /^platforms\/(hugo|jekyll)\//.test(f))) {
    files[file] = [readFileSync(join(stage, file)), { mtime: new Date('2000-01-01T00:00:00Z') }];
  }
  const zip = `versus-card-${version}.zip`;
  writeFileSync(join(out, zip), zipSync(files, { level: 9 }));

  const wordpress = await wordpressPlugin(stage, version);

  const sums = [tgz, zip, wordpress].map((name) => `${createHash('sha256').update(readFileSync(join(out, name))).digest('hex')}  ${name}`);
  writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  rmSync(stage, { recursive: true, force: true });
  console.log(`release: ${join('release', tgz)}, ${join('release', zip)}, ${join('release', wordpress)}, release/SHA256SUMS; the loader's integrity is ${loaderIntegrity}`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) await main();
