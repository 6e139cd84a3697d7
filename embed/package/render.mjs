// `import { renderFallback, renderCard } from 'versus-card/render'`: the
// static fallback of a comparison (the whole comparison as plain HTML, for
// feeds, email and readers without scripts), and the whole <versus-card>
// with the card rendered into it (shown with the page's first paint, then
// hydrated), made at build time by the same code as the card and
// `npx versus-card render [--card]`, compiled to wasm. For the
// platform integrations (versus-card/eleventy, versus-card/astro) and any
// build script.
import { readFileSync } from 'node:fs';
import { initSync, run } from './cli/versus_node.js';

let ready = false;

// Node's words for a file it cannot read, as the native command says them.
const OS_ERRORS = {
  ENOENT: 'No such file or directory (os error 2)',
  EACCES: 'Permission denied (os error 13)',
  EISDIR: 'Is a directory (os error 21)',
};

/** A file's text (`-`: standard input), or throws why not, as the native command says it. */
function read(file) {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw `${file}: cannot read it: ${OS_ERRORS[error.code] ?? error.message}`;
  }
}

/** Runs the command line (`args` without the program's name): { stdout, stderr, code }. */
export function runCommandLine(args) {
  if (!ready) {
    initSync({ module: readFileSync(new URL('./cli/versus_node_bg.wasm', import.meta.url)) });
    ready = true;
  }
  return run(['versus', ...args], read);
}

/** A comparison that cannot be rendered: the message names the file, line and column. */
export class VersusRenderError extends Error {
  constructor(message) {
    super(message);
    this.name = 'VersusRenderError';
  }
}

/**
 * The fallback HTML of the comparison in `file` (a path), as the author's
 * defaults give it, or as `preset` (a use case's id) or `priorities`
 * ("speed,ml:high") do. Throws a VersusRenderError with the command line's
 * own message for a missing, broken or invalid file, or an unknown preset.
 */
export function renderFallback(file, { preset, priorities } = {}) {
  const args = ['render', String(file)];
  if (preset) args.push('--preset', String(preset));
  if (priorities) args.push('--priorities', String(priorities));
  const outcome = runCommandLine(args);
  if (outcome.code !== 0) throw new VersusRenderError(outcome.stderr.trim());
  return outcome.stdout;
}

/**
 * `attributes` ({ name: value }) as they go in a start tag, each after a
 * space: values escaped, `true` as the name alone, and an empty, `false` or
 * missing value not at all. A name that is not one throws a
 * VersusRenderError that starts with `where`.
 */
export function attributesText(attributes, where) {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new VersusRenderError(`${where}: "${name}" is not an attribute name`);
    if (value === undefined || value === null || value === false || value === '') continue;
    const escaped = String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    text += value === true ? ` ${name}` : ` ${name}="${escaped}"`;
  }
  return text;
}

/**
 * The whole `<versus-card>` element for the comparison in `file`: the card
 * rendered into a declarative shadow root (shown before any script runs,
 * then hydrated by the card), and the static fallback after it, as
 * `npx versus-card render FILE --card` prints it. `src` is the address the
 * page loads the comparison from (without it the JSON goes inside the
 * element); `theme` and `compact` are the card's attributes, and
 * `attributes` any others it should carry, such as `{ id: 'tea', loading:
 * 'lazy' }` (written as attributesText writes them). Load the card with
 * `<script type="module" src=".../versus.js" async>`. Throws a
 * VersusRenderError as renderFallback does.
 */
export function renderCard(file, { src, preset, priorities, theme, compact, attributes = {} } = {}) {
  const extra = attributesText(attributes, file);
  const args = ['render', String(file), '--card'];
  if (src) args.push('--src', String(src));
  if (preset) args.push('--preset', String(preset));
  if (priorities) args.push('--priorities', String(priorities));
  if (theme) args.push('--theme', String(theme));
  if (compact) args.push('--compact');
  const outcome = runCommandLine(args);
  if (outcome.code !== 0) throw new VersusRenderError(outcome.stderr.trim());
  return outcome.stdout.replace(/^<versus-card/, `<versus-card${extra}`);
}
