// A real Vite app (e2e/vite-app, vite from npm) that installs the packed
// versus-card tarball (make release) and does `import 'versus-card'` with two
// cards on its page: both cards work in `vite` dev and in the built site
// served statically, with no page error and no request outside the app.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';
import { installInto } from '../release';
import type { Page } from '@playwright/test';

const vite = resolve('node_modules/.bin/vite');

/** The app with the package installed from the tarball. */
function app(): string {
  const folder = installInto('versus-vite', { name: 'a-vite-blog', private: true, type: 'module' });
  cpSync('e2e/vite-app', folder, { recursive: true });
  return folder;
}

/** Starts a server and resolves once it answers on `port`. */
async function serve(command: string, args: string[], cwd: string, port: number): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await expect
    .poll(async () => fetch(`http://127.0.0.1:${port}/`).then((r) => r.status).catch(() => 0), { timeout: 30_000, message: output })
    .toBe(200);
  return child;
}

/** Both cards work, and nothing was asked of any other host. */
async function expectTwoWorkingCards(page: Page, base: string) {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.goto(`${base}/`);
  const chat = CardPage.byId(page, 'chat');
  const ml = CardPage.byId(page, 'ml');
  await expect(chat.headline).toHaveText('Node.js is the clear pick');
  await expect(ml.headline).toHaveText('Python is the clear pick');
  await expect(ml.card).toHaveClass(/versus-theme-dark/);
  await ml.toggle('Raw speed');
  await expect(ml.origin).toHaveText('Customised from Machine learning');
  await expect(chat.origin).toHaveText('');
  expect([...hosts]).toEqual([new URL(base).host]);
}

test.describe('in a Vite app', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let folder = '';
  const running: ChildProcess[] = [];
  test.beforeAll(() => {
    folder = app();
  });
  test.afterAll(() => {
    for (const child of running) child.kill();
  });

  test('import "versus-card" works in vite dev', async ({ page }) => {
    running.push(await serve(vite, ['--host', '127.0.0.1', '--port', '5391', '--strictPort'], folder, 5391));
    await expectTwoWorkingCards(page, 'http://127.0.0.1:5391');
  });

  test('import "versus-card" works in the built site, served statically', async ({ page }) => {
    execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: folder });
    running.push(await serve(process.execPath, [resolve('e2e/serve.mjs'), join(folder, 'dist'), '5392'], folder, 5392));
    await expectTwoWorkingCards(page, 'http://127.0.0.1:5392');
  });
});
