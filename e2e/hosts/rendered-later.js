// rendered-later.html: the loader starts when a test calls startCards(),
// after it has marked the rendered nodes, to check that hydration keeps them.
window.startCards = () => import('/sub/versus/versus.js');
