// The release files `make release` wrote to release/, checked as a blogger
// would use them: the package installed into an empty folder with npm, the
// zip unpacked, the checksums verified. Run by `make test-release` (and so by
// `make test`) with Node's test runner.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { BROWSER_FILES, CARD_FILES, CLI_FILES, EDITOR_FILES, IFRAME_FILES, PLATFORM_FILES, TOOL_FILES, WORDPRESS_CARD_FILES, WORDPRESS_FILES, cargoVersion, sri } from './release.mjs';

const root = new URL('..', import.meta.url).pathname;
const release = join(root, 'release');
const version = cargoVersion();
const tgz = join(release, `versus-card-${version}.tgz`);
const zip = join(release, `versus-card-${version}.zip`);

/** The package installed from the tarball into a new, empty project. */
const installed = (() => {
  const project = mkdtempSync(join(tmpdir(), 'versus-install-'));
  writeFileSync(join(project, 'package.json'), '{ "name": "a-blog", "private": true }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tgz], { cwd: project });
  return { project, folder: join(project, 'node_modules', 'versus-card') };
})();

test('the package is named versus-card and versioned from Cargo.toml', () => {
  const manifest = JSON.parse(readFileSync(join(installed.folder, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'versus-card');
  assert.equal(manifest.version, version);
  assert.match(version, /^\d+\.\d+\.\d+/);
  assert.equal(manifest.type, 'module');
  assert.deepEqual(manifest.exports['.'], { types: './versus.d.ts', default: './versus.js' });
  assert.equal(manifest.customElements, 'custom-elements.json');
  assert.equal(manifest.types, 'versus.d.ts');
  assert.equal(manifest.unpkg, 'versus.js');
  assert.equal(manifest.jsdelivr, 'versus.js');
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
});

test('it holds the browser files, the editor and the schema, byte for byte as built, and nothing else', () => {
  const topLevel = [...new Set(PLATFORM_FILES.map((file) => file.split('/')[0]))];
  const expected = [...BROWSER_FILES, ...EDITOR_FILES, ...TOOL_FILES, ...topLevel, 'versus.schema.json', 'README.md', 'package.json', 'cli'].sort();
  assert.deepEqual(readdirSync(installed.folder).sort(), expected);
  assert.deepEqual(readdirSync(join(installed.folder, 'cli')).sort(), CLI_FILES.map((f) => f.slice('cli/'.length)).sort());
  for (const file of [...BROWSER_FILES, ...EDITOR_FILES]) {
    assert.ok(readFileSync(join(installed.folder, file)).equals(readFileSync(join(root, 'dist', file))), file);
  }
  assert.equal(readFileSync(join(installed.folder, 'versus.schema.json'), 'utf8'), readFileSync(join(root, 'docs/versus.schema.json'), 'utf8'));
  // No file name carries a hash: bloggers type them.
  for (const file of readdirSync(installed.folder)) assert.doesNotMatch(file, /[.-][0-9a-f]{8,}\./, file);
});

test('the package\'s list of the files a page needs is release.mjs\'s, in its package.json and its README', () => {
  const manifest = JSON.parse(readFileSync(join(installed.folder, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.versusCard, { cardFiles: CARD_FILES, browserFiles: BROWSER_FILES });
  const readme = readFileSync(join(installed.folder, 'README.md'), 'utf8').replace(/\s+/g, ' ');
  assert.ok(readme.includes(`(${CARD_FILES.map((f) => `\`${f}\``).join(', ')}, and ${IFRAME_FILES.map((f) => `\`${f}\``).join(', ')} for the iframe form)`), readme);
});

test('`versus-card` and every documented subpath resolve inside the package', () => {
  const resolve = (specifier) =>
    execFileSync(process.execPath, ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`], {
      cwd: installed.project,
      encoding: 'utf8',
    }).trim();
  assert.ok(resolve('versus-card').endsWith('/node_modules/versus-card/versus.js'));
  for (const file of [...BROWSER_FILES, 'versus.schema.json', 'editor.html']) {
    assert.ok(resolve(`versus-card/${file}`).endsWith(`/node_modules/versus-card/${file}`), file);
  }
  assert.ok(resolve('versus-card/render').endsWith('/node_modules/versus-card/render.mjs'));
  assert.ok(resolve('versus-card/eleventy').endsWith('/node_modules/versus-card/eleventy.mjs'));
  assert.ok(resolve('versus-card/astro').endsWith('/node_modules/versus-card/platforms/astro/Versus.astro'));
});

test('the package README gives the CDN line of this version with the loader\'s integrity', () => {
  const readme = readFileSync(join(installed.folder, 'README.md'), 'utf8');
  const integrity = sri(readFileSync(join(installed.folder, 'versus.js')));
  assert.ok(
    readme.includes(`src="https://cdn.jsdelivr.net/npm/versus-card@${version}/versus.js" integrity="${integrity}" crossorigin="anonymous"`),
    readme,
  );
  // No placeholder left unfilled ({{< versus >}} is Hugo's shortcode, meant).
  assert.doesNotMatch(readme, /\{\{[A-Z_]+\}\}/);
});

test('the zip holds the same browser files, and SHA256SUMS matches both files', () => {
  const entries = unzipSync(readFileSync(zip));
  const templates = PLATFORM_FILES.filter((file) => /^platforms\/(hugo|jekyll)\//.test(file));
  assert.deepEqual(Object.keys(entries).sort(), [...BROWSER_FILES, ...templates].sort());
  for (const file of templates) assert.ok(Buffer.from(entries[file]).equals(readFileSync(join(installed.folder, file))), file);
  for (const file of BROWSER_FILES) assert.ok(Buffer.from(entries[file]).equals(readFileSync(join(installed.folder, file))), file);
  const sums = readFileSync(join(release, 'SHA256SUMS'), 'utf8').trim().split('\n');
  assert.equal(sums.length, 3);
  for (const line of sums) {
    const [hash, name] = line.split(/\s+/);
    assert.equal(createHash('sha256').update(readFileSync(join(release, name))).digest('hex'), hash, name);
  }
});

test('the WordPress plugin zip holds the plugin, versioned, the card\'s files as built, and the built-in fallbacks', () => {
  const entries = unzipSync(readFileSync(join(release, `versus-card-wordpress-${version}.zip`)));
  const content = JSON.parse(readFileSync(join(root, 'content/node-vs-python.json'), 'utf8'));
  const fallbacks = ['node-vs-python', ...content.presets.map((p) => `node-vs-python-${p.id}`)].map((name) => `versus-card/fallbacks/${name}.html`);
  assert.deepEqual(Object.keys(entries).sort(), [
    ...WORDPRESS_FILES.map((f) => `versus-card/${f}`),
    ...WORDPRESS_CARD_FILES.map((f) => `versus-card/card/${f}`),
    ...fallbacks,
  ].sort());
  const header = Buffer.from(entries['versus-card/versus-card.php']).toString();
  assert.match(header, new RegExp(`^ \\* Version: +${version.replaceAll('.', '\\.')}$`, 'm'));
  assert.match(header, /^ \* Requires at least: 6\.1$/m);
  assert.match(Buffer.from(entries['versus-card/readme.txt']).toString(), new RegExp(`^Stable tag: ${version.replaceAll('.', '\\.')}$`, 'm'));
  for (const file of WORDPRESS_CARD_FILES) assert.ok(Buffer.from(entries[`versus-card/card/${file}`]).equals(readFileSync(join(installed.folder, file))), file);
  // Each preset's fallback is the package's render of it, which the CLI test compares with the native one.
  const chat = Buffer.from(entries['versus-card/fallbacks/node-vs-python-chat.html']).toString();
  assert.equal(chat, runCli(packageCli, ['render', 'content/node-vs-python.json', '--preset', 'chat']).stdout);
  for (const file of Object.keys(entries)) assert.doesNotMatch(Buffer.from(entries[file]).toString('latin1').slice(0, 4000), /\{\{VERSION\}\}/, file);
});

// The package's command line against the native one, on the same inputs.
const nativeCli = process.env.VERSUS_NATIVE_CLI ?? join(root, 'target/debug/versus');
const packageCli = join(installed.project, 'node_modules/.bin/versus-card');

/** Runs a command from the repository's root; its output and exit status. */
function runCli(command, args, input = '') {
  try {
    const stdout = execFileSync(command, args, { cwd: root, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    return { code: error.status, stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
  }
}

test('npx versus-card check gives the native messages, positions and exit status for the whole bad-spec corpus', () => {
  const corpus = readdirSync(join(root, 'tests/bad-specs')).filter((f) => f.endsWith('.json')).sort();
  assert.ok(corpus.length >= 40, `${corpus.length} bad specs`);
  for (const name of corpus) {
    const args = ['check', `tests/bad-specs/${name}`];
    const fromNode = runCli(packageCli, args);
    assert.deepEqual(fromNode, runCli(nativeCli, args), name);
    assert.equal(fromNode.code, 1, name);
  }
  const good = ['check', 'content/node-vs-python.json', 'e2e/hosts/specs/databases.json', 'e2e/hosts/specs/tee-kaffee-de.json'];
  assert.deepEqual(runCli(packageCli, good), { code: 0, stdout: '', stderr: '' });
  const stdin = readFileSync(join(root, 'tests/bad-specs/json-missing-comma.json'), 'utf8');
  assert.deepEqual(runCli(packageCli, ['check', '-'], stdin), runCli(nativeCli, ['check', '-'], stdin));
});

test('npx versus-card check judges evidence dates by the author\'s clock as the native command does: a day after today, and --max-age', () => {
  const content = readFileSync(join(root, 'content/node-vs-python.json'), 'utf8');
  const checkedOn = (day) => content.replace('"checked": "2026-12-07"', `"checked": "${day}"`);
  for (const [day, args] of [['2999-01-01', ['check', '-']], ['2000-01-01', ['check', '-']], ['2000-01-01', ['check', '--max-age', '12mo', '-']], ['2000-01-01', ['check', '--max-age', '12', '-']]]) {
    const fromNode = runCli(packageCli, args, checkedOn(day));
    assert.deepEqual(fromNode, runCli(nativeCli, args, checkedOn(day)), `${day} ${args.join(' ')}`);
  }
  assert.equal(runCli(packageCli, ['check', '-'], checkedOn('2999-01-01')).code, 1);
  assert.equal(runCli(packageCli, ['check', '-'], checkedOn('2000-01-01')).code, 0);
  const old = runCli(packageCli, ['check', '--max-age', '12mo', '-'], checkedOn('2000-01-01'));
  assert.equal(old.code, 1);
  assert.match(old.stdout, /evidence\[0\]\.checked: This date, 2000-01-01, is more than 1 year ago/);
});

test('npx versus-card render and schema print what the native command prints, and refuse the same', () => {
  for (const args of [
    ['render', 'content/node-vs-python.json'],
    ['render', 'content/node-vs-python.json', '--preset', 'chat'],
    ['render', 'content/node-vs-python.json', '--priorities', 'ml:critical,readability'],
    ['render', 'content/node-vs-python.json', '--preset', 'chat', '--priorities', 'speed,ml:high'],
    ['render', 'e2e/hosts/specs/tee-kaffee-de.json'],
    ['render', 'content/node-vs-python.json', '--card'],
    ['render', 'e2e/hosts/specs/databases.json', '--card', '--src', 'databases.json', '--preset', 'busy', '--theme', 'dark', '--compact'],
    ['render', 'content/node-vs-python.json', '--src', 'node.json'],
    ['render', 'content/node-vs-python.json', '--card', '--attribute', 'inherit-font', '--attribute', 'share-key=tea', '--preset', 'chat', '--priorities', 'speed,ml:high'],
    ['render', 'e2e/hosts/specs/databases.json', '--element', '--src', 'databases.json', '--attribute', 'id=db', '--attribute', 'inherit-font'],
    ['render', 'content/node-vs-python.json', '--element'],
    ['render', 'content/node-vs-python.json', '--card', '--attribute', 'theme=blue'],
    ['render', 'content/node-vs-python.json', '--card', '--attribute', 'hidden'],
    ['render', 'content/node-vs-python.json', '--attribute', 'id=x'],
    ['style-hash'],
    ['render', 'content/node-vs-python.json', '--preset', 'warp'],
    ['render', 'tests/bad-specs/type-title-is-a-number.json'],
    ['render', 'no-such-file.json'],
    ['schema'],
    ['check'],
    ['frobnicate'],
  ]) {
    assert.deepEqual(runCli(packageCli, args), runCli(nativeCli, args), args.join(' '));
  }
  assert.ok(runCli(packageCli, ['render', 'e2e/hosts/specs/tee-kaffee-de.json']).stdout.includes('7,5'));
  // versus-card/render's renderCard is the same command.
  const script = `import { renderCard } from 'versus-card/render'; process.stdout.write(renderCard(${JSON.stringify(join(root, 'e2e/hosts/specs/databases.json'))}, { src: 'databases.json', preset: 'busy', theme: 'dark', compact: true }));`;
  const viaModule = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: installed.project, encoding: 'utf8' });
  const viaCli = runCli(nativeCli, ['render', 'e2e/hosts/specs/databases.json', '--card', '--src', 'databases.json', '--preset', 'busy', '--theme', 'dark', '--compact']).stdout;
  assert.equal(viaModule, viaCli);
  assert.match(viaModule, /^<versus-card src="databases.json" preset="busy" theme="dark" compact data-versus-rendered>\n<template shadowrootmode="open">/);
  // A preset with priorities means what the element's two attributes mean:
  // exactly those priorities, customised from the preset.
  const both = execFileSync(process.execPath, ['--input-type=module', '-e', `import { renderCard } from 'versus-card/render'; process.stdout.write(renderCard(${JSON.stringify(join(root, 'content/node-vs-python.json'))}, { preset: 'chat', priorities: 'speed,ml:high' }));`], { cwd: installed.project, encoding: 'utf8' });
  assert.equal(both, runCli(nativeCli, ['render', 'content/node-vs-python.json', '--card', '--preset', 'chat', '--priorities', 'speed,ml:high']).stdout);
  assert.match(both, /^<versus-card preset="chat" priorities="speed,ml:high" data-versus-rendered>/);
  assert.match(both, /Customised from Real-time chat/);
  // Other attributes, for the platforms: values escaped, names checked.
  const withAttributes = (attributes) => execFileSync(process.execPath, ['--input-type=module', '-e', `import { renderCard } from 'versus-card/render'; try { process.stdout.write(renderCard(${JSON.stringify(join(root, 'e2e/hosts/specs/databases.json'))}, { attributes: ${JSON.stringify(attributes)} }).split('\\n')[0]); } catch (error) { process.stdout.write(error.name + ': ' + error.message); }`], { cwd: installed.project, encoding: 'utf8' });
  assert.equal(withAttributes({ id: 'a"b<c>&', loading: 'lazy', 'inherit-font': true, 'share-key': '', hidden: false }), '<versus-card id="a&quot;b&lt;c&gt;&amp;" loading="lazy" inherit-font data-versus-rendered>');
  assert.match(withAttributes({ 'x onclick': 'alert(1)' }), /^VersusRenderError: .*databases\.json: "x onclick" is not an attribute name$/);
  // Every attribute the element documents, through the command: inherit-font and a preset with priorities, as renderCard and renderElement give them.
  const viaRender = (name, options) => execFileSync(process.execPath, ['--input-type=module', '-e', `import { ${name} } from 'versus-card/render'; process.stdout.write(${name}(${JSON.stringify(join(root, 'content/node-vs-python.json'))}, ${JSON.stringify(options)}));`], { cwd: installed.project, encoding: 'utf8' });
  const font = viaRender('renderCard', { preset: 'chat', priorities: 'speed,ml:high', attributes: { 'inherit-font': true, id: 'tea' } });
  assert.equal(font, runCli(nativeCli, ['render', 'content/node-vs-python.json', '--card', '--attribute', 'inherit-font', '--attribute', 'id=tea', '--preset', 'chat', '--priorities', 'speed,ml:high']).stdout);
  assert.match(font, /^<versus-card inherit-font id="tea" preset="chat" priorities="speed,ml:high" data-versus-rendered>/);
  assert.match(font, /class="versus-card versus-theme-auto versus-inherit-font"/);
  assert.match(font, /Customised from Real-time chat/);
  const element = viaRender('renderElement', { src: '/node.json', preset: 'chat', priorities: 'speed,ml:high', attributes: { 'inherit-font': true } });
  assert.equal(element, runCli(nativeCli, ['render', 'content/node-vs-python.json', '--element', '--attribute', 'inherit-font', '--src', '/node.json', '--preset', 'chat', '--priorities', 'speed,ml:high']).stdout);
  assert.match(element, /^<versus-card inherit-font src="\/node.json" preset="chat" priorities="speed,ml:high">\n<div lang="en" dir="ltr" class="versus-fallback">/);
  assert.match(withAttributes({ hidden: true }), /^VersusRenderError: .*databases\.json: <versus-card> has no attribute "hidden"; its attributes are preset, priorities, theme, compact, src, inherit-font, loading, share-key, id$/);
});

// Debian 12's Node 18, which scripts/setup.sh --test unpacks: the oldest
// Node the package promises (`engines`).
const node18 = process.env.VERSUS_NODE18 ?? join(root, 'target/node18/node');
const packageScript = join(installed.folder, 'cli/versus-card.mjs');

test('on Node 18, the package\'s command line prints what the native one prints', { skip: !existsSync(node18) && process.env.CI !== 'true' ? 'no Node 18 here: scripts/setup.sh --test unpacks one' : false }, () => {
  assert.match(execFileSync(node18, ['--version'], { encoding: 'utf8' }), /^v18\./);
  const corpus = readdirSync(join(root, 'tests/bad-specs')).filter((f) => f.endsWith('.json')).sort();
  const cases = [
    ...corpus.map((name) => ['check', `tests/bad-specs/${name}`]),
    ['render', 'content/node-vs-python.json', '--preset', 'chat'],
    ['render', 'e2e/hosts/specs/tee-kaffee-de.json'],
    ['render', 'no-such-file.json'],
    ['schema'],
  ];
  for (const args of cases) {
    assert.deepEqual(runCli(node18, [packageScript, ...args]), runCli(nativeCli, args), args.join(' '));
  }
  const site = mkdtempSync(join(tmpdir(), 'versus-site18-'));
  assert.match(execFileSync(node18, [packageScript, 'init', 'static/versus'], { cwd: site, encoding: 'utf8' }), /<versus-card><\/versus-card>/);
});

test('npx versus-card init copies the browser files and prints the two lines with the loader\'s integrity', () => {
  const site = mkdtempSync(join(tmpdir(), 'versus-site-'));
  const printed = execFileSync(packageCli, ['init', 'static/versus'], { cwd: site, encoding: 'utf8' });
  for (const file of BROWSER_FILES) {
    assert.ok(readFileSync(join(site, 'static/versus', file)).equals(readFileSync(join(installed.folder, file))), file);
  }
  const integrity = sri(readFileSync(join(site, 'static/versus/versus.js')));
  assert.ok(printed.includes(`<script type="module" src="/versus/versus.js" integrity="${integrity}" blocking="render"></script>\n<versus-card></versus-card>`), printed);
});

// The manifest and the types, as an editor and a type checker read them.
test('the Custom Elements Manifest describes versus-card with the loader\'s attributes, its event and its styling hooks', () => {
  const manifest = JSON.parse(readFileSync(join(installed.folder, 'custom-elements.json'), 'utf8'));
  assert.equal(manifest.schemaVersion, '2.1.0');
  const element = manifest.modules[0].declarations[0];
  assert.equal(element.tagName, 'versus-card');
  const loader = readFileSync(join(root, 'embed/versus.js'), 'utf8');
  const observed = JSON.parse(/static observedAttributes = (\[[^\]]*\])/.exec(loader)[1].replaceAll("'", '"'));
  assert.deepEqual(element.attributes.map((a) => a.name).sort(), [...observed].sort());
  assert.deepEqual(element.events.map((e) => e.name), ['versus-change']);
  assert.ok(element.cssProperties.some((p) => p.name === '--versus-accent'));
  const data = JSON.parse(readFileSync(join(installed.folder, 'html-data.json'), 'utf8'));
  assert.deepEqual(data.tags[0].attributes.find((a) => a.name === 'theme').values.map((v) => v.name), ['auto', 'light', 'dark']);
});

/** Type-checks `source` in a project that uses the installed package, with TypeScript and the framework's types from the repository's devDependencies. */
function typeCheck(name, source, compilerOptions) {
  const project = mkdtempSync(join(tmpdir(), `versus-types-${name}-`));
  mkdirSync(join(project, 'node_modules', '@types'), { recursive: true });
  symlinkSync(installed.folder, join(project, 'node_modules', 'versus-card'));
  for (const dependency of ['react', 'preact', 'solid-js', 'csstype']) {
    const from = join(root, 'node_modules', dependency === 'react' ? '@types/react' : dependency);
    if (existsSync(from)) symlinkSync(from, join(project, 'node_modules', dependency === 'react' ? '@types/react' : dependency));
  }
  writeFileSync(join(project, 'app.tsx'), source);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false, preserveSymlinks: true, types: [], ...compilerOptions }, files: ['app.tsx'] }),
  );
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', project], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  }
}

const DOM_USE = `
import type { VersusChangeDetail } from 'versus-card';
const card = document.querySelector('versus-card');
card?.addEventListener('versus-change', (event) => {
  const detail: VersusChangeDetail = event.detail;
  const winner: string | null = detail.winner;
  console.log(winner);
});
export const snippet: Promise<string | null> | undefined = card?.embedSnippet(new URL('/versus/versus.js', location.href));
`;

for (const [framework, options, element] of [
  ['react', { jsx: 'react-jsx', jsxImportSource: 'react' }, "import type {} from 'versus-card/jsx-react';"],
  ['preact', { jsx: 'react-jsx', jsxImportSource: 'preact' }, "import type {} from 'versus-card/jsx-preact';"],
  ['solid-js', { jsx: 'preserve', jsxImportSource: 'solid-js' }, "import type {} from 'versus-card/jsx-solid-js';"],
]) {
  test(`the types check a ${framework} app that uses versus-card, and refuse a wrong theme`, () => {
    const good = `${element}\n${DOM_USE}\nexport const App = () => <versus-card preset="chat" theme="dark" loading="lazy" compact />;\n`;
    assert.equal(typeCheck(framework, good, options), '');
    const wrong = `${element}\nexport const Wrong = () => <versus-card theme="blue" />;\n`;
    assert.match(typeCheck(`${framework}-wrong`, wrong, options), /theme|'"blue"'|not assignable/);
  });
}
