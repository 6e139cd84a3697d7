// The host page's own script: proves the page keeps working whatever a card does.
const output = document.getElementById('counted');
document.getElementById('count').addEventListener('click', () => {
  output.value = String(Number(output.value) + 1);
});
