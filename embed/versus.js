// versus.js — the embed loader. One <script type="module"> tag per page,
// however many <versus-card> elements it has. The wasm is downloaded and
// compiled once; each card gets its own instance of it, so that a bug that
// stops one card (a Rust panic traps its instance) cannot reach the others.
//
// The card's glue comes from versus-card.js as a factory of instances. The
// release build (scripts/post-build.mjs) writes it into this file, and with
// it the SHA-384 of the wasm (INTEGRITY), which the browser checks before
// compiling a byte of it: so the one `integrity` attribute on this file's
// script tag pins every byte the card runs, from a CDN too. A bundler
// follows the same two references (the import below and the wasm's
// `new URL(…, import.meta.url)`).
//
// The wasm is found next to this file, or in the folder a page names with
// <meta name="versus-card-folder" content="URL/"> (for a CDN that rewrites
// module URLs). No eval, no inline script, no requests beyond the card's own
// files (and a comparison's `src`, if an author gives one).
//
// `blocking="render"` on its script tag holds the first paint for this file:
// long enough to reserve room for each card, so the page never jumps when a
// card appears. A page whose cards are rendered into its HTML (versus render
// --card) needs no such hold: its tag is `async`, so the wasm downloads
// while the page is still parsed and painted.
import { createVersusCard } from './versus-card.js';

// Written by the release build: the hash of versus-card_bg.wasm. null in a
// debug build (trunk serve), which is never pinned.
const INTEGRITY = null;

// Where the wasm is: next to this file, unless the page says otherwise.
function wasmUrl() {
  const folder = document.querySelector('meta[name="versus-card-folder"]')?.content;
  if (folder) {
    try {
      return new URL('versus-card_bg.wasm', new URL(folder.endsWith('/') ? folder : `${folder}/`, document.baseURI)).href;
    } catch {
      // Not a URL: say so below, where the fetch fails.
    }
  }
  return new URL('./versus-card_bg.wasm', import.meta.url).href;
}

// The box matches the mounted card's (see :host in card.css), so mounting
// moves nothing. Until a card has mounted and settled, it keeps one screen of
// room (or --versus-reserve-height), unless the page's HTML holds the card
// already rendered (versus render --card), which needs no room kept for it.
// Browsers without constructable stylesheets reserve no room, and keep the
// fallback (missingFeature below).
try {
  const reserve = new CSSStyleSheet();
  reserve.replaceSync(`
    versus-card { display: flow-root; clear: both; margin: var(--versus-margin, 32px 0); }
    versus-card:not([data-versus-settled], [data-versus-rendered]) { min-height: var(--versus-reserve-height, 100svh); }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserve];
} catch {
  // No reserved room; nothing else depends on it.
}

/** Why the card could not start, for the blogger, naming the file and the fix. */
class StartFailure extends Error {}

// The oldest browsers the card runs in (README, "Browsers"): what sets the
// floor is CSS light-dark(), the card's colours in both themes.
const SUPPORTED = 'Chrome and Edge 123, Firefox 120, Safari 17.5 or later';

// What the card cannot do without, asked of the browser itself. An older
// browser (Safari 15 and 16 on older iPhones among them) keeps the
// comparison as plain content, the fallback, instead of a card without
// colours or layout; the WebAssembly it cannot compile is never fetched.
// Asked once per page, however many cards start.
let missing;
function missingFeature() {
  missing ??= { feature: firstMissingFeature() };
  return missing.feature;
}

function firstMissingFeature() {
  const css = (property, value) => typeof CSS === 'object' && typeof CSS.supports === 'function' && CSS.supports(property, value);
  if (!css('color', 'light-dark(#000, #fff)')) return 'CSS light-dark()';
  if (!css('container-type', 'inline-size')) return 'CSS container queries';
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in Document.prototype) || !('replaceSync' in CSSStyleSheet.prototype)) return 'constructable stylesheets';
  if (typeof WebAssembly !== 'object') return 'WebAssembly';
  return null;
}

// The wasm is fetched and compiled once per page, when the first card starts
// (at once for an eager card, near the viewport for a lazy one), so a page
// whose only card is lazy and far down pays for this loader alone.
let compiledOnce = null;
function compiled() {
  if (!compiledOnce) {
    const url = wasmUrl();
    const fix = 'Serve the release files side by side as they are in the package, or name their folder with <meta name="versus-card-folder" content="URL/"> (docs/embedding.md, "Serving from another origin").';
    compiledOnce = fetch(url, INTEGRITY ? { integrity: INTEGRITY } : {})
      .catch((error) => {
        throw new StartFailure(
          INTEGRITY && error instanceof TypeError
            ? `versus: ${url} could not be loaded, or it is not the file this versus.js was released with (the integrity check refused it), so none of it ran. ${fix} If the file is there, reinstall the release files or check what your CDN serves. (${error.message})`
            : `versus: ${url} could not be loaded (${error.message}). ${fix}`,
        );
      })
      .then(async (response) => {
        if (!response.ok) throw new StartFailure(`versus: ${url} answered HTTP ${response.status}. ${fix}`);
        // compileStreaming needs the application/wasm type, which some hosts forget.
        const type = response.headers.get('Content-Type') ?? '';
        return type.startsWith('application/wasm')
          ? WebAssembly.compileStreaming(response)
          : WebAssembly.compile(await response.arrayBuffer());
      })
      .catch((error) => {
        if (!(error instanceof WebAssembly.CompileError)) throw error;
        // An engine without one of the WebAssembly features the build uses
        // (README, "Browsers"), or a damaged file where nothing pins it.
        throw new StartFailure(`versus: this browser could not compile ${url} (${error.message}). The card runs in ${SUPPORTED}; older browsers show the comparison as plain content. If this browser is one of those, the file is damaged: reinstall the release files.`);
      });
    // A failure is handled where an instance is started; this only stops the
    // browser from calling it unhandled when it fails before a card asks.
    compiledOnce.catch(() => {});
  }
  return compiledOnce;
}

// A page's first Intl.NumberFormat loads the browser's locale data, on the
// main thread: 30 to 90 ms in Chromium on the bench machine, against 2 ms
// for every one after it. The card's first render asks for one (the
// comparison's decimal separator). A card rendered into the page's HTML is
// on the screen already; its loader runs after the first paint, and the
// wasm download it starts leaves the main thread idle: made then, once, the
// locale data no longer delays the card's start. The wait is long on a slow
// connection: with 1.6 Mbit/s and 150 ms of latency the card's own
// NumberFormat then costs 0.3 ms instead of 25 ms at CPU 1x (3 instead of
// 56 ms at 4x). On a fast one the wasm is often compiled before the main
// thread is idle; the card then pays as it would without this, and the
// warm-up, coming after, costs 1 ms. Only for rendered cards: a card the
// wasm draws usually has its wasm by the time the page is painted, and the
// warm-up would take the main thread just when the card could start (4 to
// 7 % later; see docs/performance.md, "Tried and not kept").
let warmed = false;
function warmNumberFormatsWhileWaiting() {
  if (warmed) return;
  warmed = true;
  const warm = () => {
    try {
      new Intl.NumberFormat(document.documentElement.lang || undefined);
    } catch {
      // No Intl, or a language tag it refuses: the card asks again and copes.
    }
  };
  const whenIdle = typeof requestIdleCallback === 'function' ? () => requestIdleCallback(warm, { timeout: 500 }) : warm;
  requestAnimationFrame(() => setTimeout(whenIdle, 0));
}

// Instances whose card left the page, ready for the next card, so a page
// that adds and removes cards does not pile up memory.
const spare = [];

// A new instance: a fresh copy of the glue around its own instance of the
// compiled wasm.
async function startInstance() {
  const glue = createVersusCard();
  await glue.init({ module_or_path: await compiled() });
  return glue;
}

// The console hears why once per page, however many cards could not start.
let failureReported = false;

// A card that cannot start keeps its fallback (the light DOM, shown through
// a slot) under one line that says so, instead of an empty box. A card the
// page's HTML holds rendered keeps showing it, its controls inert.
function showStartFailure(card, error) {
  if (!failureReported) {
    failureReported = true;
    console.error(error instanceof StartFailure ? error.message : `versus: the card could not start: ${error}`);
  }
  card.setAttribute('data-versus-failed', '');
  card.setAttribute('data-versus-settled', '');
  if (card.shadowRoot) return;
  try {
    const root = card.attachShadow({ mode: 'open' });
    const note = document.createElement('p');
    note.setAttribute('part', 'start-failure');
    note.setAttribute('role', 'status');
    note.textContent = 'The interactive card could not start.';
    root.append(note, document.createElement('slot'));
  } catch {
    // An element that already has a shadow root keeps what it shows.
  }
}

// Calls `start` once the card comes within about one screen of the viewport
// (`loading="lazy"`, as for images and iframes). Returns a function that
// cancels the wait.
function whenNear(card, start) {
  if (typeof IntersectionObserver !== 'function') {
    start();
    return () => {};
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    start();
  }, { rootMargin: '100% 0px' });
  observer.observe(card);
  return () => observer.disconnect();
}

// Releases the reserved room at once when the card fills it, otherwise only
// once the card is wholly out of sight: a shift nobody can see is no shift.
function settleWhenOutOfSight(card) {
  if (typeof IntersectionObserver !== 'function') {
    card.setAttribute('data-versus-settled', '');
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1];
    const reserved = entry.boundingClientRect.height;
    const natural = card.shadowRoot?.querySelector('.versus-root')?.getBoundingClientRect().height ?? 0;
    if (natural >= reserved - 1 || !entry.isIntersecting) {
      card.setAttribute('data-versus-settled', '');
      observer.disconnect();
    }
  });
  observer.observe(card);
}

class VersusCard extends HTMLElement {
  static observedAttributes = ['preset', 'theme', 'priorities', 'compact', 'src', 'inherit-font', 'share-key', 'id', 'loading'];

  #instance = null;
  #cancelWait = null;

  connectedCallback() {
    // A card the HTML holds rendered (versus render --card) can only be
    // hydrated once its whole content is parsed; with an `async` loader
    // this runs at its start tag. The wasm is fetched and compiled
    // meanwhile, so the card comes alive as soon as the page is parsed.
    const eagerRendered = !this.#instance && this.hasAttribute('data-versus-rendered') && this.getAttribute('loading') !== 'lazy';
    if (eagerRendered) warmNumberFormatsWhileWaiting();
    if (eagerRendered && document.readyState === 'loading') {
      if (!missingFeature()) compiled();
      document.addEventListener('DOMContentLoaded', () => {
        if (this.isConnected) this.connectedCallback();
      }, { once: true });
      return;
    }
    if (!this.#instance && this.getAttribute('loading') === 'lazy') {
      this.#cancelWait ??= whenNear(this, () => {
        if (this.isConnected) this.#start();
      });
      return;
    }
    this.#start();
  }

  #start() {
    this.#cancelWait?.();
    this.#cancelWait = null;
    const missing = missingFeature();
    if (missing) {
      showStartFailure(this, new StartFailure(`versus: this browser has no ${missing}, which the card needs: it runs in ${SUPPORTED}. Readers here see the comparison as plain content.`));
      return;
    }
    this.#instance ??= spare.pop() ?? startInstance();
    this.#instance
      .then((card) => {
        if (!this.isConnected) return;
        card.mount(this);
        settleWhenOutOfSight(this);
      })
      .catch((error) => showStartFailure(this, error));
  }

  disconnectedCallback() {
    this.#cancelWait?.();
    this.#cancelWait = null;
    const instance = this.#instance;
    if (!instance) return;
    // Kept for a quick move within the page; otherwise it becomes a spare.
    queueMicrotask(() => {
      if (this.isConnected || this.#instance !== instance) return;
      this.#instance = null;
      instance
        .then((card) => {
          card.unmount(this);
          if (!this.hasAttribute('data-versus-failed')) spare.push(instance);
        })
        .catch(() => {});
    });
  }

  // The two lines that give a blog this card as the reader has set it
  // (preset, priorities, theme), loading the card from `loader`; null
  // while the card has not started, or when it could not.
  async embedSnippet(loader) {
    if (!this.#instance) return null;
    try {
      const card = await this.#instance;
      return card.embed_snippet(this, String(loader));
    } catch {
      // A card that could not start has said so already.
      return null;
    }
  }

  attributeChangedCallback(name, before, after) {
    if (name === 'loading') {
      // A lazy card that a script makes eager starts now.
      if (after !== 'lazy' && this.#cancelWait && this.isConnected) this.#start();
      return;
    }
    if (before === after || !this.#instance) return;
    this.#instance.then((card) => card.attribute_changed(this)).catch(() => {});
  }
}

if (!customElements.get('versus-card')) customElements.define('versus-card', VersusCard);
