// The packed versus-card tarball (make release), installed with npm into a
// new project as a blogger's site or app would: for the browser tests that
// use the package rather than the repository's build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The card crate's version, as make release names the tarball. */
export const version = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms.exec(readFileSync('Cargo.toml', 'utf8'))?.[1];

/** The tarball's path; throws, saying what to run, when it has not been made. */
export function tarball(): string {
  const path = resolve(`release/versus-card-${version}.tgz`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run make release (make test does) first`);
  return path;
}

/** A new project (with `packageJson`) that has the tarball installed; its folder. */
export function installInto(prefix: string, packageJson: object = { name: prefix, private: true }): string {
  const project = mkdtempSync(join(tmpdir(), `${prefix}-`));
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(packageJson)}\n`);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball()], { cwd: project });
  return project;
}
