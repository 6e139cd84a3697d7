// Where a click's time goes: a Chromium trace of CLICKS switch clicks on the
// demo card (devtools.timeline events), summed per event kind on the page's
// main thread and divided by the clicks, and the raster and display work
// the clicks cause off the main thread. Reported, not asserted.
//   node bench/trace.mjs [page-url] [cpu-throttle]     (a server must serve dist/)
// TRACE_FLOOR=1 clicks the one button of bench/yew-floor instead (serve
// target/bench/floor/): what the same measurement gives an app whose click
// changes one number.
import { chromium } from '@playwright/test';
import { busyMs, forcedLayouts, mainThread } from './trace-sum.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8097/';
const throttle = Number(process.argv[3] ?? 1);
const CLICKS = 50;
const CHROMIUM = process.env.VERSUS_CHROMIUM ?? '/usr/bin/chromium';

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
const cdp = await page.context().newCDPSession(page);
if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
// TRACE_REDUCED_MOTION=1: the card without its switch transitions.
if (process.env.TRACE_REDUCED_MOTION) await page.emulateMedia({ reducedMotion: 'reduce' });
// TRACE_NO_DEMO=1: without the demo page's embed panel (demo.js), which
// listens to every versus-change event.
if (process.env.TRACE_NO_DEMO) await page.route('**/demo.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
const floor = Boolean(process.env.TRACE_FLOOR);
await page.goto(url);
if (floor) await page.waitForSelector('button');
else await page.waitForFunction(() => document.querySelector('versus-card')?.shadowRoot?.querySelector('[role=switch]'));
// TRACE_CSS: extra page styles for an experiment, such as containment on the card.
if (process.env.TRACE_CSS) await page.addStyleTag({ content: process.env.TRACE_CSS });
// TRACE_CARD_CSS: extra styles inside the card's shadow root, for an experiment.
if (process.env.TRACE_CARD_CSS) {
  await page.evaluate((css) => {
    const root = document.querySelector('versus-card').shadowRoot;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }, process.env.TRACE_CARD_CSS);
}
await page.waitForTimeout(300);

const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink.user_timing,cc,viz,disabled-by-default-devtools.timeline.stack', transferMode: 'ReportEvents' });
// TRACE_TARGET=importance: change the importance of the first switched-on
// priority instead of its switch (no row grows or shrinks).
await page.evaluate(async ({ clicks, importance, floor }) => {
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (floor) {
    const button = document.querySelector('button');
    for (let i = 0; i < clicks; i++) {
      const before = button.textContent;
      button.click();
      do await painted(); while (button.textContent === before);
    }
    return;
  }
  const root = document.querySelector('versus-card').shadowRoot;
  // In view, as for a reader (and as bench/run.mjs measures clicks).
  document.querySelector('versus-card').scrollIntoView();
  await painted();
  for (let i = 0; i < clicks; i++) {
    if (importance) {
      // The first importance select, moved to the next level as a reader's pick does.
      const select = root.querySelector('select.versus-importance');
      const level = ['normal', 'high', 'critical'][(select.selectedIndex + 1) % 3];
      select.value = level;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      do await painted(); while (root.querySelector('select.versus-importance').value !== level);
      await painted();
      continue;
    }
    const toggle = root.querySelectorAll('[role=switch]')[i % 5];
    const before = toggle.getAttribute('aria-checked');
    toggle.click();
    do await painted(); while (toggle.getAttribute('aria-checked') === before);
  }
}, { clicks: CLICKS, importance: process.env.TRACE_TARGET === 'importance', floor });
await cdp.send('Tracing.end');
await done;
await browser.close();

const main = mainThread(events);
const kinds = {
  'script (event, microtasks: Yew render and diff)': ['EventDispatch', 'RunMicrotasks', 'FunctionCall', 'TimerFire', 'FireAnimationFrame'],
  'style recalculation': ['UpdateLayoutTree'],
  layout: ['Layout'],
  'pre-paint and paint': ['PrePaint', 'Paint', 'PaintImage', 'UpdateLayer', 'Layerize'],
};
const totals = {};
for (const [kind, names] of Object.entries(kinds)) totals[kind] = busyMs(events, main, names) / CLICKS;
console.log(`per click, mean over ${CLICKS} clicks, CPU ${throttle}x (${url}):`);
for (const [kind, msPerClick] of Object.entries(totals)) console.log(`  ${kind.padEnd(48)} ${msPerClick.toFixed(2)} ms`);
// Off the main thread: rastering the changed tiles (raster workers) and
// drawing the frame (the display compositor, in software here). They do
// not block the page's script, but on a 2-core machine they compete with it,
// and a frame whose raster is late delays the next one.
const offMain = { 'raster (worker threads)': 'RasterTask', 'drawing the frame (display compositor)': 'Display::DrawAndSwap' };
for (const [kind, name] of Object.entries(offMain)) {
  const ms = events.filter((e) => e.ph === 'X' && e.name === name && `${e.pid}:${e.tid}` !== main).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  console.log(`  ${kind.padEnd(48)} ${(ms / CLICKS).toFixed(2)} ms`);
}
// A layout that script forces (reading a size after a change) carries the
// script's stack; the card's host code should force none.
const forced = forcedLayouts(events, main);
console.log(`  layouts forced by script: ${forced.length} in ${CLICKS} clicks${forced.length ? ` (${[...new Set(forced.map((e) => e.args.beginData.stackTrace[0]?.functionName || '?'))].join(', ')})` : ''}`);
