// Shared by bench/trace.mjs and bench/trace-load.mjs: reading a Chromium trace.

/**
 * The page's main thread, as "pid:tid": of the threads Chromium names
 * CrRendererMain, the one with the most events (with compositor categories
 * traced, another thread can have more events than the main one).
 */
export function mainThread(events) {
  const renderers = new Set(events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`));
  const counts = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && (renderers.size === 0 || renderers.has(thread))) counts.set(thread, (counts.get(thread) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * The layouts on `thread` before `end` that a script forced by reading a size
 * after a change: the trace records the script's stack for those only (with
 * the disabled-by-default-devtools.timeline.stack category).
 */
export function forcedLayouts(events, thread, end = Infinity) {
  return events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.name === 'Layout' && e.ts < end && e.args?.beginData?.stackTrace);
}

/**
 * Milliseconds the thread spent in events named `names` before `end` (a
 * trace timestamp), counting overlaps once: nested events (a FunctionCall
 * inside an EventDispatch) are already inside their parent.
 */
export function busyMs(events, thread, names, end = Infinity) {
  const spans = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && names.includes(e.name) && e.ts < end)
    .map((e) => [e.ts, Math.min(e.ts + (e.dur ?? 0), end)])
    .sort((a, b) => a[0] - b[0]);
  let sum = 0;
  let last = -Infinity;
  for (const [start, finish] of spans) {
    if (start >= last) { sum += finish - start; last = finish; } else if (finish > last) { sum += finish - last; last = finish; }
  }
  return sum / 1000;
}
