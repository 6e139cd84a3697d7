// Writes .gz (gzip -9) and .br (brotli, quality 11) next to each file the
// card loads, so static hosts that serve precompressed files (nginx
// gzip_static/brotli_static, Caddy precompressed, Netlify…) send the
// smallest bytes without compressing on every request.
//
// Run by trunk after each build (Trunk.toml [[hooks]]), on trunk's staging
// folder; or by hand: node scripts/precompress.mjs dist
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const folder = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!folder) {
  console.error("precompress: give the folder, or run it as a trunk hook");
  process.exit(2);
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
