// Vite's dev server pre-bundles dependencies into node_modules/.vite/deps,
// away from the files next to them; versus-card finds its wasm next to
// versus.js, so it is served as it is. (Vite 8 needs no setting; the built
// site needs none with either.) docs/embedding.md, "Bundlers".
export default {
  optimizeDeps: { exclude: ['versus-card'] },
};
