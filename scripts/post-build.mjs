// Finishes a trunk build (Trunk.toml [[hooks]], on trunk's staging folder),
// or a folder given by hand: node scripts/post-build.mjs dist
//
// 1. Minifies the JavaScript a page loads (the loader, wasm-bindgen's glue,
//    the iframe scripts): comments and long names help contributors, who
//    read the sources in embed/ and src/, not readers' browsers.
// 2. Writes .gz (gzip -9) and .br (brotli, quality 11) next to each file, so
//    static hosts that serve precompressed files (nginx gzip_static and
//    brotli_static, Caddy's precompressed, Netlify…) send the smallest bytes
//    without compressing on every request.
//
// Release builds only: a debug build (`trunk serve`, `trunk build`) is for
// the contributor's own browser and needs neither, so it runs without
// node_modules. Given a folder by hand, it always runs.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const byHand = process.argv[2];
const folder = byHand ?? process.env.TRUNK_STAGING_DIR;
if (!folder) {
  console.error('post-build: give the folder, or run it as a trunk hook');
  process.exit(2);
}
if (!byHand && process.env.TRUNK_PROFILE !== 'release') {
  console.log('post-build: debug build, so the JavaScript is not minified and no .gz/.br copies are written (release builds do both)');
  process.exit(0);
}
let minify;
try {
  ({ minify } = await import('terser'));
} catch {
  console.error('post-build: terser is missing, so the release JavaScript cannot be minified: run scripts/setup.sh (it runs npm ci)');
  process.exit(1);
}

// Bloggers load versus-iframe.js with a classic <script>: minified as a
// module, its top-level names could be mangled into the page's globals' way.
const classicScripts = new Set(['versus-iframe.js']);
for (const name of readdirSync(folder)) {
  if (!name.endsWith('.js')) continue;
  const path = join(folder, name);
  const result = await minify(readFileSync(path, 'utf8'), {
    module: !classicScripts.has(name),
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(path, result.code);
}

const compressible = /\.(wasm|js|css|html|svg|json)$/;
for (const name of readdirSync(folder)) {
  if (!compressible.test(name)) continue;
  const path = join(folder, name);
  const bytes = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
}
