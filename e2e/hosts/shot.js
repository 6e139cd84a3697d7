// Sizes the iframe of shot.html from its query: ?width=375&theme=dark.
const params = new URLSearchParams(location.search);
const frame = document.getElementById('shot');
frame.style.width = `${Number(params.get('width')) || 375}px`;
frame.src = `/sub/versus/embed.html?theme=${encodeURIComponent(params.get('theme') ?? 'light')}`;
