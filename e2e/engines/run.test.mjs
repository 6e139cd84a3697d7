// The three-engine suite: every scenario of scenarios.mjs in Chromium,
// Firefox and WebKit, against the release build in dist/ (and the panic test
// build), with e2e/engines/recorder.js in every page. `make test-engines`.
//   VERSUS_ENGINES=firefox,webkit   only these engines (the others are
//                                   reported as skipped)
//   VERSUS_SCENARIO=text            only scenarios whose name contains it
// A scenario with `engines` runs in those alone, and says why not in the
// others (`notIn`).
//
// Every engine runs unless VERSUS_ENGINES says otherwise: one this machine
// lacks fails the run, naming what is missing and how to install it, since
// the README promises all three on every `make test` (README.md "Browsers").
// Running fewer is a choice made knowingly, with VERSUS_ENGINES.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { ENGINES, launch, missingFor } from './browsers.mjs';
import { scenarios } from './scenarios.mjs';

const PORT = Number(process.env.VERSUS_ENGINES_PORT ?? 8190);
const SHOTS = 'target/engines/screenshots';
const engines = (process.env.VERSUS_ENGINES || ENGINES.join(',')).split(',').map((e) => e.trim()).filter(Boolean);
const chosen = scenarios.filter((s) => !process.env.VERSUS_SCENARIO || s.name.includes(process.env.VERSUS_SCENARIO));

// The machine's own network address: a plain-http origin that, unlike
// 127.0.0.1, is not a secure context.
const networkAddress = Object.values(networkInterfaces()).flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address ?? null;

async function serve(host, port) {
  const server = spawn(process.execPath, ['e2e/serve.mjs', 'dist', String(port)], {
    env: { ...process.env, VERSUS_RECORDER: '1', VERSUS_SERVE_HOST: host },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`the test server on ${host}:${port} exited with ${code}`)));
  });
  return server;
}

// What the recorder heard in the page and its same-origin frames.
async function heard(page) {
  return page.evaluate(() => {
    const from = (w) => w.__versusProblems ?? [];
    const frames = [...document.querySelectorAll('iframe')].flatMap((frame) => {
      try {
        return from(frame.contentWindow);
      } catch {
        return [];
      }
    });
    return [...from(window), ...frames];
  }).catch(() => []);
}

const servers = [];
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  servers.push(await serve('127.0.0.1', PORT));
  if (networkAddress) servers.push(await serve(networkAddress, PORT + 1));
});
after(() => {
  for (const server of servers) server.kill();
});

// The engines left out on purpose, shown as skipped rather than not at all.
for (const engine of ENGINES.filter((e) => !engines.includes(e))) {
  test(engine, { skip: `left out by VERSUS_ENGINES=${process.env.VERSUS_ENGINES}` }, () => {});
}

for (const engine of engines) {
  if (!ENGINES.includes(engine)) {
    test(`VERSUS_ENGINES names ${engine}`, () => {
      assert.fail(`VERSUS_ENGINES=${process.env.VERSUS_ENGINES}: there is no engine ${engine} (the engines: ${ENGINES.join(', ')})`);
    });
    continue;
  }
  const missing = missingFor(engine);
  if (missing) {
    // One failure that says what to do, instead of every scenario failing alike.
    const others = engines.filter((e) => e !== engine && ENGINES.includes(e) && !missingFor(e));
    test(`${engine} is installed`, () => {
      assert.fail(`${engine} cannot run on this machine: it needs ${missing}.`
        + (others.length ? ` To leave it out knowingly, name the engines to run: VERSUS_ENGINES=${others.join(',')} make test` : ''));
    });
    continue;
  }
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await launch(engine);
    });
    after(async () => {
      await browser?.close();
    });

    for (const scenario of chosen) {
      const skip = (scenario.engines && !scenario.engines.includes(engine) && scenario.notIn)
        || (scenario.needsNetworkAddress && !networkAddress && 'this machine has no network address');
      test(scenario.name, { skip: skip || false }, async () => {
        const pages = [];
        const allowed = [];
        const problems = [];
        // Before a page navigates, what its document heard is kept.
        const watched = (page) => {
          const goto = page.goto.bind(page);
          const reload = page.reload.bind(page);
          page.goto = async (url) => {
            problems.push(...await heard(page));
            await goto(url);
          };
          page.reload = async () => {
            problems.push(...await heard(page));
            await reload();
          };
          pages.push(page);
          return page;
        };
        const open = async (options) => watched(await browser.newPage(options));
        const context = {
          engine,
          page: await open(),
          open,
          url: (path) => `http://127.0.0.1:${PORT}${path}`,
          plainHttp: (path) => `http://${networkAddress}:${PORT + 1}${path}`,
          allow: (accepts) => allowed.push(accepts),
          shots: SHOTS,
        };
        try {
          await context.page.setViewport(1280, 900);
          await scenario.run(context);
          for (const page of pages) problems.push(...await heard(page));
        } finally {
          for (const page of pages) await page.close().catch(() => {});
        }
        const unexpected = problems.filter((message) => !allowed.some((accepts) => accepts(message)));
        assert.deepEqual(unexpected, [], 'no page error, console error or warning');
      });
    }
  });
}
