// Turns wasm-bindgen's glue for the card (versus-card.js, `--target web`)
// into a module that makes instances: `createVersusCard()` returns a fresh
// copy of the glue's functions around its own wasm instance. The loader
// gives every card its own instance (a Rust panic traps only its own), and
// this is how it gets one from a single module that bundlers can follow,
// instead of importing the same file again under another URL.
//
// Run by scripts/post-build.mjs on every trunk build, debug or release (it
// needs nothing but Node), and by `make build-test-panic`:
//     node scripts/glue-factory.mjs FOLDER
// The glue's shape is checked, not assumed: anything unexpected (an import,
// another kind of export) stops the build with the reason.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARK = '// versus: made into createVersusCard() by scripts/glue-factory.mjs';

/** The glue's text as a factory module; throws if the glue is not as expected. */
export function glueFactory(glue) {
  if (glue.startsWith(MARK)) return glue;
  const names = [];
  const body = glue
    .split('\n')
    .map((line) => {
      if (/^import\b/.test(line)) throw new Error(`glue-factory: the glue imports something (${line.trim()}): a factory cannot hold it`);
      const fn = line.match(/^export (async )?function ([A-Za-z_$][\w$]*)\s*\(/);
      if (fn) {
        names.push(fn[2]);
        return line.slice('export '.length);
      }
      if (line.trim() === 'export { initSync, __wbg_init as default };') return '';
      if (/^export\b/.test(line)) throw new Error(`glue-factory: an export this script does not know: ${line.trim()}`);
      return line;
    })
    .join('\n');
  if (!names.includes('mount') || !body.includes('function initSync(') || !body.includes('async function __wbg_init(')) {
    throw new Error('glue-factory: this is not the card glue this script knows (mount, initSync, __wbg_init)');
  }
  // Not indented: the glue's template literals could span lines.
  return `${MARK}
/** A new instance of the card's glue: its exported functions and \`init\`
 *  (\`init({ module_or_path })\` instantiates its own wasm). */
export function createVersusCard() {
${body}
  return { ${names.join(', ')}, initSync, init: __wbg_init };
}
`;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('glue-factory: give the folder that holds versus-card.js');
    process.exit(2);
  }
  const path = join(folder, 'versus-card.js');
  writeFileSync(path, glueFactory(readFileSync(path, 'utf8')));
}
