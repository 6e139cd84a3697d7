// A tiny static server for the browser tests. No dependencies.
//   /             the release build (dist/): the demo page
//   /sub/versus/  the same folder again, as a blogger would deploy it in a
//                 subfolder; sent with CORS headers so other origins can load it
//   /hosts/       host pages that embed the card (e2e/hosts/); a page whose
//                 name contains "csp" is sent with the strict policy below
//   /panic-build/ the test build whose cards can be made to panic
//                 (make build-test-panic)
//   /bad-specs/   the corpus of bad comparison specs (tests/bad-specs/)
//   /editor.html  the authors' editor, always under the strict policy below:
//                 it must work where the card works
// In host pages, <!-- serve: versus render ARGS --> becomes what the native
// command line prints for `versus render ARGS` (paths from the repository's
// root): the card rendered ahead of time comes from the current code, never
// from a stale copy. VERSUS_NATIVE_CLI names the binary (target/debug/versus
// unless given; `cargo build -p versus-cli` makes it).
// VERSUS_RECORDER=1 puts e2e/engines/recorder.js first in every page's
// <head> (the three-engine suite's console and error recorder).
// VERSUS_SERVE_HOST: the address to listen on (127.0.0.1 unless given).
// VERSUS_SERVE_GZIP=1 sends files gzipped to a browser that accepts it, as
// any real host or CDN does (the benchmark's throttled network: over a slow
// link the transfer size is what counts, and the wasm is 2.2x smaller).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const STRICT_CSP = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const dist = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 8090);
const hosts = resolve('e2e/hosts');
const panicBuild = resolve('target/test-panic-dist');
const badSpecs = resolve('tests/bad-specs');
const recorder = process.env.VERSUS_RECORDER === '1' ? resolve('e2e/engines/recorder.js') : null;
const RECORDER_PATH = '/__versus-recorder.js';
const host = process.env.VERSUS_SERVE_HOST ?? '127.0.0.1';
const gzip = process.env.VERSUS_SERVE_GZIP === '1';
// Gzipped bodies by file and content, made once: compressing the wasm on
// every request would take the machine's time from the browser measured.
const gzipped = new Map();
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const nativeCli = resolve(process.env.VERSUS_NATIVE_CLI ?? 'target/debug/versus');
const rendered = new Map();

/** `versus render ARGS`'s output, once per ARGS. */
function render(args) {
  if (!rendered.has(args)) {
    rendered.set(args, execFileSync(nativeCli, ['render', ...args.trim().split(/\s+/)], { encoding: 'utf8' }).trimEnd());
  }
  return rendered.get(args);
}

/** `versus style-hash`: the CSP source of the rendered card's stylesheet. */
let hash;
function styleHash() {
  hash ??= execFileSync(nativeCli, ['style-hash'], { encoding: 'utf8' }).trim();
  return hash;
}

function locate(pathname) {
  const places = [['/sub/versus/', dist], ['/hosts/', hosts], ['/panic-build/', panicBuild], ['/bad-specs/', badSpecs], ['/', dist]];
  for (const [prefix, root] of places) {
    if (pathname.startsWith(prefix)) return { root, rest: pathname.slice(prefix.length) };
  }
  return null;
}

// The decoded path, or null for a malformed %-escape (which must answer 400,
// not crash the server for every test after it).
function decodedPath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const pathname = decodedPath(url.pathname);
  if (pathname === null) {
    response.writeHead(400, { 'content-type': 'text/plain' }).end('malformed %-escape');
    return;
  }
  if (recorder && pathname === RECORDER_PATH) {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(await readFile(recorder));
    return;
  }
  const place = locate(pathname);
  const path = place && normalize(join(place.root, place.rest));
  // Inside the folder itself: dist-other/ merely starts with dist's name.
  if (!place || (path !== place.root && !path.startsWith(place.root + sep))) {
    response.writeHead(403).end('forbidden');
    return;
  }
  const headers = { 'cache-control': 'no-store' };
  if (url.pathname.startsWith('/sub/versus/')) headers['access-control-allow-origin'] = '*';
  try {
    const file = (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
    let body = await readFile(file);
    // Host pages may name the other origin's port (see cross-origin.html).
    if (url.pathname.startsWith('/hosts/') && file.endsWith('.html')) {
      body = body.toString().replaceAll('%PORT%', String(port)).replace(/<!-- serve: versus render (.+?) -->/g, (_, args) => render(args));
    }
    if (recorder && file.endsWith('.html')) body = body.toString().replace(/<head>|^/i, (head) => `${head}<script src="${RECORDER_PATH}"></script>`);
    headers['content-type'] = types[extname(file)] ?? 'application/octet-stream';
    if (url.pathname.startsWith('/hosts/') && file.includes('csp')) headers['content-security-policy'] = STRICT_CSP;
    // A page with rendered cards under the strict policy allows their
    // stylesheet by its hash, as docs/embedding.md tells bloggers to.
    if (url.pathname.startsWith('/hosts/rendered-csp')) headers['content-security-policy'] = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${styleHash()}`);
    if (url.pathname === '/editor.html') headers['content-security-policy'] = STRICT_CSP;
    if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${file}\n${body.length}\n${(await stat(file)).mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, host, () => console.log(`serving ${dist} at http://${host}:${port}/`));
