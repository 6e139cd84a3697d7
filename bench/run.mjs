// The size and speed benchmark (docs/performance.md "Size and speed"). Run with `make bench`.
//
// Measures the release build in dist/ in headless Chromium on 127.0.0.1:
// transfer sizes, time to the first interactive card against a static
// baseline of the same article, click-to-painted-verdict latency, the same
// timings with the CPU throttled 4x, a long post with a lazy card (bytes and
// LCP before scrolling, time from near to interactive), layout shift while
// the card replaces its fallback, and memory. Every timing is the median
// of RUNS runs after a warm-up. Prints a Markdown table and writes JSON to
// bench/results/latest.json.
//
// The card's shape (BENCH_ONLY=shape runs this part alone): elements in its
// shadow root and its height on a phone and a desktop, now and earlier.
//
// The post three ways (BENCH_ONLY=rendered runs this part alone): the
// article as static HTML, with today's card (loader holding the first paint,
// the fallback inside), and with the card rendered into its HTML (`versus
// render --card`), interleaved run by run: first contentful paint, the
// card's verdict painted (the later of the first contentful paint and the
// first animation frame whose DOM holds the card's verdict: Element Timing
// does not see into shadow roots), largest
// contentful paint, layout shift, when the wasm is asked for, when the
// controls are live, and the first click a reader makes answered. Its
// ratios are paired round by round, with a 95 % interval for their medians.
//
// Navigation and clicks are measured side by side in the same run for the
// card now, the card at the start of the speed work (target/bench/start/,
// built by bench/variants.sh), the static page, and the smallest Yew app
// (target/bench/floor/), so the figures compare even on a noisy machine.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const CLICKS = 100;
const PORT = Number(process.env.BENCH_PORT ?? 8097);
const BASE = `http://127.0.0.1:${PORT}`;
// The side-by-side builds (bench/variants.sh); skipped when missing.
const START = { dir: process.env.BENCH_START_DIR ?? 'target/bench/start', port: PORT + 1 };
const FLOOR = { dir: 'target/bench/floor', port: PORT + 2 };
// What a page loads for the card: the loader (which holds the glue in a
// release build) and the wasm.
const CARD_FILES = ['versus.js', 'versus-card_bg.wasm'];
const CHROMIUM = process.env.VERSUS_CHROMIUM ?? '/usr/bin/chromium';

// --- Transfer sizes: deterministic, so they are what the budget checks. ---
function fileSizes(dir, names) {
  const files = names.map((name) => {
    const bytes = readFileSync(`${dir}/${name}`);
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (key) => files.reduce((sum, file) => sum + file[key], 0);
  return { files, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
}

export function transferSizes(dir = 'dist') {
  return fileSizes(dir, CARD_FILES);
}

// The authors' editor (editor.html): not downloaded by readers, reported apart.
const EDITOR_FILES = ['editor.html', 'editor.js', 'editor.css', 'versus-editor.js', 'versus-editor_bg.wasm'];

export function editorSizes(dir = 'dist') {
  return fileSizes(dir, EDITOR_FILES);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
// A 95 % interval for the median of `xs`, by resampling it (bootstrap,
// 2,000 draws, a fixed seed so that a run's report can be reproduced from
// its figures): how far the median of another run of the same length could
// plausibly fall.
function medianInterval(xs) {
  let seed = 20261203;
  const draw = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const medians = Array.from({ length: 2000 }, () => median(xs.map(() => xs[Math.floor(draw() * xs.length)])));
  return [percentile(medians, 2.5), percentile(medians, 97.5)];
}

// The baseline: the same article, without the card's script or element.
export function writeBaseline() {
  const page = readFileSync('dist/index.html', 'utf8')
    .replace(/<script type="module" src="versus.js"[^>]*><\/script>/, '')
    .replace(/<script type="module" src="demo.js"><\/script>/, '')
    .replace(/<versus-card[\s\S]*?<\/versus-card>/, '')
    .replace(/<details class="embed-panel[\s\S]*?<\/details>/, '');
  writeFileSync('dist/bench-baseline.html', page);
}

// A long post whose only card is lazy and far below the first screen, and
// the same post without the card (for the LCP ratio).
function writeLongPost() {
  const index = readFileSync('dist/index.html', 'utf8')
    .replace(/<script type="module" src="demo.js"><\/script>/, '')
    .replace(/<details class="embed-panel[\s\S]*?<\/details>/, '')
    // A card far down the post: no reason to hold the first paint for it.
    .replace(/<script type="module" src="versus.js" blocking="render"><\/script>/, '<script type="module" src="versus.js"></script>');
  const paragraphs = (index.match(/<p>\s[\s\S]*?<\/p>/g) ?? []).join('\n');
  const filler = Array.from({ length: 8 }, () => paragraphs).join('\n');
  const longPost = index.replace('<versus-card class="post-wide" data-demo-card>', `${filler}\n<versus-card class="post-wide" data-demo-card loading="lazy">`);
  writeFileSync('dist/bench-long-post.html', longPost);
  writeFileSync(
    'dist/bench-long-post-baseline.html',
    longPost.replace(/<script type="module" src="versus.js"><\/script>/, '').replace(/<versus-card[\s\S]*?<\/versus-card>/, ''),
  );
  // The demo page without blocking="render", for the layout-shift comparison.
  writeFileSync('dist/bench-no-blocking.html', readFileSync('dist/index.html', 'utf8').replace(' blocking="render"', ''));
}

// The demo's post with today's card (its fallback inside, the loader holding
// the first paint) and with the card rendered into its HTML by the release
// command line, which also gives the size of what a blogger pastes.
export function writePostThreeWays() {
  const post = readFileSync('dist/index.html', 'utf8')
    .replace(/<script type="module" src="demo.js"><\/script>/, '')
    .replace(/<details class="embed-panel[\s\S]*?<\/details>/, '');
  writeFileSync('dist/bench-today.html', post);
  // The same post as static HTML with the comparison in it: today's page
  // without the loader, its fallback showing.
  writeFileSync('dist/bench-static-fallback.html', post.replace(/<script type="module" src="versus.js"[^>]*><\/script>/, ''));
  const versus = (args) => execFileSync('cargo', ['run', '--quiet', '--release', '--locked', '-p', 'versus-cli', '--', 'render', 'content/node-vs-python.json', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const card = versus(['--card']).trim();
  const rendered = post
    .replace(' blocking="render"', ' async')
    .replace(/<versus-card class="post-wide" data-demo-card>[\s\S]*?<\/versus-card>/, card.replace('<versus-card', '<versus-card class="post-wide" data-demo-card'));
  writeFileSync('dist/bench-rendered.html', rendered);
  const pasted = (text) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
  return { inline: pasted(card), withSrc: pasted(versus(['--card', '--src', 'node-vs-python.json']).trim()), fallbackOnly: pasted(versus([]).trim()) };
}

// The card's shape as a reader meets it (BENCH_ONLY=shape runs this part
// alone): the built-in card with its default choices, live, in a plain
// post's 42rem column; how many elements its shadow root holds and how tall
// it is on a phone (375 × 667) and a desktop (1280 × 800), and compact on
// the phone. The same page goes into each build measured side by side.
const SHAPE_PAGE = (attributes) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A post</title>
<style>body { max-width: 42rem; margin: 0 auto; padding: 0 16px; font: 18px/1.6 Georgia, serif; }</style>
<script type="module" src="versus.js" blocking="render"></script></head>
<body><h1>A post</h1><p>Before the card.</p><versus-card${attributes}></versus-card><p>After the card.</p></body></html>`;

async function cardShape(browser, base, dir) {
  writeFileSync(`${dir}/bench-shape.html`, SHAPE_PAGE(''));
  writeFileSync(`${dir}/bench-shape-compact.html`, SHAPE_PAGE(' compact'));
  const measure = async (page, viewport) => {
    const context = await browser.newContext({ viewport });
    const tab = await context.newPage();
    try {
      await tab.goto(`${base}/${page}`);
      await tab.waitForFunction(() => {
        const root = document.querySelector('versus-card')?.shadowRoot;
        return root?.querySelector('[data-testid=headline]')?.textContent && !root.querySelector('[inert]');
      });
      return await tab.evaluate(() => {
        const card = document.querySelector('versus-card');
        return { elements: card.shadowRoot.querySelectorAll('*').length, height: Math.round(card.getBoundingClientRect().height) };
      });
    } finally {
      await context.close();
    }
  };
  const phone = await measure('bench-shape.html', { width: 375, height: 667 });
  const desktop = await measure('bench-shape.html', { width: 1280, height: 800 });
  const compact = await measure('bench-shape-compact.html', { width: 375, height: 667 });
  return { elements: phone.elements, phoneHeight: phone.height, desktopHeight: desktop.height, compactPhoneHeight: compact.height };
}

function shapeMarkdown(shapes) {
  const lines = ['| the built-in card, default choices, in a 42rem post | ' + Object.keys(shapes).join(' | ') + ' |', '|---|' + Object.keys(shapes).map(() => '---|').join('')];
  const row = (label, pick) => lines.push(`| ${label} | ${Object.values(shapes).map(pick).join(' | ')} |`);
  row('elements in the shadow root', (s) => s.elements);
  row('height at 375 × 667 (screens)', (s) => `${s.phoneHeight} px (${(s.phoneHeight / 667).toFixed(1)})`);
  row('height at 1280 × 800', (s) => `${s.desktopHeight} px`);
  row('compact, height at 375 × 667', (s) => `${s.compactPhoneHeight} px (${(s.compactPhoneHeight / 667).toFixed(1)})`);
  return lines.join('\n');
}

// Paints, shifts and the first answered click of one navigation (see the
// top of this file). The "reader" clicks the first switch as soon as it is live (in the page
// and not inert) and the click counts as answered in the first frame in
// which the switch has flipped.
const WATCH_POST = () => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  const frame = () => {
    const root = document.querySelector('versus-card')?.shadowRoot;
    const now = performance.now();
    if (root?.querySelector('[data-testid=headline]')?.textContent) window.__verdictFrame ??= now;
    const toggle = root?.querySelector('[role=switch]');
    if (toggle && !toggle.closest('[inert]') && window.__clicked === undefined) {
      window.__clicked = toggle.getAttribute('aria-checked');
      window.__live = now;
      toggle.click();
    } else if (toggle && window.__clicked !== undefined && toggle.getAttribute('aria-checked') !== window.__clicked) {
      window.__answered = now;
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

async function postLoad(browser, condition, page, card = true) {
  return withPage(browser, condition.throttle, async (tab) => {
    await tab.addInitScript(OBSERVE_LCP);
    await tab.addInitScript(WATCH_POST);
    await tab.goto(`${POST_BASE}/${page}`);
    if (card) await tab.waitForFunction(() => window.__answered !== undefined, null, { timeout: 60_000 });
    await tab.waitForFunction(() => window.__fcp !== undefined, null, { timeout: 60_000 });
    // Two more frames for late shifts and paints.
    await tab.waitForFunction(() => (window.__frames = (window.__frames ?? 0) + 1) > 2, null, { polling: 'raf' });
    return tab.evaluate(() => ({
      fcp: window.__fcp,
      verdict: window.__verdictFrame === undefined ? NaN : Math.max(window.__fcp, window.__verdictFrame),
      lcp: window.__lcp ?? NaN,
      cls: window.__cls,
      firstClick: window.__answered ?? NaN,
      live: window.__live ?? NaN,
      wasmAskedFor: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'))?.startTime ?? NaN,
    }));
  }, condition.network);
}

// The post three ways runs more loads than the rest (a 5 % target is within
// one run's noise on a shared 2-core machine), and its ratios are paired:
// each run's rendered verdict over the static page's FCP of the same
// round, then the median of those, so that a slow minute of the machine
// weighs on both sides of a ratio instead of on one.
const POST_RUNS = Number(process.env.BENCH_POST_RUNS ?? Math.max(RUNS, 31));
// The post is served gzipped, as any host or CDN serves it (over a slow
// link the bytes sent are what counts), from a server of its own.
const POST_PORT = PORT + 3;
const POST_BASE = `http://127.0.0.1:${POST_PORT}`;
// What the post is loaded under: this machine's local server with the CPU
// as it is and 4x slower, and a phone on a slow mobile network as
// Lighthouse's mobile profile has it (CPU 4x slower; 150 ms round trips,
// 1.6 Mbit/s down and 750 kbit/s up, which Chromium applies per request,
// as DevTools' throttling does). BENCH_POST_CONDITIONS picks some by key.
const POST_CONDITIONS = [
  { key: 'cpu1x', label: 'CPU 1x', throttle: 1 },
  { key: 'cpu4x', label: 'CPU 4x', throttle: 4 },
  { key: 'slow4g', label: 'CPU 4x, slow 4G', throttle: 4, network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } },
].filter((condition) => !process.env.BENCH_POST_CONDITIONS || process.env.BENCH_POST_CONDITIONS.split(',').includes(condition.key));

async function postThreeWays(browser) {
  const pasted = writePostThreeWays();
  const result = { pasted, runs: POST_RUNS, conditions: POST_CONDITIONS };
  const server = await startServer('dist', POST_PORT, { VERSUS_SERVE_GZIP: '1' });
  try {
    for (const condition of POST_CONDITIONS) result[condition.key] = await postThreeWaysUnder(browser, condition);
  } finally {
    server.kill();
  }
  return result;
}

async function postThreeWaysUnder(browser, condition) {
  const ways = { static: [], staticFallback: [], today: [], rendered: [] };
  await postLoad(browser, condition, 'bench-rendered.html');
  for (let run = 0; run < POST_RUNS; run++) {
    ways.static.push(await postLoad(browser, condition, 'bench-baseline.html', false));
    ways.staticFallback.push(await postLoad(browser, condition, 'bench-static-fallback.html', false));
    ways.today.push(await postLoad(browser, condition, 'bench-today.html'));
    ways.rendered.push(await postLoad(browser, condition, 'bench-rendered.html'));
  }
  const summary = (runs) => Object.fromEntries(['fcp', 'verdict', 'lcp', 'firstClick', 'live', 'wasmAskedFor'].map((key) => [key, median(runs.map((r) => r[key]))]).concat([['cls', Math.max(...runs.map((r) => r.cls))]]));
  const paired = (top, bottom) => {
    const ratios = ways.rendered.map((run, i) => run[top] / bottom[i][top === 'verdict' ? 'fcp' : top]);
    return { median: median(ratios), interval: medianInterval(ratios) };
  };
  const at = Object.fromEntries(Object.entries(ways).map(([way, runs]) => [way, summary(runs)]));
  at.verdictOverStaticFcp = paired('verdict', ways.static);
  at.verdictOverStaticFallbackFcp = paired('verdict', ways.staticFallback);
  at.firstClickOverToday = paired('firstClick', ways.today);
  return at;
}

function threeWaysMarkdown(post) {
  const lines = ['', `| the post three ways (median of ${post.runs}; layout shift: worst run) | static HTML, no card | static HTML with the fallback | today's card | rendered card |`, '|---|---|---|---|---|'];
  for (const { key: conditionKey, label: condition } of post.conditions) {
    const at = post[conditionKey];
    const row = (label, key, fmt) => lines.push(`| ${label}, ${condition} | ${fmt(at.static[key])} | ${fmt(at.staticFallback[key])} | ${fmt(at.today[key])} | ${fmt(at.rendered[key])} |`);
    const time = (x) => (Number.isFinite(x) ? ms(x) : '—');
    row('first contentful paint', 'fcp', time);
    row('verdict painted', 'verdict', time);
    row('largest contentful paint', 'lcp', time);
    row('layout shift', 'cls', (x) => x.toFixed(3));
    row('wasm asked for', 'wasmAskedFor', time);
    row('controls live', 'live', time);
    row('first click answered', 'firstClick', time);
    const ratio = ({ median: middle, interval: [low, high] }) => `${middle.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)})`;
    lines.push(`| rendered verdict / the static page's FCP (paired, 95 % interval), ${condition} | ${ratio(at.verdictOverStaticFcp)} | ${ratio(at.verdictOverStaticFallbackFcp)} | | |`);
    lines.push(`| rendered first click / today's (paired, 95 % interval), ${condition} | | | ${ratio(at.firstClickOverToday)} | |`);
  }
  const size = ({ raw, gzip }) => `${kb(raw)} (${kb(gzip)} gzip)`;
  lines.push('', '| what a blogger pastes, the demo comparison | size |', '|---|---|');
  lines.push(`| \`versus render --card\` (comparison inside) | ${size(post.pasted.inline)} |`);
  lines.push(`| \`versus render --card --src FILE\` | ${size(post.pasted.withSrc)} |`);
  lines.push(`| \`versus render\` (fallback only, today) | ${size(post.pasted.fallbackOnly)} |`);
  return lines.join('\n');
}

async function startServer(dir = 'dist', port = PORT, env = {}) {
  const server = spawn('node', ['e2e/serve.mjs', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return server;
}

// Records when the card shows a verdict and a clickable switch (also used by
// bench/trace-load.mjs).
export const WATCH_INTERACTIVE = () => {
  const check = () => {
    const root = document.querySelector('versus-card')?.shadowRoot;
    const headline = root?.querySelector('[data-testid=headline]');
    const button = root?.querySelector('[role=switch]');
    if (headline?.textContent && button && !button.disabled) window.__interactive = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

async function withPage(browser, throttle, body, network = null) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  try {
    return await body(page);
  } finally {
    await context.close();
  }
}

async function timeToInteractive(browser, throttle, base = BASE) {
  return withPage(browser, throttle, async (page) => {
    await page.addInitScript(WATCH_INTERACTIVE);
    await page.goto(`${base}/`);
    await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 60_000 });
    return page.evaluate(() => window.__interactive);
  });
}

// Records when the editor can be used: the form shows the title and the
// preview shows the card's verdict.
const WATCH_EDITABLE = () => {
  const check = () => {
    const title = document.getElementById('field-title');
    const headline = document.querySelector('.editor-preview-card')?.shadowRoot?.querySelector('[data-testid=headline]');
    if (title?.value && headline?.textContent) window.__editable = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

async function editorEditable(browser, throttle) {
  return withPage(browser, throttle, async (page) => {
    await page.addInitScript(WATCH_EDITABLE);
    await page.goto(`${BASE}/editor.html`);
    await page.waitForFunction(() => window.__editable !== undefined, null, { timeout: 60_000 });
    return page.evaluate(() => window.__editable);
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
//
// The card is scrolled into view first, as a reader's card is when they
// click it: on the demo page it starts below the first screen, where the
// browser paints it but rasters and draws far less of its changes, which made
// the clicks of earlier figures cheaper than a reader's (docs/performance.md). BENCH_CLICK_OFFSCREEN=1 measures them that way again.
async function clickToPaint(browser, throttle, base = BASE, floor = false) {
  return withPage(browser, throttle, async (page) => {
    if (floor) {
      await page.goto(`${base}/`);
      await page.waitForSelector('button');
    } else {
      await page.addInitScript(WATCH_INTERACTIVE);
      await page.goto(`${base}/`);
      await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 60_000 });
    }
    return page.evaluate(async ({ clicks, floor, offscreen }) => {
      // The card: five switches in turn, until aria-checked flips. The floor:
      // its one button, until its count changes.
      const root = floor ? document : document.querySelector('versus-card').shadowRoot;
      if (!floor && !offscreen) {
        document.querySelector('versus-card').scrollIntoView();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      const target = (i) => (floor ? root.querySelector('button') : root.querySelectorAll('[role=switch]')[i % 5]);
      const state = (element) => (floor ? element.textContent : element.getAttribute('aria-checked'));
      const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const samples = [];
      for (let i = 0; i < clicks; i++) {
        const toggle = target(i);
        const before = state(toggle);
        const start = performance.now();
        toggle.click();
        await painted();
        while (state(toggle) === before) {
          if (performance.now() - start > 5000) throw new Error(`click ${i} did not change the page within 5 s`);
          await painted();
        }
        samples.push(performance.now() - start);
      }
      return samples;
    }, { clicks: CLICKS, floor, offscreen: Boolean(process.env.BENCH_CLICK_OFFSCREEN) });
  });
}

async function memory(browser) {
  return withPage(browser, 1, async (page) => {
    await page.addInitScript(WATCH_INTERACTIVE);
    // The card's instance, kept as the page makes it.
    await page.addInitScript(() => {
      const instantiate = WebAssembly.instantiate.bind(WebAssembly);
      WebAssembly.instantiate = async (...args) => {
        const result = await instantiate(...args);
        window.__wasmInstance ??= result instanceof WebAssembly.Instance ? result : result.instance;
        return result;
      };
    });
    await page.goto(`${BASE}/`);
    await page.waitForFunction(() => window.__interactive !== undefined);
    return page.evaluate(() => ({
      jsHeap: performance.memory.usedJSHeapSize,
      wasmMemory: window.__wasmInstance.exports.memory.buffer.byteLength,
    }));
  });
}

// Largest contentful paint so far, and the bytes the page has transferred.
const PAGE_COST = () => {
  const resources = performance.getEntriesByType('resource');
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    lcp: window.__lcp ?? NaN,
    bytes: navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
    cardFiles: resources.map((r) => new URL(r.name).pathname.slice(1)).filter((name) => name.startsWith('versus')),
  };
};
// LCP entries reach observers only (not getEntriesByType).
const OBSERVE_LCP = () =>
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    window.__lcp = entries[entries.length - 1].startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });

// The long post before any scrolling: what it cost, and its LCP.
async function longPostBeforeScroll(browser, throttle, page) {
  return withPage(browser, throttle, async (tab) => {
    await tab.addInitScript(OBSERVE_LCP);
    await tab.goto(`${BASE}/${page}`);
    await tab.waitForLoadState('networkidle');
    return tab.evaluate(PAGE_COST);
  });
}

// From the lazy card coming within a screen of the viewport to an
// interactive card, after the reader scrolls to it.
async function nearToInteractive(browser, throttle) {
  return withPage(browser, throttle, async (page) => {
    await page.addInitScript(WATCH_INTERACTIVE);
    await page.addInitScript(() => {
      addEventListener('DOMContentLoaded', () => {
        new IntersectionObserver((entries, observer) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          window.__near = performance.now();
          observer.disconnect();
        }, { rootMargin: '100% 0px' }).observe(document.querySelector('versus-card'));
      });
    });
    await page.goto(`${BASE}/bench-long-post.html`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.querySelector('versus-card').scrollIntoView());
    await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 60_000 });
    return page.evaluate(() => window.__interactive - window.__near);
  });
}

// Cumulative layout shift while the card replaces its static fallback in
// the first screen, until the card has settled.
async function layoutShift(browser, page, viewport) {
  const context = await browser.newContext({ viewport });
  const tab = await context.newPage();
  tab.on('crash', () => console.error('bench: the page crashed'));
  try {
    await tab.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(`${BASE}/${page}`);
    await tab.waitForSelector('versus-card[data-versus-settled]', { state: 'attached', timeout: 60_000 });
    // Two more frames, so a shift from releasing the reserved room is counted.
    await tab.waitForFunction(() => (window.__frames = (window.__frames ?? 0) + 1) > 2, null, { polling: 'raf' });
    return await tab.evaluate(() => window.__cls);
  } finally {
    await context.close();
  }
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
  writeLongPost();
  const server = await startServer();
  const present = (variant) => existsSync(`${variant.dir}/index.html`);
  const others = [START, FLOOR].filter(present).map((variant) => startServer(variant.dir, variant.port));
  const servers = [server, ...(await Promise.all(others))];
  const at = (variant) => `http://127.0.0.1:${variant.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
  });
  const timings = {};
  try {
    timings.shape = { now: await cardShape(browser, BASE, 'dist') };
    if (present(START)) timings.shape.earlier = await cardShape(browser, at(START), START.dir);
    if (process.env.BENCH_ONLY === 'shape') {
      console.log(shapeMarkdown(timings.shape));
      return;
    }
    timings.post = await postThreeWays(browser);
    if (process.env.BENCH_ONLY === 'rendered') {
      console.log(threeWaysMarkdown(timings.post));
      return;
    }
    for (const throttle of [1, 4]) {
      // Interleaved run by run, so a slow moment of the machine hits every variant.
      const card = [];
      const start = [];
      const baseline = [];
      const clicks = [];
      const startClicks = [];
      const floorClicks = [];
      const clickRuns = Math.max(1, Math.round(RUNS / 3));
      // Warm-ups, not counted.
      await timeToInteractive(browser, throttle);
      if (present(START)) await timeToInteractive(browser, throttle, at(START));
      await baselineLoaded(browser, throttle);
      for (let run = 0; run < RUNS; run++) {
        card.push(await timeToInteractive(browser, throttle));
        if (present(START)) start.push(await timeToInteractive(browser, throttle, at(START)));
        baseline.push(await baselineLoaded(browser, throttle));
        if (run < clickRuns) {
          clicks.push(...(await clickToPaint(browser, throttle)));
          if (present(START)) startClicks.push(...(await clickToPaint(browser, throttle, at(START))));
          if (present(FLOOR)) floorClicks.push(...(await clickToPaint(browser, throttle, at(FLOOR), true)));
        }
      }
      const p = (xs, q) => (xs.length ? percentile(xs, q) : null);
      timings[`cpu${throttle}x`] = {
        cardInteractiveMs: median(card),
        startInteractiveMs: start.length ? median(start) : null,
        baselineLoadedMs: median(baseline),
        ratio: median(card) / median(baseline),
        startRatio: start.length ? median(start) / median(baseline) : null,
        clickToPaintP50Ms: percentile(clicks, 50),
        clickToPaintP95Ms: percentile(clicks, 95),
        startClickP50Ms: p(startClicks, 50),
        startClickP95Ms: p(startClicks, 95),
        floorClickP50Ms: p(floorClicks, 50),
        floorClickP95Ms: p(floorClicks, 95),
        clickSamples: clicks.length,
      };
    }
    // BENCH_ONLY=speed: navigation and clicks only, for quick comparisons.
    if (process.env.BENCH_ONLY !== 'speed') {
      for (const throttle of [1, 4]) {
        const withCard = await repeat(RUNS, () => longPostBeforeScroll(browser, throttle, 'bench-long-post.html'));
        const without = await repeat(RUNS, () => longPostBeforeScroll(browser, throttle, 'bench-long-post-baseline.html'));
        const near = await repeat(RUNS, () => nearToInteractive(browser, throttle));
        timings[`lazy${throttle}x`] = {
          bytesBeforeScroll: median(withCard.map((r) => r.bytes)),
          bytesBeforeScrollWithoutCard: median(without.map((r) => r.bytes)),
          cardFilesBeforeScroll: withCard[0].cardFiles,
          lcpMs: median(withCard.map((r) => r.lcp)),
          lcpWithoutCardMs: median(without.map((r) => r.lcp)),
          lcpRatio: median(withCard.map((r) => r.lcp)) / median(without.map((r) => r.lcp)),
          nearToInteractiveMs: median(near),
        };
      }
      timings.layoutShift = {};
      for (const [name, viewport] of [['desktop 1200×900', { width: 1200, height: 900 }], ['phone 375×812', { width: 375, height: 812 }]]) {
        timings.layoutShift[name] = {
          blockingRender: Math.max(...(await repeat(3, () => layoutShift(browser, '', viewport)))),
          withoutBlocking: Math.max(...(await repeat(3, () => layoutShift(browser, 'bench-no-blocking.html', viewport)))),
        };
      }
      timings.editor = {};
      for (const throttle of [1, 4]) timings.editor[`cpu${throttle}x`] = median(await repeat(RUNS, () => editorEditable(browser, throttle)));
      timings.memory = median((await repeat(RUNS, () => memory(browser))).map((m) => m.jsHeap));
      timings.wasmMemory = (await memory(browser)).wasmMemory;
    }
  } finally {
    await browser.close();
    for (const one of servers) one.kill();
  }
  if (process.env.BENCH_ONLY === 'rendered' || process.env.BENCH_ONLY === 'shape') return;
  if (process.env.BENCH_ONLY === 'speed') {
    console.log(markdown({ sizes, timings, runs: RUNS }));
    return;
  }
  const recompute = await nativeRecompute();
  const result = { date: new Date().toISOString(), runs: RUNS, sizes, editor: editorSizes(), timings, recompute };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(markdown(result));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(1)} ms`;

export function markdown({ sizes, editor, timings, recompute, runs }) {
  const lines = ['| file | raw | gzip -9 | brotli |', '|---|---|---|---|'];
  for (const f of sizes.files) lines.push(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  lines.push(`| **total** | **${kb(sizes.total.raw)}** | **${kb(sizes.total.gzip)}** | **${kb(sizes.total.brotli)}** |`, '');
  if (timings.shape) lines.push(shapeMarkdown(timings.shape), '');
  lines.push(`| timing (median of ${runs} runs, side by side) | CPU 1x | CPU 4x slower |`, '|---|---|---|');
  const cell = (x, fmt) => (x === null || x === undefined ? 'not built' : fmt(x));
  const row = (label, key, fmt) => lines.push(`| ${label} | ${cell(timings.cpu1x[key], fmt)} | ${cell(timings.cpu4x[key], fmt)} |`);
  row('navigation to interactive card, now', 'cardInteractiveMs', ms);
  row('the same, at the start of the speed work', 'startInteractiveMs', ms);
  row('static page (the same article, no card) loaded', 'baselineLoadedMs', ms);
  row('ratio card / static, now', 'ratio', (x) => `${x.toFixed(2)}×`);
  row('ratio card / static, at the start', 'startRatio', (x) => `${x.toFixed(2)}×`);
  row('click to painted verdict, p50, now', 'clickToPaintP50Ms', ms);
  row('click to painted verdict, p95, now', 'clickToPaintP95Ms', ms);
  row('click to painted verdict, p50, at the start', 'startClickP50Ms', ms);
  row('click to painted verdict, p95, at the start', 'startClickP95Ms', ms);
  row('smallest Yew app, click to paint, p50', 'floorClickP50Ms', ms);
  row('smallest Yew app, click to paint, p95', 'floorClickP95Ms', ms);
  if (!timings.lazy1x) return lines.join('\n'); // BENCH_ONLY=speed
  lines.push('', '| a long post, its only card lazy and 8 screens down (median) | CPU 1x | CPU 4x slower |', '|---|---|---|');
  const lazy = (label, key, fmt) => lines.push(`| ${label} | ${fmt(timings.lazy1x[key])} | ${fmt(timings.lazy4x[key])} |`);
  lazy('bytes transferred before scrolling', 'bytesBeforeScroll', kb);
  lazy('the same post without the card', 'bytesBeforeScrollWithoutCard', kb);
  lazy('card files fetched before scrolling', 'cardFilesBeforeScroll', (files) => files.join(', ') || 'none');
  lazy('largest contentful paint', 'lcpMs', ms);
  lazy('LCP without the card', 'lcpWithoutCardMs', ms);
  lazy('LCP ratio with / without the card', 'lcpRatio', (x) => `${x.toFixed(2)}×`);
  lazy('card within a screen → interactive', 'nearToInteractiveMs', ms);
  lines.push('', '| layout shift while the card replaces its fallback (worst of 3) | blocking="render" | without |', '|---|---|---|');
  for (const [name, cls] of Object.entries(timings.layoutShift)) lines.push(`| ${name} | ${cls.blockingRender.toFixed(3)} | ${cls.withoutBlocking.toFixed(3)} |`);
  lines.push('', '| memory after load | |', '|---|---|');
  lines.push(`| JS heap | ${kb(timings.memory)} |`, `| wasm linear memory | ${kb(timings.wasmMemory)} |`);
  if (recompute) lines.push(`| native recompute, 6×30 (median / p95) | ${recompute.medianMicros} µs / ${recompute.p95Micros} µs |`);
  if (timings.post) lines.push(threeWaysMarkdown(timings.post));
  if (editor && timings.editor) {
    lines.push('', '| the editor (editor.html, authors only) | |', '|---|---|');
    lines.push(`| transfer size, gzip -9 | ${kb(editor.total.gzip)} (${editor.files.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ')}) |`);
    lines.push(`| navigation to an editable page with its preview, CPU 1x | ${ms(timings.editor.cpu1x)} |`);
    lines.push(`| the same, CPU 4x slower | ${ms(timings.editor.cpu4x)} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
