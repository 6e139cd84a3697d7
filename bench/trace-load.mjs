// Where the time to an interactive card goes: a Chromium trace of loading
// the demo page until the card shows a verdict and a switch, with the main
// thread's top-level work summed by kind, and the wasm compile events.
//   node bench/trace-load.mjs [page-url] [cpu-throttle]   (a server must serve dist/)
import { chromium } from '@playwright/test';
import { WATCH_INTERACTIVE } from './run.mjs';
import { busyMs, forcedLayouts, mainThread } from './trace-sum.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8097/';
const throttle = Number(process.argv[3] ?? 1);
const CHROMIUM = process.env.VERSUS_CHROMIUM ?? '/usr/bin/chromium';

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
// The same moment as `make bench` calls interactive.
await page.addInitScript(WATCH_INTERACTIVE);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,v8,v8.wasm,disabled-by-default-v8.wasm.detailed,blink.user_timing,loading,disabled-by-default-devtools.timeline.stack',
  transferMode: 'ReportEvents',
});
await page.goto(url);
await page.waitForFunction(() => window.__interactive !== undefined);
const interactive = await page.evaluate(() => window.__interactive);
await cdp.send('Tracing.end');
await done;
await browser.close();

const main = mainThread(events);
const navStart = events.find((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === main)?.ts
  ?? Math.min(...events.filter((e) => `${e.pid}:${e.tid}` === main).map((e) => e.ts));
const end = navStart + interactive * 1000;
const kinds = {
  'parse HTML': ['ParseHTML'],
  'script (glue, Yew first render, wasm)': ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'EventDispatch', 'TimerFire', 'FireAnimationFrame'],
  'wasm compile on the main thread': ['v8.wasm.compileLazy', 'wasm.CompileLazy', 'v8.wasm.compileFunction'],
  'style recalculation': ['UpdateLayoutTree', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  'pre-paint and paint': ['PrePaint', 'Paint', 'UpdateLayer', 'Layerize'],
};
console.log(`navigation to interactive card: ${interactive.toFixed(1)} ms, CPU ${throttle}x (${url}); main-thread work before it:`);
for (const [kind, names] of Object.entries(kinds)) {
  console.log(`  ${kind.padEnd(40)} ${busyMs(events, main, names, end).toFixed(1)} ms`);
}
// The longest layouts, and what forced them (a script reading a size).
const layouts = events
  .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.name === 'Layout' && e.ts < end)
  .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
  .slice(0, 5);
console.log('  longest layouts:', layouts.map((e) => `${((e.dur ?? 0) / 1000).toFixed(1)} ms at ${((e.ts - navStart) / 1000).toFixed(0)} ms (${e.args?.beginData?.dirtyObjects ?? '?'} dirty of ${e.args?.beginData?.totalObjects ?? '?'}${e.args?.beginData?.stackTrace ? ', forced by script' : ''})`).join('; '));
console.log(`  layouts forced by script: ${forcedLayouts(events, main, end).length}`);
// TRACE_TIMELINE=1: the main thread's longer tasks and the card's requests, in order.
if (process.env.TRACE_TIMELINE) {
  const rows = [];
  for (const e of events) {
    const at = (e.ts - navStart) / 1000;
    if (e.ts > end) continue;
    if (e.name === 'ResourceSendRequest') rows.push([at, `request ${e.args?.data?.url?.split('/').pop()}`]);
    if (e.name === 'ResourceFinish') rows.push([at, `finished request ${e.args?.data?.requestId}`]);
    if (e.ph === 'X' && `${e.pid}:${e.tid}` === main && (e.dur ?? 0) > 2000 && ['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name) === false
      && ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'Layout', 'UpdateLayoutTree', 'ParseHTML', 'Paint', 'v8.wasm.compileLazy', 'wasm.CompileLazy', 'TimerFire', 'FireAnimationFrame', 'EventDispatch'].includes(e.name)) {
      rows.push([at, `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${e.args?.data?.url?.split('/').pop() ?? ''}`]);
    }
  }
  rows.sort((a, b) => a[0] - b[0]);
  for (const [at, what] of rows) console.log(`  ${at.toFixed(1).padStart(7)} ms  ${what}`);
}
// Off the main thread: wasm compilation (streaming, background tiers).
const compile = events.filter((e) => e.ph === 'X' && /wasm/i.test(e.name) && e.ts < end);
const byName = {};
for (const e of compile) byName[e.name] = (byName[e.name] ?? 0) + (e.dur ?? 0) / 1000;
const top = Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 6);
console.log('  wasm events (all threads, summed):', top.map(([n, ms]) => `${n} ${ms.toFixed(1)} ms`).join('; '));
