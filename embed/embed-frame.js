// embed-frame.js — runs inside embed.html only. Copies the page's query
// (?preset=…&theme=…&priorities=…&compact&src=…, src from this site only) onto the card, and tells the
// parent page how tall the card is, so versus-iframe.js can size the iframe.
const card = document.getElementById('card');
const query = new URLSearchParams(location.search);
// Anyone can link to this page with any ?src=, so it shows only comparisons
// from its own site: the card refuses another origin's src with its usual
// error box.
card.setAttribute('same-origin-src', '');
for (const name of ['preset', 'theme', 'priorities', 'src', 'share-key']) {
  if (query.has(name)) card.setAttribute(name, query.get(name));
}
for (const flag of ['compact', 'inherit-font']) {
  if (query.has(flag)) card.setAttribute(flag, '');
}

let last = 0;
function tellParent() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    // The height is not secret; any parent may size the frame.
    window.parent.postMessage({ type: 'versus:resize', height }, '*');
  }
}
// The parent's versus-iframe.js asks once it runs, in case it missed a report.
addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  if (event.data?.type === 'versus:height?') {
    last = 0;
    tellParent();
  }
  // The parent sizes the frame to the card: from now on the frame shows no
  // scrollbar of its own (see embed-frame.css).
  if (event.data?.type === 'versus:sized') document.documentElement.classList.add('versus-sized');
});
if (typeof ResizeObserver === 'function') {
  const observe = () => new ResizeObserver(tellParent).observe(document.documentElement);
  // The card's height, once it has started (or could not): the loader marks
  // it data-versus-settled after the card's first frame. Observed from
  // before that, WebKit now and then reported a ResizeObserver loop in the
  // rendering that first drew the card, without delivering the observation:
  // a console error for the reader (in about one run in seven of the
  // three-engine screenshots; the cause inside WebKit is not known). Without
  // a loader (it failed to load, or the browser cannot run it) there is
  // nothing to wait for.
  if (!customElements.get('versus-card') || card.hasAttribute('data-versus-settled')) {
    observe();
  } else {
    const settled = new MutationObserver(() => {
      if (!card.hasAttribute('data-versus-settled')) return;
      settled.disconnect();
      observe();
    });
    settled.observe(card, { attributes: true, attributeFilter: ['data-versus-settled'] });
  }
} else {
  // Older browsers: the height after loading, and after each resize.
  addEventListener('load', tellParent);
  addEventListener('resize', tellParent);
}
