// `make size-report`: where the card's wasm goes, by crate and by the
// card's own modules, from the release build with its function names (the
// cargo output before wasm-bindgen and wasm-opt, which drop the names; its
// total is larger than the shipped file's, its proportions are what to read).
//
//   node scripts/size-report.mjs [FILE.wasm]
//
// twiggy (a crate of the Rust and WebAssembly working group) reads the
// file; this script only adds its items up by the path in their names.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const file = process.argv[2] ?? 'target/wasm32-unknown-unknown/release/versus-card.wasm';
const items = JSON.parse(execFileSync('twiggy', ['top', '--format', 'json', '-n', '1000000', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));

/** What the release drops: names, wasm-bindgen's own notes and its type descriptors. */
const notShipped = (name) =>
  /^custom section|^"function names"|^"local names"|^"producers"|^"target_features"/.test(name) || name.includes('__wbindgen_describe');

/** The crate an item belongs to, from its demangled name: `<yew::…>`, `core::fmt::…`, `versus::ui::card::…`. */
function crateOf(name) {
  if (name.startsWith('data segment') || /^data\[\d+\]$/.test(name)) return '(data: string literals, tables, the stylesheet, the content)';
  if (/^(code|type|import|export|elem|global|table|memory|start)\b/.test(name) || /section/.test(name)) return '(the module\'s own tables: types, imports, exports)';
  // The card's exports, as wasm-bindgen names them.
  if (/^[a-z_]+_[0-9a-f]{16}$/.test(name)) return 'versus';
  const path = name.replace(/^<+/, '').replace(/^&(mut )?/, '').replace(/^dyn /, '');
  const first = path.split('::')[0].split(/[ <>(,]/)[0].replace(/\[[0-9a-f]+\]$/, '');
  // Methods on primitives and generic parameters are the standard library's.
  if (/^(T|[iuf](8|16|32|64|128|size)|char|str|bool|\[T\]|\*const|\*mut)$/.test(first)) return 'core';
  return first || '(unnamed)';
}

/** The card's own module of an item (`versus::ui::card`, `versus_model::validate`), or null. */
function moduleOf(name) {
  const match = name.replace(/^<+/, '').match(/^(versus(?:_model|_cli)?)::([a-z_]+)(?:::([a-z_]+))?/);
  if (!match) return null;
  return match[3] && match[2] === 'ui' ? `${match[1]}::${match[2]}::${match[3]}` : `${match[1]}::${match[2]}`;
}

const byCrate = new Map();
const byModule = new Map();
let total = 0;
let names = 0;
for (const item of items.items ?? items) {
  const size = item.shallow_size;
  if (notShipped(item.name)) {
    names += size;
    continue;
  }
  total += size;
  byCrate.set(crateOf(item.name), (byCrate.get(crateOf(item.name)) ?? 0) + size);
  const module = moduleOf(item.name);
  if (module) byModule.set(module, (byModule.get(module) ?? 0) + size);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const percent = (bytes) => `${((100 * bytes) / total).toFixed(1)} %`;
const table = (title, rows) => {
  console.log(`\n| ${title} | size | share |\n|---|---|---|`);
  for (const [name, size] of [...rows].sort((a, b) => b[1] - a[1]).filter(([, size]) => size >= 512)) {
    console.log(`| ${name} | ${kb(size)} | ${percent(size)} |`);
  }
};
console.log(`size-report: ${file}: ${kb(statSync(file).size)} on disk, of which ${kb(names)} are names and notes the release drops; ${kb(total)} of code and data, before wasm-opt (items under 0.5 KB left out below)`);
table('crate', byCrate);
table("the card's own module", byModule);
