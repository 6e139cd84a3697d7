// versus.js — the embed loader. One <script type="module"> tag per page,
// however many <versus-card> elements it has. The wasm is downloaded and
// compiled once; each card gets its own instance of it, so that a bug that
// stops one card (a Rust panic traps its instance) cannot reach the others.
//
// Every URL is resolved against this file's own URL, so the folder works from
// any subfolder or another origin. No eval, no inline script, no requests
// beyond the card's own files (and a comparison's `src`, if an author gives one).
//
// This file is tiny and imports nothing statically, so `blocking="render"` on
// its script tag holds the first paint only for these few lines: long enough
// to reserve room for each card, so the page never jumps when a card appears.

const folder = new URL('./', import.meta.url).href;

// The box matches the mounted card's (see :host in card.css), so mounting
// moves nothing. Until a card has mounted and settled, it keeps one screen of
// room (or --versus-reserve-height).
// Browsers without constructable stylesheets (before 2023) reserve no room:
// the card still starts, the page may shift once.
try {
  const reserve = new CSSStyleSheet();
  reserve.replaceSync(`
    versus-card { display: flow-root; clear: both; margin: var(--versus-margin, 32px 0); }
    versus-card:not([data-versus-settled]) { min-height: var(--versus-reserve-height, 100svh); }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserve];
} catch {
  // No reserved room; nothing else depends on it.
}

// The wasm is fetched and compiled once per page, when the first card starts
// (at once for an eager card, near the viewport for a lazy one), so a page
// whose only card is lazy and far down pays for this loader alone.
let compiledOnce = null;
function compiled() {
  if (!compiledOnce) {
    compiledOnce = fetch(new URL('versus-card_bg.wasm', import.meta.url)).then(async (response) => {
      if (!response.ok) throw new Error(`versus-card_bg.wasm: HTTP ${response.status}`);
      // compileStreaming needs the application/wasm type, which some hosts forget.
      const type = response.headers.get('Content-Type') ?? '';
      return type.startsWith('application/wasm')
        ? WebAssembly.compileStreaming(response)
        : WebAssembly.compile(await response.arrayBuffer());
    });
    // A failure is handled where an instance is started; this only stops the
    // browser from calling it unhandled when it fails before the glue arrives.
    compiledOnce.catch(() => {});
  }
  return compiledOnce;
}

// Instances whose card left the page, ready for the next card, so a page
// that adds and removes cards does not pile up memory.
const spare = [];
let started = 0;

// A new instance: its own copy of the glue module (an ES module runs once
// per URL, hence the query) around its own instance of the compiled wasm.
async function startInstance() {
  const n = started++;
  const wasm = compiled(); // fetch and compile while the glue loads
  const glue = await import(n === 0 ? './versus-card.js' : `./versus-card.js?instance=${n}`);
  await glue.default({ module_or_path: await wasm });
  return glue;
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
    const natural = card.shadowRoot?.firstElementChild?.getBoundingClientRect().height ?? 0;
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
    this.#instance ??= spare.pop() ?? startInstance();
    this.#instance
      .then((card) => {
        if (!this.isConnected) return;
        card.mount(this);
        settleWhenOutOfSight(this);
      })
      .catch((error) => {
        // The light-DOM fallback (or the card's own error box) stays visible;
        // say why in the console only.
        console.warn('versus: the card could not start', error);
        this.setAttribute('data-versus-settled', '');
      });
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
  // while the card has not started.
  async embedSnippet(loader) {
    if (!this.#instance) return null;
    const card = await this.#instance;
    return card.embed_snippet(this, String(loader));
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
