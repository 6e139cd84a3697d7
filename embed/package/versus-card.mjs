#!/usr/bin/env node
// `npx versus-card`: the versus command line on Node 18 or newer.
//
//   versus-card check FILE.json…                       the card's own messages, FILE:LINE:COLUMN: PATH: message
//   versus-card render FILE.json [--preset ID | --priorities SPEC]   the static fallback HTML
//   versus-card schema                                 the format's JSON Schema
//   versus-card init DIR                               copy the card's files into DIR, print the two lines
//
// check, render and schema are the native `versus` compiled to wasm
// (crates/node): the same code, messages and exit codes. `-` reads
// standard input.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { initSync, run } from './versus_node.js';

const here = new URL('.', import.meta.url);
/** The package's folder: the browser files sit next to cli/. */
const packageFolder = new URL('..', import.meta.url);
const args = process.argv.slice(2);

/** The files a page needs, from the package folder. */
const BROWSER_FILES = ['versus.js', 'versus-card.js', 'versus-card_bg.wasm', 'embed.html', 'embed-frame.js', 'embed-frame.css', 'versus-iframe.js'];

// Node's words for a file it cannot read, as the native command says them.
const OS_ERRORS = {
  ENOENT: 'No such file or directory (os error 2)',
  EACCES: 'Permission denied (os error 13)',
  EISDIR: 'Is a directory (os error 21)',
};

function read(file) {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw `${file}: cannot read it: ${OS_ERRORS[error.code] ?? error.message}`;
  }
}

/** `init DIR`: the card's files copied into a site's static folder, and the lines that load them. */
function init(dir) {
  if (!dir) {
    process.stderr.write('versus-card init: name the folder to copy the card into, such as: npx versus-card init static/versus\n');
    return 2;
  }
  const target = resolve(dir);
  mkdirSync(target, { recursive: true });
  for (const file of BROWSER_FILES) copyFileSync(new URL(file, packageFolder), join(target, file));
  const integrity = `sha384-${createHash('sha384').update(readFileSync(join(target, 'versus.js'))).digest('base64')}`;
  const path = relative(process.cwd(), target).split(sep).join('/');
  process.stdout.write(
    `Copied the card's ${BROWSER_FILES.length} files into ${path || '.'}.\n` +
      'Serve that folder with your site (here at /versus/, say) and put these two lines where the card goes:\n\n' +
      `<script type="module" src="/versus/versus.js" integrity="${integrity}" blocking="render"></script>\n` +
      '<versus-card></versus-card>\n',
  );
  return 0;
}

if (args[0] === 'init') {
  process.exitCode = init(args[1]);
} else {
  initSync({ module: readFileSync(new URL('versus_node_bg.wasm', here)) });
  const outcome = run(['versus', ...args], read);
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
