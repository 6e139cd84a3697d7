// scripts/post-build.mjs minifies the release folder's JavaScript. Bloggers
// load versus-iframe.js with a classic <script>, whose top-level names are
// the page's globals: minified as a module, those names could be renamed or
// dropped. This runs the hook on a copy of that script with a top-level name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures';

test('a classic script keeps its top-level names through minification; modules are minified as modules', () => {
  const folder = mkdtempSync(join(tmpdir(), 'versus-post-build-'));
  try {
    const classic = `${readFileSync('embed/versus-iframe.js', 'utf8')}\nvar versusIframeReady = true;\n`;
    writeFileSync(join(folder, 'versus-iframe.js'), classic);
    writeFileSync(join(folder, 'versus.js'), 'const unusedInModule = 1;\nexport const used = 2;\n');
    execFileSync('node', ['scripts/post-build.mjs', folder]);
    const minified = readFileSync(join(folder, 'versus-iframe.js'), 'utf8');
    expect(minified).toContain('versusIframeReady');
    expect(minified).toContain('addEventListener("message"');
    expect(readFileSync(join(folder, 'versus.js'), 'utf8')).not.toContain('unusedInModule');
    expect(readFileSync(join(folder, 'versus-iframe.js.gz')).length).toBeGreaterThan(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
