// Starts the editor (editor.html). A module file rather than an inline
// script, so the page runs under a strict Content-Security-Policy. It loads
// only the editor's own files from this folder: the card that readers get
// is a separate, smaller download the editor never changes.
import init from './versus-editor.js';

const loading = document.getElementById('editor-loading');
init({ module_or_path: new URL('versus-editor_bg.wasm', import.meta.url) })
  .then(() => loading?.remove())
  .catch((error) => {
    if (loading) loading.textContent = `The editor could not start in this browser: ${error}. A browser from 2023 or later is needed.`;
  });
