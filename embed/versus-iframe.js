// versus-iframe.js — optional, for pages that embed the card as an iframe.
// Include it once: <script src=".../versus-iframe.js" defer></script>
// Each versus iframe then takes the height of the card inside it.
// A frame reports its height whenever it changes, and again when asked: a
// frame that loaded before this script ran has already reported once.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'versus:resize' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.max(0, Math.min(data.height, 20000))}px`;
      // The frame is sized to its card now: it needs no scrollbar of its own.
      event.source.postMessage({ type: 'versus:sized' }, '*');
    }
  }
});
for (const frame of document.querySelectorAll('iframe')) {
  frame.contentWindow?.postMessage({ type: 'versus:height?' }, '*');
}
