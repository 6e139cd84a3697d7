// The demo page's "Embed this card" panel: the two lines that reproduce the
// card above as the reader has set it (preset, priorities, theme), as the
// card's own embedSnippet() writes them.
//
// Demo chrome, not part of the card: it lives here so that no blog using the
// card downloads it. It only uses the card's public API, as any page could:
// the `versus-change` event and the element's `embedSnippet()`.

const card = document.querySelector('versus-card[data-demo-card]');
const panel = document.querySelector('[data-testid=embed-panel]');

if (card && panel) {
  const snippet = panel.querySelector('textarea');
  const copy = panel.querySelector('button');
  const status = panel.querySelector('[role=status]');
  const loader = new URL('versus.js', document.baseURI).href;
  // The card writes the snippet itself (the one writer, shared with the
  // editor's Publish): this page only shows it.
  const show = async () => {
    const text = await card.embedSnippet(loader);
    if (text !== null && snippet.value !== text) {
      snippet.value = text;
      status.textContent = '';
    }
  };
  // The snippet is written only while the panel is open (and when it
  // opens): a reader's click then costs the page nothing outside the card.
  const showIfOpen = () => {
    if (panel.open) show();
  };
  card.addEventListener('versus-change', () => {
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
