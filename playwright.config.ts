// Browser tests against the release build in dist/ (or VERSUS_E2E_DIST), served on 127.0.0.1.
// Chromium comes from the machine (Debian's package), never downloaded.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const port = Number(process.env.VERSUS_E2E_PORT ?? 8090);
const chromium =
  process.env.VERSUS_CHROMIUM ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!chromium) {
  // Never fall back to a downloaded browser: say what to install instead.
  throw new Error('No Chromium found: run scripts/setup.sh --test, install chromium, or set VERSUS_CHROMIUM.');
}

export default defineConfig({
  testDir: 'e2e/tests',
  // The only screenshots compared are the README's pictures (readme.spec.ts).
  snapshotPathTemplate: 'docs/images/{arg}{ext}',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // A blog on a real host name over plain http (not a secure context,
        // unlike 127.0.0.1): card.spec.ts checks copying a link there.
        '--host-resolver-rules=MAP blog.example 127.0.0.1',
      ],
    },
  },
  webServer: {
    // VERSUS_E2E_DIST: another build to test, such as a fresh clone's debug
    // build (scripts/fresh-clone-check.sh).
    command: `node e2e/serve.mjs ${process.env.VERSUS_E2E_DIST ?? 'dist'} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 10_000,
  },
});
