// The size and speed benchmark (README "Size and speed"). Run with `make bench`.
//
// Measures the release build in dist/ in headless Chromium on 127.0.0.1:
// transfer sizes, time to the first interactive card against a static
// baseline of the same article, click-to-painted-verdict latency, the same
// timings with the CPU throttled 4x, and memory. Every timing is the median
// of RUNS runs after a warm-up. Prints a Markdown table and writes JSON to
// bench/results/latest.json.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const CLICKS = 100;
const PORT = Number(process.env.BENCH_PORT ?? 8097);
const BASE = `http://127.0.0.1:${PORT}`;
const CARD_FILES = ['versus.js', 'versus-card.js', 'versus-card_bg.wasm'];
const CHROMIUM = process.env.VERSUS_CHROMIUM ?? '/usr/bin/chromium';

// --- Transfer sizes: deterministic, so they are what the budget checks. ---
export function transferSizes(dir = 'dist') {
  const rows = CARD_FILES.map((name) => {
    const bytes = readFileSync(`${dir}/${name}`);
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
  return { files: rows, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

// The baseline: the same article, without the card's script or element.
function writeBaseline() {
  const page = readFileSync('dist/index.html', 'utf8')
    .replace(/<script type="module" src="versus.js"[^>]*><\/script>/, '')
    .replace(/<script type="module" src="demo.js"><\/script>/, '')
    .replace(/<versus-card[\s\S]*?<\/versus-card>/, '')
    .replace(/<details class="embed-panel[\s\S]*?<\/details>/, '');
  writeFileSync('dist/bench-baseline.html', page);
}

async function startServer() {
  const server = spawn('node', ['e2e/serve.mjs', 'dist', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return server;
}

// Records when the card shows a verdict and a clickable switch.
const WATCH_INTERACTIVE = () => {
  const check = () => {
    const root = document.querySelector('versus-card')?.shadowRoot;
    const headline = root?.querySelector('[data-testid=headline]');
    const button = root?.querySelector('[role=switch]');
    if (headline?.textContent && button && !button.disabled) window.__interactive = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

async function withPage(browser, throttle, body) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  try {
    return await body(page);
  } finally {
    await context.close();
  }
}

async function timeToInteractive(browser, throttle) {
  return withPage(browser, throttle, async (page) => {
    await page.addInitScript(WATCH_INTERACTIVE);
    await page.goto(`${BASE}/`);
    await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 60_000 });
    return page.evaluate(() => window.__interactive);
  });
}

async function baselineLoaded(browser, throttle) {
  return withPage(browser, throttle, async (page) => {
    await page.goto(`${BASE}/bench-baseline.html`, { waitUntil: 'load' });
    return page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  });
}

// Click a switch CLICKS times; each sample runs from the click until the
// first frame painted after the switch flipped (a task queued from a frame's
// animation callback runs after its paint). Yew yields to the browser when a
// render runs long, so on a busy machine the flip can land a frame or more
// after the click: that wait belongs in the figure, not in an error.
async function clickToPaint(browser, throttle) {
  return withPage(browser, throttle, async (page) => {
    await page.addInitScript(WATCH_INTERACTIVE);
    await page.goto(`${BASE}/`);
    await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 60_000 });
    return page.evaluate(async (clicks) => {
      const root = document.querySelector('versus-card').shadowRoot;
      const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const samples = [];
      for (let i = 0; i < clicks; i++) {
        const toggle = root.querySelectorAll('[role=switch]')[i % 5];
        const before = toggle.getAttribute('aria-checked');
        const start = performance.now();
        toggle.click();
        await painted();
        while (toggle.getAttribute('aria-checked') === before) {
          if (performance.now() - start > 5000) throw new Error(`click ${i} did not flip the switch within 5 s`);
          await painted();
        }
        samples.push(performance.now() - start);
      }
      return samples;
    }, CLICKS);
  });
}

async function memory(browser) {
  return withPage(browser, 1, async (page) => {
    await page.addInitScript(WATCH_INTERACTIVE);
    await page.goto(`${BASE}/`);
    await page.waitForFunction(() => window.__interactive !== undefined);
    return page.evaluate(async () => {
      const glue = await import('/versus-card.js');
      const wasm = await glue.default(); // already started: returns the same instance
      return { jsHeap: performance.memory.usedJSHeapSize, wasmMemory: wasm.memory.buffer.byteLength };
    });
  });
}

function nativeRecompute() {
  return new Promise((resolve) => {
    const cargo = spawn('cargo', ['bench', '--bench', 'recompute', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    cargo.stdout.on('data', (chunk) => (out += chunk));
    cargo.on('close', () => {
      const match = out.match(/\| native, per click \| ([\d.]+) µs \| ([\d.]+) µs \|/);
      resolve(match ? { medianMicros: Number(match[1]), p95Micros: Number(match[2]) } : null);
    });
  });
}

async function repeat(times, fn) {
  await fn(); // warm-up, not counted
  const values = [];
  for (let i = 0; i < times; i++) values.push(await fn());
  return values;
}

async function main() {
  const sizes = transferSizes();
  writeBaseline();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
  });
  const timings = {};
  try {
    for (const throttle of [1, 4]) {
      const card = await repeat(RUNS, () => timeToInteractive(browser, throttle));
      const baseline = await repeat(RUNS, () => baselineLoaded(browser, throttle));
      const clicks = (await repeat(Math.max(1, Math.round(RUNS / 3)), () => clickToPaint(browser, throttle))).flat();
      timings[`cpu${throttle}x`] = {
        cardInteractiveMs: median(card),
        baselineLoadedMs: median(baseline),
        ratio: median(card) / median(baseline),
        clickToPaintP50Ms: percentile(clicks, 50),
        clickToPaintP95Ms: percentile(clicks, 95),
        clickSamples: clicks.length,
      };
    }
    timings.memory = median((await repeat(RUNS, () => memory(browser))).map((m) => m.jsHeap));
    timings.wasmMemory = (await memory(browser)).wasmMemory;
  } finally {
    await browser.close();
    server.kill();
  }
  const recompute = await nativeRecompute();
  const result = { date: new Date().toISOString(), runs: RUNS, sizes, timings, recompute };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(markdown(result));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(1)} ms`;

export function markdown({ sizes, timings, recompute, runs }) {
  const lines = ['| file | raw | gzip -9 | brotli |', '|---|---|---|---|'];
  for (const f of sizes.files) lines.push(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  lines.push(`| **total** | **${kb(sizes.total.raw)}** | **${kb(sizes.total.gzip)}** | **${kb(sizes.total.brotli)}** |`, '');
  lines.push(`| timing (median of ${runs} runs) | CPU 1x | CPU 4x slower |`, '|---|---|---|');
  const row = (label, key, fmt) => lines.push(`| ${label} | ${fmt(timings.cpu1x[key])} | ${fmt(timings.cpu4x[key])} |`);
  row('navigation to interactive card', 'cardInteractiveMs', ms);
  row('static baseline page loaded', 'baselineLoadedMs', ms);
  row('ratio card / baseline', 'ratio', (x) => `${x.toFixed(2)}×`);
  row('click to painted verdict, p50', 'clickToPaintP50Ms', ms);
  row('click to painted verdict, p95', 'clickToPaintP95Ms', ms);
  lines.push('', '| memory after load | |', '|---|---|');
  lines.push(`| JS heap | ${kb(timings.memory)} |`, `| wasm linear memory | ${kb(timings.wasmMemory)} |`);
  if (recompute) lines.push(`| native recompute, 6×30 (median / p95) | ${recompute.medianMicros} µs / ${recompute.p95Micros} µs |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
