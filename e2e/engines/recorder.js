// Served as /__versus-recorder.js and put first in every page's <head> by
// e2e/serve.mjs when VERSUS_RECORDER=1: the three-engine suite's way to hear
// page errors and console errors in every engine alike (WebKitWebDriver has
// no log endpoint). A classic script from the page's own origin, so the
// strict Content-Security-Policy allows it; it changes nothing the card sees
// but console.error and console.warn, which it still calls through.
(function () {
  'use strict';
  if (window.__versusProblems) return;
  const problems = [];
  window.__versusProblems = problems;
  const text = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    try {
      return typeof value === 'string' ? value : String(value);
    } catch (_) {
      return Object.prototype.toString.call(value);
    }
  };
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      problems.push(`console.${level}: ${args.map(text).join(' ')}`);
      return original.apply(this, args);
    };
  }
  // Uncaught exceptions, and (captured) elements whose file failed to load.
  window.addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) {
      problems.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
    } else if (event.target && event.target !== window) {
      const element = event.target;
      problems.push(`failed to load: <${element.localName}> ${element.src || element.href || ''}`);
    }
  }, true);
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${text(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    problems.push(`Content-Security-Policy refused ${event.blockedURI || 'inline code'} (${event.violatedDirective})`));
})();
