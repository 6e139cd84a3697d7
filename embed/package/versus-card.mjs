#!/usr/bin/env node
// `npx versus-card`: the versus command line on Node 18 or newer.
//
//   versus-card check FILE.json…                       the card's own messages, FILE:LINE:COLUMN: PATH: message
//   versus-card render FILE.json [--preset ID] [--priorities SPEC] [--card | --element] [--src URL] [--attribute NAME[=VALUE]]…
//                                                      the static fallback HTML; with --card the whole element, the card rendered in it;
//                                                      with --element the element with the fallback inside; any attribute of the element
//   versus-card schema                                 the format's JSON Schema
//   versus-card init DIR                               copy the card's files into DIR, print the two lines
//   versus-card init DIR --hugo | --jekyll             the files and the platform's template (docs/platforms.md)
//
// check, render and schema are the native `versus` compiled to wasm
// (crates/node): the same code, messages and exit codes. `-` reads
// standard input.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { runCommandLine } from '../render.mjs';

/** The package's folder: the browser files sit next to cli/. */
const packageFolder = new URL('..', import.meta.url);
const args = process.argv.slice(2);

/** The files a page needs, from the package folder: the package's list (scripts/release.mjs writes it into package.json). */
const BROWSER_FILES = JSON.parse(readFileSync(new URL('package.json', packageFolder), 'utf8')).versusCard.browserFiles;

/** Copies the browser files into `folder` (made if need be). */
function copyBrowserFiles(folder) {
  mkdirSync(folder, { recursive: true });
  for (const file of BROWSER_FILES) copyFileSync(new URL(file, packageFolder), join(folder, file));
}

/** `folder` as the blogger typed it: relative to where they are, with slashes. */
function shown(folder) {
  return relative(process.cwd(), folder).split(sep).join('/') || '.';
}

/** `init DIR`: the card's files copied into a site's static folder, and the lines that load them. */
function init(dir) {
  if (!dir) {
    process.stderr.write('versus-card init: name the folder to copy the card into, such as: npx versus-card init static/versus\n');
    return 2;
  }
  const target = resolve(dir);
  copyBrowserFiles(target);
  const integrity = `sha384-${createHash('sha384').update(readFileSync(join(target, 'versus.js'))).digest('base64')}`;
  // The two lines come from the card's own writer (versus snippet).
  const lines = runCommandLine(['snippet', '/versus/versus.js', '--integrity', integrity]);
  if (lines.code !== 0) {
    process.stderr.write(lines.stderr);
    return lines.code;
  }
  process.stdout.write(
    `Copied the card's ${BROWSER_FILES.length} files into ${shown(target)}.\n` +
      'Serve that folder with your site (here at /versus/, say) and put these two lines where the card goes:\n\n' +
      lines.stdout,
  );
  return 0;
}

// `init DIR --hugo` and `init DIR --jekyll`: the card's files and the
// platform's template, where that platform looks for them (docs/platforms.md).
const PLATFORMS = {
  // DIR is a theme component, such as themes/versus.
  hugo: {
    files: 'static/versus',
    templates: { 'platforms/hugo/layouts/shortcodes/versus.html': 'layouts/shortcodes/versus.html', 'platforms/hugo/theme.toml': 'theme.toml' },
    next: (path) => `Add the theme component to hugo.toml, before your theme: theme = ["${path.split('/').pop()}", "your-theme"]\n` +
      'then, in a post: {{< versus src="tea.json" preset="chat" >}} (tea.json in static/; its fallback: npx versus-card render static/tea.json > static/tea.fallback.html)\n',
  },
  // DIR is the site's folder.
  jekyll: {
    files: 'versus',
    templates: { 'platforms/jekyll/_includes/versus.html': '_includes/versus.html' },
    next: () => 'In a post: {% include versus.html src="/tea.json" fallback="tea.fallback.html" preset="chat" %}\n' +
      '(its fallback: npx versus-card render tea.json > _includes/tea.fallback.html)\n',
  },
};

function initFor(platform, dir) {
  if (!dir) {
    process.stderr.write(`versus-card init: name the folder, such as: npx versus-card init ${platform === 'hugo' ? 'themes/versus --hugo' : '. --jekyll'}\n`);
    return 2;
  }
  const { files, templates, next } = PLATFORMS[platform];
  const target = resolve(dir);
  copyBrowserFiles(join(target, files));
  for (const [from, to] of Object.entries(templates)) {
    mkdirSync(dirname(join(target, to)), { recursive: true });
    copyFileSync(new URL(from, packageFolder), join(target, to));
  }
  const path = shown(target);
  process.stdout.write(`Copied the card's files into ${path}/${files} and ${Object.values(templates).map((t) => `${path}/${t}`).join(', ')}.\n${next(resolve(dir))}`);
  return 0;
}

if (args[0] === 'init') {
  const platform = args.find((arg) => arg === '--hugo' || arg === '--jekyll')?.slice(2);
  const dir = args.slice(1).find((arg) => !arg.startsWith('--'));
  process.exitCode = platform ? initFor(platform, dir) : init(dir);
} else {
  const outcome = runCommandLine(args);
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
