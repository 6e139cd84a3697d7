// `import { renderFallback, renderCard } from 'versus-card/render'`: the
// static fallback of a comparison (the whole comparison as plain HTML, for
// feeds, email and readers without scripts), and the whole <versus-card>
// with the card rendered into it (shown with the page's first paint, then
// hydrated), or with the fallback alone inside (renderElement), made at
// build time by the same code as the card and `npx versus-card render
// [--card | --element]`, compiled to wasm: the one writer of the element
// (the card crate's src/embed.rs), which checks every attribute against
// the element's list. For the
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
  const args = [];
  if (preset) args.push('--preset', String(preset));
  if (priorities) args.push('--priorities', String(priorities));
  return render(file, args);
}

/**
 * The command line's options for the element: `src`, `preset`,
 * `priorities`, `theme` and `compact` as its own options, and each of
 * `attributes` ({ name: value }) as `--attribute NAME=VALUE` (`true`: the
 * name alone; an empty, `false` or missing value: not at all), which the
 * command checks against the element's list (src/ui/element.rs) and
 * refuses with a message naming it.
 */
function elementArgs(file, { src, preset, priorities, theme, compact, attributes = {} }) {
  const args = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    if (name.includes('=')) throw new VersusRenderError(`${file}: "${name}" is not an attribute name`);
    args.push('--attribute', value === true ? name : `${name}=${value}`);
  }
  if (src) args.push('--src', String(src));
  if (preset) args.push('--preset', String(preset));
  if (priorities) args.push('--priorities', String(priorities));
  if (theme) args.push('--theme', String(theme));
  if (compact) args.push('--compact');
  return args;
}

/** Runs `versus render FILE ARGS…`; its output, or throws its message. */
function render(file, args) {
  const outcome = runCommandLine(['render', String(file), ...args]);
  if (outcome.code !== 0) throw new VersusRenderError(outcome.stderr.trim());
  return outcome.stdout;
}

/**
 * The whole `<versus-card>` element for the comparison in `file`: the card
 * rendered into a declarative shadow root (shown before any script runs,
 * then hydrated by the card), and the static fallback after it, as
 * `npx versus-card render FILE --card` prints it. `src` is the address the
 * page loads the comparison from (without it the JSON goes inside the
 * element); `preset`, `priorities`, `theme` and `compact` are the card's
 * attributes, and `attributes` any others the element documents, such as
 * `{ id: 'tea', loading: 'lazy', 'inherit-font': true }`, written first.
 * Load the card with `<script type="module" src=".../versus.js" async>`.
 * Throws a VersusRenderError as renderFallback does, and for an attribute
 * the element does not have or a value it does not take.
 */
export function renderCard(file, options = {}) {
  return render(file, ['--card', ...elementArgs(file, options)]);
}

/**
 * The `<versus-card>` element for the comparison in `file` with its
 * attributes (as renderCard takes them) and the static fallback inside, but
 * no rendered card, as `npx versus-card render FILE --element` prints it:
 * the card starts when its loader runs. Throws as renderCard does.
 */
export function renderElement(file, options = {}) {
  return render(file, ['--element', ...elementArgs(file, options)]);
}
