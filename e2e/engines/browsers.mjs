// The three engines behind one small page interface, so that every scenario
// (scenarios.mjs) is written once and run in each:
//   chromium  Debian's Chromium, driven by puppeteer-core over CDP
//   firefox   Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser, driven by selenium-webdriver through
//             WebKitWebDriver, in an Xvfb display
// Playwright (the Chromium-only suite) cannot drive these Firefox and WebKit
// builds: it needs browsers of its own, which cannot be downloaded here.
//
// A page offers what a reader does (click, keys, typing, reload) and what a
// test reads (evaluate a function in the page, wait for a condition, take a
// screenshot of the whole page). Elements are found by a function that runs in the page and
// returns the element, so shadow roots are crossed the same way everywhere.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';
import { coloursOfPng } from '../pixels.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

// Each engine's binary: the one its variable names, or the first of the
// places Debian's package puts it.
const BINARIES = {
  chromium: { variable: 'VERSUS_CHROMIUM', name: 'Chromium', apt: 'chromium', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] },
  firefox: { variable: 'VERSUS_FIREFOX', name: 'Firefox', apt: 'firefox-esr', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
  webkit: { variable: 'VERSUS_MINIBROWSER', name: 'WebKitGTK\'s MiniBrowser', apt: 'webkit2gtk-driver xvfb xdotool', paths: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'] },
};
const binary = ({ variable, paths }) => process.env[variable] || paths.find((p) => existsSync(p));
const CHROMIUM = binary(BINARIES.chromium);
const FIREFOX = binary(BINARIES.firefox);
const MINIBROWSER = binary(BINARIES.webkit);

/** How long a condition may take to come true before the test fails. */
export const WAIT_MS = 15_000;

/** What the engine needs that this machine lacks, and how to install it;
 *  null when it has everything. `scripts/setup.sh --test` (which `make
 *  test` runs first) installs all of it on Debian. */
export function missingFor(engine) {
  const install = (apt) => `install it with scripts/setup.sh --test, or apt-get install ${apt}`;
  const spec = BINARIES[engine];
  if (!spec) throw new Error(`no engine ${engine} (the engines: ${ENGINES.join(', ')})`);
  const chosen = process.env[spec.variable];
  if (chosen && !existsSync(chosen)) return `${spec.name} at ${spec.variable}=${chosen}, which does not exist (${install(spec.apt)}, or point ${spec.variable} at the binary)`;
  if (!binary(spec)) return `${spec.name}, not found at ${spec.paths.join(' or ')} (${install(spec.apt)}, or set ${spec.variable} to the binary)`;
  if (engine !== 'webkit') return null;
  if (!onPath('WebKitWebDriver')) return `WebKitWebDriver, not found on PATH (${install('webkit2gtk-driver')})`;
  if (!process.env.DISPLAY && !onPath('Xvfb')) return `a display for WebKit: DISPLAY is unset and Xvfb is not on PATH (${install('xvfb')})`;
  if (!onPath('xdotool')) return `xdotool, which gives MiniBrowser's window the focus, not found on PATH (${install('xdotool')})`;
  return null;
}

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((dir) => existsSync(`${dir}/${command}`));
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns something truthy; fails with `what` after WAIT_MS. */
export async function until(check, what, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The whole page, shot the same way in every engine (not all of them
// capture beyond the viewport, or an element's box within it): the viewport
// grows to the page's height for the shot, keeping its width, and is put back.
async function fitted(page, shoot) {
  const [width, height, needed] = await page.evaluate(
    () => [window.innerWidth, window.innerHeight, Math.ceil(document.documentElement.scrollHeight)],
  );
  if (needed <= height) return shoot();
  await page.setViewport(width, needed);
  // Drawn at the new size before the shot: two frames after the resize.
  await until(() => page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(() => drawn(true))))), 'a frame at the new size');
  try {
    return await shoot();
  } finally {
    await page.setViewport(width, height);
  }
}

/** "Ctrl+z" as its modifier and key: ['Ctrl', 'z']; "Tab" as [null, 'Tab']. */
function keyParts(key) {
  return key.includes('+') ? key.split('+') : [null, key];
}

/** What both drivers' pages do alike. */
class EnginePage {
  /** Clicks the element `fn` finds, at its centre once in view, as a reader would. */
  async click(fn, ...args) {
    const element = await this.find(fn, ...args);
    await element.click();
  }

  /** What the element `fn` finds looks like: the colour covering most of
   *  it, and the share of it the other colours cover (e2e/pixels.mjs),
   *  counted in this page from a screenshot of it. */
  async colours(fn, ...args) {
    return this.coloursOfPart(fn, null, ...args);
  }

  /** The same for the part of it at its start, centred ({ width, height }): a switch's track. */
  async coloursOfPart(fn, part, ...args) {
    const base64 = Buffer.from(await this.shotOf(fn, ...args)).toString('base64');
    return this.evaluate(coloursOfPng, { base64, part });
  }
}

// ---------------------------------------------------------------- puppeteer

class PuppeteerPage extends EnginePage {
  constructor(page, engine) {
    super();
    this.page = page;
    this.engine = engine;
  }

  async goto(url) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }

  async url() {
    return this.page.url();
  }

  async evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  async find(fn, ...args) {
    const handle = await this.page.evaluateHandle(fn, ...args);
    const element = handle.asElement();
    if (!element) throw new Error(`no element for ${fn} with ${JSON.stringify(args)}`);
    return element;
  }

  /** Picks `value` in the select `fn` finds, as puppeteer does for a
   *  reader: the option is selected and the select fires input and change. */
  async select(fn, value, ...args) {
    await (await this.find(fn, ...args)).select(value);
  }

  async press(key) {
    const [modifier, name] = keyParts(key);
    if (modifier) await this.page.keyboard.down(modifier === 'Ctrl' ? 'Control' : modifier);
    await this.page.keyboard.press(name === 'Space' ? ' ' : name);
    if (modifier) await this.page.keyboard.up(modifier === 'Ctrl' ? 'Control' : modifier);
  }

  async type(text) {
    await this.page.keyboard.type(text);
  }

  async setViewport(width, height) {
    await this.page.setViewport({ width, height });
  }

  async screenshot(path) {
    await fitted(this, async () => writeFileSync(path, await this.page.screenshot()));
  }

  /** A PNG of the element `fn` finds, scrolled into view. */
  async shotOf(fn, ...args) {
    return (await this.find(fn, ...args)).screenshot();
  }

  async close() {
    await this.page.close();
  }
}

class PuppeteerBrowser {
  // `withoutScripts`, `inForcedColours`: for Firefox, whose BiDi cannot
  // turn scripts off or force colours for one page, another Firefox started
  // that way, on first use.
  constructor(browser, engine, { withoutScripts = null, inForcedColours = null } = {}) {
    this.browser = browser;
    this.engine = engine;
    this.withoutScripts = withoutScripts;
    this.inForcedColours = inForcedColours;
    this.scriptless = null;
    this.forced = null;
  }

  /** A page; `forcedColors`: in forced colours (as Windows High Contrast
   *  makes them), with motion reduced so that a state shows at once. */
  async newPage({ javascript = true, forcedColors = false } = {}) {
    let browser = this.browser;
    if (!javascript && this.withoutScripts) {
      this.scriptless ??= this.withoutScripts();
      browser = await this.scriptless;
    }
    if (forcedColors && this.inForcedColours) {
      this.forced ??= this.inForcedColours();
      browser = await this.forced;
    }
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    if (!javascript && !this.withoutScripts) await page.setJavaScriptEnabled(false);
    if (forcedColors && !this.inForcedColours) {
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
    }
    const wrapped = new PuppeteerPage(page, this.engine);
    const close = wrapped.close.bind(wrapped);
    wrapped.close = async () => {
      await close();
      await context.close();
    };
    return wrapped;
  }

  async close() {
    if (this.scriptless) await (await this.scriptless).close();
    if (this.forced) await (await this.forced).close();
    await this.browser.close();
  }
}

async function launchChromium() {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return new PuppeteerBrowser(browser, 'chromium');
}

async function launchFirefox() {
  const start = (prefs = {}) => puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      ...prefs,
      // A closed network: no update, telemetry or safe-browsing requests.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  return new PuppeteerBrowser(await start(), 'firefox', {
    withoutScripts: () => start({ 'javascript.enabled': false }),
    // Firefox's own forced colours: "Override the colours specified by the
    // page with your selections above: Always".
    inForcedColours: () => start({ 'browser.display.document_color_use': 2, 'ui.prefersReducedMotion': 1 }),
  });
}

// ---------------------------------------------------------------- selenium

const SELENIUM_KEYS = { Tab: Key.TAB, Space: Key.SPACE, Enter: Key.ENTER, End: Key.END, Home: Key.HOME, Backspace: Key.BACK_SPACE, ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN, Escape: Key.ESCAPE };
const SELENIUM_MODIFIERS = { Ctrl: Key.CONTROL, Shift: Key.SHIFT };

class SeleniumPage extends EnginePage {
  constructor(driver, engine, onClose) {
    super();
    this.driver = driver;
    this.engine = engine;
    this.onClose = onClose;
  }

  async goto(url) {
    await this.driver.get(url);
  }

  async reload() {
    await this.driver.navigate().refresh();
  }

  async url() {
    return this.driver.getCurrentUrl();
  }

  async evaluate(fn, ...args) {
    return this.driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
  }

  async find(fn, ...args) {
    const element = await this.evaluate(fn, ...args);
    if (!element || typeof element.click !== "function") throw new Error(`no element for ${fn} with ${JSON.stringify(args)}`);
    return element;
  }

  /** Picks `value` in the select `fn` finds: WebDriver's click on an
   *  option selects it, as a reader's pick in the list does. */
  async select(fn, value, ...args) {
    const select = await this.find(fn, ...args);
    await (await select.findElement(By.css(`option[value="${value}"]`))).click();
  }

  async press(key) {
    const [modifier, name] = keyParts(key);
    const actions = this.driver.actions({ async: true });
    if (modifier) actions.keyDown(SELENIUM_MODIFIERS[modifier]);
    if (name.length > 1 && !(name in SELENIUM_KEYS)) throw new Error(`no WebDriver key for ${name}: add it to SELENIUM_KEYS`);
    actions.sendKeys(SELENIUM_KEYS[name] ?? name);
    if (modifier) actions.keyUp(SELENIUM_MODIFIERS[modifier]);
    await actions.perform();
  }

  async type(text) {
    await this.driver.actions({ async: true }).sendKeys(text).perform();
  }

  async setViewport(width, height) {
    // The window's outer size, corrected by what the browser's own chrome
    // takes. Without a window manager (Xvfb) a resize lands a moment after
    // it is asked for, so each try waits until the size holds still, then
    // corrects by the chrome measured then (the window's rect against its
    // inner size, read together). MiniBrowser's window is never narrower
    // than 447 px: a narrower card is shown in an iframe of that width
    // (e2e/hosts/shot.html).
    const window = this.driver.manage().window();
    const inner = () => this.evaluate(() => [window.innerWidth, window.innerHeight]);
    let outer = { width, height };
    let size;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await window.setRect(outer);
      size = await inner();
      await until(async () => {
        const now = await inner();
        const still = now[0] === size[0] && now[1] === size[1];
        size = now;
        return still;
      }, 'the window to hold its size');
      // The height must be exact (a whole-page shot); the width is what the
      // window allows (447 px at least, as said above).
      if (size[1] === height && (size[0] === width || attempt > 0)) return;
      const rect = await window.getRect();
      outer = { width: rect.width + width - size[0], height: rect.height + height - size[1] };
    }
    throw new Error(`the window would not become ${height} px high inside (it is ${size.join(' × ')})`);
  }

  async screenshot(path) {
    await fitted(this, async () => writeFileSync(path, Buffer.from(await this.driver.takeScreenshot(), 'base64')));
  }

  /** A PNG of the element `fn` finds. */
  async shotOf(fn, ...args) {
    return Buffer.from(await (await this.find(fn, ...args)).takeScreenshot(true), 'base64');
  }

  async close() {
    await this.onClose();
  }
}

class WebKitBrowser {
  constructor(display) {
    this.engine = 'webkit';
    this.display = display;
    this.drivers = [];
  }

  // One WebKitWebDriver and MiniBrowser per page: a WebDriver session is a
  // browser of its own, as a browser context is for puppeteer.
  async newPage({ javascript = true, forcedColors = false } = {}) {
    if (forcedColors) throw new Error('WebKitGTK has no forced colours mode (Safari neither): such a scenario names its engines');
    const port = await freePort();
    const env = { ...process.env, DISPLAY: this.display };
    const server = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
    const stopServer = () => server.kill();
    const windows = () => {
      try {
        return execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'MiniBrowser'], { env }).toString().trim().split('\n');
      } catch {
        return []; // xdotool exits 1 when it finds none
      }
    };
    const existing = new Set(windows());
    try {
      const driver = await until(async () => {
        const args = ['--automation'];
        if (!javascript) args.push('--enable-javascript=false');
        return new Builder()
          .usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } })
          .build();
      }, 'WebKitWebDriver to start a MiniBrowser session');
      await driver.manage().setTimeouts({ script: WAIT_MS, pageLoad: 30_000 });
      // Xvfb has no window manager to give the new window the keyboard
      // focus, and without it the page never has focus (no :focus, no
      // :focus-visible, as in a background window): give it, as a reader's
      // desktop would.
      const window = await until(() => windows().find((id) => !existing.has(id)), 'MiniBrowser\'s window');
      execFileSync('xdotool', ['windowfocus', '--sync', window], { env });
      const page = new SeleniumPage(driver, 'webkit', async () => {
        await driver.quit().catch(() => {});
        stopServer();
      });
      return page;
    } catch (error) {
      stopServer();
      throw error;
    }
  }

  async close() {
    this.xvfb?.kill();
  }
}

async function launchWebKit() {
  let display = process.env.DISPLAY;
  let xvfb = null;
  if (!display) {
    // Xvfb picks a free display number itself and prints it.
    xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1600x4000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const number = await new Promise((resolve, reject) => {
      xvfb.stdout.once('data', (data) => resolve(String(data).trim()));
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    });
    display = `:${number}`;
  }
  const browser = new WebKitBrowser(display);
  browser.xvfb = xvfb;
  return browser;
}

/** Starts an engine: an object with newPage({ javascript }) and close(). */
export async function launch(engine) {
  if (engine === 'chromium') return launchChromium();
  if (engine === 'firefox') return launchFirefox();
  if (engine === 'webkit') return launchWebKit();
  throw new Error(`unknown engine ${engine}`);
}

export { Key };
