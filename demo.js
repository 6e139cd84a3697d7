// The demo page's "Embed this card" panel: the two lines that reproduce the
// card above as the reader has set it (preset, priorities, theme).
//
// Demo chrome, not part of the card: it lives here so that no blog using the
// card downloads it. It only listens to the card's public `versus-change`
// event, like any page could.

const card = document.querySelector('versus-card[data-demo-card]');
const panel = document.querySelector('[data-testid=embed-panel]');

/** The snippet for a card whose `versus-change` state is `state` (null for
 *  the defaults), in `theme`, loaded from `loader` (the URL of versus.js). */
export function embedSnippet(state, theme, loader) {
  let attributes = '';
  const parts = state ? state.split(',') : [];
  const preset = parts.find((part) => part.startsWith('preset:'));
  if (preset) attributes += ` preset="${preset.slice('preset:'.length)}"`;
  // A state with more than its preset means the reader customised it.
  const priorities = parts.filter((part) => !part.startsWith('preset:'));
  if (priorities.length) attributes += ` priorities="${priorities.join(',')}"`;
  const chosen = (theme ?? '').trim().toLowerCase();
  if (chosen === 'light' || chosen === 'dark') attributes += ` theme="${chosen}"`;
  return `<script type="module" src="${loader}" blocking="render"></script>\n<versus-card${attributes}></versus-card>`;
}

if (card && panel) {
  const snippet = panel.querySelector('textarea');
  const copy = panel.querySelector('button');
  const status = panel.querySelector('[role=status]');
  const loader = new URL('versus.js', document.baseURI).href;
  let state = null;
  const show = () => {
    const text = embedSnippet(state, card.getAttribute('theme'), loader);
    if (snippet.value !== text) {
      snippet.value = text;
      status.textContent = '';
    }
  };
  // The snippet is written only while the panel is open (and when it
  // opens): a reader's click then costs the page nothing outside the card.
  const showIfOpen = () => {
    if (panel.open) show();
  };
  card.addEventListener('versus-change', (event) => {
    state = event.detail?.state ?? null;
    showIfOpen();
    // Shown with the card's first render rather than at once: one layout of
    // the page instead of two while the card is starting.
    panel.hidden = false;
  });
  panel.addEventListener('toggle', showIfOpen);
  new MutationObserver(showIfOpen).observe(card, { attributes: true, attributeFilter: ['theme'] });
  copy.addEventListener('click', async () => {
    const text = snippet.value;
    try {
      await navigator.clipboard.writeText(text);
      if (snippet.value === text) status.textContent = 'Snippet copied';
    } catch {
      snippet.select();
      status.textContent = 'Copying was blocked: the snippet is selected, copy it by hand.';
    }
  });
  show();
}
