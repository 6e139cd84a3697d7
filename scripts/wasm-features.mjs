// Which WebAssembly features the card's wasm uses, measured, against the
// README's "Browsers" table, and the oldest browsers that table gives
// against the loader's message to older ones (embed/versus.js, SUPPORTED).
//   node scripts/wasm-features.mjs dist/versus-card_bg.wasm
// A feature counts as used when binaryen's validator refuses the module
// with that feature (alone) turned off. Run by `make test`.
import { readFileSync } from 'node:fs';
import binaryen from 'binaryen';

// The features a wasm32 Rust build can emit, by their README row name.
const CANDIDATES = {
  'sign extension': 'SignExt',
  'non-trapping float-to-int': 'NontrappingFPToInt',
  'bulk memory': 'BulkMemory',
  'reference types': 'ReferenceTypes',
  'multi-value': 'Multivalue',
  'mutable globals': 'MutableGlobals',
  SIMD: 'SIMD128',
  'tail calls': 'TailCall',
  'exception handling': 'ExceptionHandling',
  threads: 'Atomics',
  'memory64': 'Memory64',
  GC: 'GC',
};

function fail(message) {
  console.error(`wasm-features: ${message}`);
  process.exit(1);
}

const file = process.argv[2] ?? 'dist/versus-card_bg.wasm';
let bytes;
try {
  bytes = readFileSync(file);
} catch (error) {
  fail(`cannot read ${file} (${error.message}): run make build first`);
}

function refusedWithout(feature) {
  const module = binaryen.readBinary(bytes);
  module.setFeatures(binaryen.Features.All & ~binaryen.Features[feature]);
  // The validator prints every refused function; only its verdict matters here.
  const saved = { log: console.log, error: console.error, warn: console.warn, out: process.stdout.write, err: process.stderr.write };
  console.log = console.error = console.warn = () => {};
  process.stdout.write = process.stderr.write = () => true;
  try {
    return !module.validate();
  } finally {
    Object.assign(console, { log: saved.log, error: saved.error, warn: saved.warn });
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    module.dispose();
  }
}

const used = Object.entries(CANDIDATES).filter(([, feature]) => refusedWithout(feature)).map(([name]) => name).sort();

// The README's table: | feature | Chrome/Edge | Firefox | Safari | … with
// WebAssembly rows named "WebAssembly <feature>".
const readme = readFileSync('README.md', 'utf8');
const section = readme.split(/^## /m).find((part) => part.startsWith('Browsers'));
if (!section) fail('README.md has no "Browsers" section');
const rows = section.split('\n').filter((line) => /^\| /.test(line) && !/^\|[-| ]+\|$/.test(line)).slice(1)
  .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
const listed = rows.filter(([name]) => name.startsWith('WebAssembly ')).map(([name]) => name.slice('WebAssembly '.length)).sort();
if (JSON.stringify(listed) !== JSON.stringify(used)) {
  fail(`the wasm uses ${used.join(', ') || 'no post-MVP feature'}, but README.md's "Browsers" table lists ${listed.join(', ') || 'none'}`);
}

// The oldest of each browser that has every row: the highest version per column.
const version = (cell) => cell.replace(/[^0-9.]/g, '').split('.').map(Number);
const newer = (a, b) => {
  const [x, y] = [version(a), version(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0) ? a : b;
  }
  return a;
};
const required = rows.filter((row) => !/optional/i.test(row[4] ?? ''));
const floor = [1, 2, 3].map((column) => required.map((row) => row[column]).reduce(newer));
const expected = `Chrome and Edge ${floor[0]}, Firefox ${floor[1]}, Safari ${floor[2]} or later`;
const loader = readFileSync('embed/versus.js', 'utf8').match(/const SUPPORTED = '([^']*)'/)?.[1];
if (loader !== expected) fail(`embed/versus.js says older browsers need "${loader}", but README.md's table gives "${expected}"`);
if (!section.includes(expected.replace(' or later', ''))) fail(`README.md's "Browsers" section does not name the floor its table gives: "${expected}"`);

console.log(`wasm-features: ${file} uses ${used.join(', ')}; README.md lists the same; the card runs in ${expected}`);
