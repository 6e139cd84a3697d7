// versus.js — the embed loader. One <script type="module"> tag per page,
// however many <versus-card> elements it has: they share one wasm instance.
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
const reserve = new CSSStyleSheet();
reserve.replaceSync(`
  versus-card { display: flow-root; clear: both; margin: var(--versus-margin, 32px 0); }
  versus-card:not([data-versus-settled]) { min-height: var(--versus-reserve-height, 100svh); }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserve];

// Fetch the wasm and the glue in parallel; start the module once both are here.
const wasm = fetch(new URL('versus-card_bg.wasm', import.meta.url));
// A failed fetch is handled through `ready` below; this only stops the browser
// from calling it unhandled when it fails before the glue has arrived.
wasm.catch(() => {});
const ready = import('./versus-card.js').then(async (glue) => {
  await glue.default({ module_or_path: wasm });
  return glue;
});

// Releases the reserved room at once when the card fills it, otherwise only
// once the card is wholly out of sight: a shift nobody can see is no shift.
function settleWhenOutOfSight(card) {
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
  static observedAttributes = ['preset', 'theme', 'priorities', 'compact', 'src', 'inherit-font', 'share-key'];

  connectedCallback() {
    ready
      .then((card) => {
        if (!this.isConnected) return;
        card.mount(this, folder);
        settleWhenOutOfSight(this);
      })
      .catch((error) => {
        // The light-DOM fallback stays visible; say why in the console only.
        console.warn('versus: the card could not start', error);
        this.setAttribute('data-versus-settled', '');
      });
  }

  disconnectedCallback() {
    ready.then((card) => card.unmount(this)).catch(() => {});
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after) ready.then((card) => card.attribute_changed(this)).catch(() => {});
  }
}

if (!customElements.get('versus-card')) customElements.define('versus-card', VersusCard);
