// What a reader and an author notice, written once and run in Chromium,
// Firefox and WebKit (run.test.mjs). Each scenario gets a context:
//   page            the engine's page (browsers.mjs), already opened
//   url(path)       an address on the test server (127.0.0.1: a secure context)
//   plainHttp(path) the same server on the machine's network address: a
//                   blog over plain http, which is not a secure context
//                   (a scenario that uses it says `needsNetworkAddress`)
//   open(options)   another page (for example with scripts off)
//   allow(test)     a console message this scenario expects (any other fails it)
//   shots           the folder for screenshots
// Every scenario also fails on any page error or console error or warning,
// heard by e2e/engines/recorder.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { until } from './browsers.mjs';
import { Card, focused } from './card.mjs';
import { SWITCH_TRACK } from '../pixels.mjs';

const demo = JSON.parse(readFileSync('content/node-vs-python.json', 'utf8'));

/** The article's label of a criterion, and its id. */
const label = (id) => demo.criteria.find((c) => c.id === id).label;
const presetOf = (id) => demo.presets.find((p) => p.id === id);

// The totals by hand, from the data file, the way README.md and
// docs/authoring.md describe them: each score in tenths, weighted 1 (normal),
// 2 (high) or 4 (critical), averaged, rounded half up.
const WEIGHT = { normal: 1, high: 2, critical: 4 };
function totalsByHand(priorities) {
  const totals = {};
  for (const contender of demo.contenders) {
    let weighted = 0;
    let weight = 0;
    for (const [id, level] of Object.entries(priorities)) {
      const tenths = Math.round(demo.criteria.find((c) => c.id === id).scores[contender.id].score * 10);
      weighted += WEIGHT[level] * tenths;
      weight += WEIGHT[level];
    }
    totals[contender.name] = Math.floor((2 * weighted + weight) / (2 * weight));
  }
  return totals;
}
const defaults = Object.fromEntries(demo.criteria.filter((c) => c.on).map((c) => [c.id, 'normal']));
const leader = (totals) => Object.entries(totals).sort((a, b) => b[1] - a[1])[0][0];

/** Waits for the demo page's card and gives it. */
async function demoCard({ page, url }, path = '/') {
  await page.goto(url(path));
  const card = new Card(page);
  await card.ready();
  return card;
}

/** e2e/hosts/older.html without one feature, once its card has given up: what the reader sees and the console heard. */
async function olderBrowser({ page, url }, missing) {
  await page.goto(url(`/hosts/older.html?missing=${missing}`));
  await until(() => page.evaluate(() => document.querySelector('versus-card').hasAttribute('data-versus-failed')), 'the card to give up');
  return page.evaluate(() => ({
    fallback: document.querySelector('versus-card .fallback').getBoundingClientRect().height > 0,
    note: document.querySelector('versus-card').shadowRoot.textContent,
    problems: window.__versusProblems.length,
    wasm: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length,
  }));
}

export const scenarios = [
  {
    name: 'the demo card: presets, switches, importance and Reset give the totals worked out from the data',
    async run(context) {
      const card = await demoCard(context);
      await card.expect(() => card.totals(), totalsByHand(defaults), 'the default totals');

      const chat = presetOf('chat');
      await card.choosePreset(chat.label);
      const chatTotals = totalsByHand(chat.priorities);
      await card.expect(() => card.totals(), chatTotals, `the totals of "${chat.label}"`);
      assert.match(await card.headline(), new RegExp(leader(chatTotals).replace('.', '\\.')));
      assert.deepEqual(await card.importances(), Object.fromEntries(Object.entries(chat.priorities).map(([id, level]) => [label(id), level])));

      // A priority the preset leaves off, switched on, then made to count twice.
      const extra = demo.criteria.find((c) => !(c.id in chat.priorities) && c.id === 'beginners') ?? demo.criteria.find((c) => !(c.id in chat.priorities));
      await card.toggle(extra.label);
      await card.expect(() => card.text('origin'), `Customised from ${chat.label}`, 'the origin line');
      await card.expect(() => card.totals(), totalsByHand({ ...chat.priorities, [extra.id]: 'normal' }), 'the totals with one more priority');
      await card.setImportance(extra.label, 'high');
      await card.expect(() => card.totals(), totalsByHand({ ...chat.priorities, [extra.id]: 'high' }), 'the totals with that priority high');

      await (await card.button('Reset')).click();
      await card.expect(() => card.totals(), totalsByHand(defaults), 'the totals after Reset');
      await card.expect(() => card.switchesOn(), demo.criteria.filter((c) => c.on).map((c) => c.label), 'the switches after Reset');
    },
  },
  {
    name: 'every score shown says what it rests on; citations link to the sources; the verdict counts its estimates',
    async run(context) {
      const card = await demoCard(context);
      const on = demo.criteria.filter((c) => c.on);
      const marker = (score) => ({ cited: '(cited)', estimate: '(estimate)' })[score.basis] ?? '';
      // The citations are behind each row's disclosure: open those of the rows that are on.
      for (const criterion of on) await card.openAbout(criterion.label);
      const seen = await context.page.evaluate(() => {
        const root = document.querySelector('versus-card').shadowRoot;
        const groups = {};
        for (const group of root.querySelectorAll('[data-criterion]')) {
          groups[group.dataset.criterion] = [...group.querySelectorAll('.versus-score .versus-basis')].map((m) => ({
            text: m.textContent,
            shown: m.getBoundingClientRect().height > 0,
          }));
        }
        const citations = [...root.querySelectorAll('a.versus-cite')].map((a) => ({
          text: a.textContent, href: a.getAttribute('href'), rel: a.getAttribute('rel'), role: a.getAttribute('role'), name: a.getAttribute('aria-label'),
        }));
        return { groups, citations, estimates: root.querySelector('[data-testid=estimates]')?.textContent ?? null };
      });
      for (const criterion of on) {
        assert.deepEqual(seen.groups[criterion.id], demo.contenders.map((c) => ({ text: marker(criterion.scores[c.id]), shown: true })), `the markers of ${criterion.label}`);
      }
      const scores = on.flatMap((c) => Object.values(c.scores));
      const estimates = scores.filter((s) => s.basis === 'estimate').length;
      assert.equal(seen.estimates, `${estimates} of the ${scores.length} scores behind this are the author's estimates.`);
      assert.ok(seen.citations.length >= on.length, 'citations after the reasons, in the open disclosures');
      for (const citation of seen.citations) {
        const number = Number(citation.text.slice(1, -1));
        const source = demo.sources[number - 1];
        assert.deepEqual(citation, { text: `[${number}]`, href: source.url, rel: 'noopener noreferrer', role: 'doc-biblioref', name: `Source ${number}: ${source.title}` });
      }
    },
  },
  {
    name: 'the share link is written as the reader changes the card, and a reload restores it',
    async run(context) {
      const { page } = context;
      const card = await demoCard(context);
      const ml = presetOf('ml');
      await card.choosePreset(ml.label);
      await card.toggle(label('speed'));
      const hash = await until(async () => {
        const now = decodeURIComponent(new URL(await page.url()).hash);
        return now.includes('preset:ml') && now.includes('speed') ? now : null;
      }, 'the link to hold the preset and the switched priority');
      const switches = await card.switchesOn();
      const totals = await card.totals();
      await page.reload();
      const again = new Card(page);
      await again.ready();
      assert.equal(decodeURIComponent(new URL(await page.url()).hash), hash);
      await again.expect(() => again.switchesOn(), switches, 'the switches after a reload');
      await again.expect(() => again.totals(), totals, 'the totals after a reload');
      await again.expect(() => again.text('origin'), `Customised from ${ml.label}`, 'the origin line after a reload');
    },
  },
  {
    name: 'Copy link puts the link on the clipboard, and a paste gives it back',
    async run(context) {
      const { page } = context;
      const card = await demoCard(context);
      await card.choosePreset(presetOf('spa').label);
      await card.toggle(label('beginners'));
      await (await card.button('Copy link to these choices')).click();
      await card.expect(() => card.text('copy-feedback'), 'Link copied', 'the copy feedback');
      // Pasted as a reader would, into a text field of the page.
      await page.evaluate(() => {
        const field = document.createElement('textarea');
        field.id = 'pasted';
        document.body.append(field);
      });
      await page.click(() => document.getElementById('pasted'));
      await page.press('Ctrl+v');
      const pasted = await until(() => page.evaluate(() => document.getElementById('pasted').value), 'the pasted link');
      assert.equal(pasted, await page.url());
      assert.match(decodeURIComponent(pasted), /#versus=preset:spa,.*beginners/);
    },
  },
  {
    name: 'on a blog over plain http, Copy link shows the link to copy by hand',
    needsNetworkAddress: true,
    async run(context) {
      const { page, plainHttp } = context;
      await page.goto(plainHttp('/'));
      const card = new Card(page);
      await card.ready();
      assert.deepEqual(await page.evaluate(() => [window.isSecureContext, typeof navigator.clipboard]), [false, 'undefined']);
      await card.choosePreset(presetOf('chat').label);
      await (await card.button('Copy link to these choices')).click();
      await until(async () => /select the link below and copy it/.test(await card.text('copy-feedback')), 'the copy-by-hand feedback');
      const link = await page.evaluate(() => document.querySelector('versus-card').shadowRoot.querySelector('input.versus-link')?.value);
      assert.equal(link, plainHttp('/#versus=preset:chat'));
      await card.toggle(label('realtime'));
    },
  },
  {
    name: 'the keyboard reaches presets and switches in order; Space and Enter flip a switch',
    async run(context) {
      const { page } = context;
      const card = await demoCard(context);
      const presets = demo.presets.map((p) => p.label);
      await page.evaluate((first) => {
        const shadow = document.querySelector('versus-card').shadowRoot;
        [...shadow.querySelectorAll('button')].find((b) => b.textContent.trim() === first).focus();
      }, presets[0]);
      const order = [];
      for (let i = 0; i < presets.length; i++) {
        await page.press('Tab');
        order.push(await focused(page));
      }
      // The rest of the presets, then (Reset being disabled) the first switch.
      assert.deepEqual(order, [...presets.slice(1), `switch:${demo.criteria[0].label}`]);
      const first = demo.criteria[0].label;
      const wasOn = await card.isOn(first);
      await page.press('Space');
      await card.expect(() => card.isOn(first), !wasOn, 'the first switch after Space');
      await page.press('Enter');
      await card.expect(() => card.isOn(first), wasOn, 'the first switch after Enter');
      // The focused control is outlined.
      assert.notEqual(await page.evaluate(() => {
        let element = document.activeElement;
        while (element.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return getComputedStyle(element).outlineStyle;
      }), 'none');
    },
  },
  {
    name: 'comparisons inline and from src, and broken ones, each show in their own card',
    async run(context) {
      const { page, url } = context;
      await page.goto(url('/hosts/three-cards.html'));
      const inline = new Card(page, 'inline');
      const fetched = new Card(page, 'fetched');
      await inline.ready();
      await fetched.ready();
      await inline.toggle('Calm');
      await until(async () => (await inline.headline()).includes('Tea'), 'the inline card to recommend tea');
      await fetched.choosePreset('Busy site');
      await fetched.expect(() => fetched.headline(), 'PostgreSQL is the clear pick', 'the fetched card');

      await page.goto(url('/hosts/errors.html'));
      const problems = (id) => page.evaluate((id) => document.getElementById(id)?.shadowRoot?.querySelector('[data-testid=problems]')?.textContent ?? '', id);
      await until(async () => (await problems('missing')).includes('HTTP status 404'), 'the missing file\'s problem');
      assert.match(await problems('missing'), /specs\/no-such-file\.json/);
      await until(async () => (await problems('garbage')).includes('not valid JSON'), 'the garbage file\'s problem');
      await until(async () => (await problems('invalid')).includes('There are 0 contenders'), 'the invalid comparison\'s problem');
      const good = new Card(page, 'good');
      await good.ready();
      await good.choosePreset('Data analytics');
      await good.expect(() => good.headline(), 'Python is the clear pick', 'the working card beside them');
    },
  },
  {
    name: 'a card that panics shows its error box; the cards beside it and the page keep working',
    async run(context) {
      const { page, url, allow } = context;
      // The panic's own report, and the trap that ends its instance, are expected.
      allow((message) => message.includes('versus: the card stopped:') || /unreachable/i.test(message));
      await page.goto(url('/hosts/panic.html'));
      const crashing = new Card(page, 'crashing');
      const second = new Card(page, 'second');
      const third = new Card(page, 'third');
      await Promise.all([crashing.ready(), second.ready(), third.ready()]);
      await (await crashing.switchFor('Raw speed')).click();
      await until(() => page.evaluate(() => document.getElementById('crashing').shadowRoot.querySelector('[role=alert]')?.textContent.includes('This card stopped because of an error in the card itself')), 'the error box');
      await second.toggle('Machine learning and data');
      await second.expect(() => second.text('origin'), 'Customised from Real-time chat', 'the neighbour\'s origin line');
      await third.toggle('Calm');
      await third.expect(() => third.headline(), 'Tea is the clear pick', 'the other neighbour');
      await page.click(() => document.getElementById('count'));
      await until(async () => (await page.evaluate(() => document.getElementById('counted').textContent)) === '1', 'the page\'s own button');
      const heard = await page.evaluate(() => window.__versusProblems.some((m) => m.includes('versus: the card stopped:')));
      assert.ok(heard, 'the panic was reported on the console');
    },
  },
  {
    name: 'a lazy card fetches no wasm until the reader scrolls near it, then one',
    async run(context) {
      const { page, url } = context;
      await page.goto(url('/hosts/lazy.html'));
      const wasm = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length);
      // The loader has been told where the cards are once an observer made
      // after its own has had its first report.
      await page.evaluate(() => new Promise((reported) => {
        customElements.whenDefined('versus-card').then(() => {
          const observer = new IntersectionObserver(() => {
            observer.disconnect();
            reported();
          }, { rootMargin: '100% 0px' });
          for (const card of document.querySelectorAll('versus-card')) observer.observe(card);
        });
      }));
      assert.equal(await wasm(), 0, 'no wasm before scrolling');
      assert.equal(await page.evaluate(() => document.getElementById('first').shadowRoot), null);
      await page.evaluate(() => document.getElementById('first').scrollIntoView());
      const first = new Card(page, 'first');
      await first.ready();
      assert.equal(await wasm(), 1, 'one wasm once near');
      assert.equal(await page.evaluate(() => document.getElementById('second').shadowRoot), null, 'the far card waits');
      await page.evaluate(() => document.getElementById('second').scrollIntoView());
      await new Card(page, 'second').ready();
      assert.equal(await wasm(), 1, 'the second card shares the download');
    },
  },
  {
    name: 'with scripts off, the comparison shows as the fallback content',
    async run(context) {
      const page = await context.open({ javascript: false });
      await page.goto(context.url('/hosts/plain.html'));
      const shown = await page.evaluate(() => {
        const fallback = document.querySelector('versus-card .fallback');
        const box = fallback?.getBoundingClientRect();
        return { text: fallback?.textContent, visible: Boolean(box && box.height > 0 && box.width > 0), shadow: Boolean(document.querySelector('versus-card').shadowRoot), recorder: typeof window.__versusProblems };
      });
      assert.deepEqual(shown, { text: 'Node.js vs Python: an interactive comparison that needs JavaScript.', visible: true, shadow: false, recorder: 'undefined' });
    },
  },
  {
    name: 'a card rendered into the HTML: on the screen with scripts off, hydrated in place with scripts on',
    async run(context) {
      const { page, url } = context;
      // The rendered cards of e2e/hosts/rendered.html, in the wrapper `id`.
      const look = (id) => {
        const host = document.querySelector(`#${id} versus-card`);
        const root = host?.shadowRoot;
        const card = root?.querySelector('[data-testid=card]');
        const fallback = host?.querySelector('.versus-fallback')?.getBoundingClientRect();
        return {
          headline: root?.querySelector('[data-testid=headline]')?.textContent ?? null,
          radius: card ? getComputedStyle(card).borderTopLeftRadius : null,
          inert: root ? root.querySelectorAll('[inert]').length : null,
          // Every control asleep (inert itself or inside an inert part) ...
          controlsAsleep: root ? [...root.querySelectorAll('button, select, input')].every((c) => c.closest('[inert]')) : null,
          // ... and never the scores, which a screen reader reads before the card is live.
          scoresAwake: root ? [...root.querySelectorAll('.versus-score')].every((s) => !s.closest('[inert]')) : null,
          fallbackShown: Boolean(fallback && fallback.height > 0),
        };
      };
      const off = await context.open({ javascript: false });
      await off.goto(url('/hosts/rendered.html'));
      const first = await off.evaluate(look, 'first');
      assert.equal(first.headline, 'Leaning towards Node.js');
      assert.notEqual(first.radius, '0px', 'styled by its own stylesheet');
      assert.ok(first.inert > 0, 'something is inert');
      assert.deepEqual([first.controlsAsleep, first.scoresAwake, first.fallbackShown], [true, true, false], 'controls inert, scores not, the fallback not drawn');
      assert.equal((await off.evaluate(look, 'second')).headline, 'PostgreSQL is the clear pick');

      await page.goto(url('/hosts/rendered-later.html'));
      await page.evaluate(() => {
        const root = document.querySelector('#first versus-card').shadowRoot;
        root.querySelector('[data-testid=headline]').versusMark = 'headline';
        root.querySelector('[role=switch]').versusMark = 'switch';
        return window.startCards();
      });
      for (const id of ['first', 'second']) await until(async () => (await page.evaluate(look, id)).inert === 0, `the ${id} card to come alive`);
      const marks = await page.evaluate(() => {
        const root = document.querySelector('#first versus-card').shadowRoot;
        return [root.querySelector('[data-testid=headline]').versusMark, root.querySelector('[role=switch]').versusMark];
      });
      assert.deepEqual(marks, ['headline', 'switch'], 'hydration kept the rendered nodes');
      await page.click((name) => [...document.querySelector('#first versus-card').shadowRoot.querySelectorAll('[role=switch]')]
        .find((s) => s.closest('li')?.textContent.includes(name)), label('ml'));
      await until(async () => (await page.evaluate(look, 'first')).headline.includes('Python'), 'the hydrated card to answer a switch');
      await page.click(() => document.querySelector('#second versus-card').shadowRoot.querySelector('.versus-reset'));
      await until(() => page.evaluate(() => document.querySelector('#second versus-card').shadowRoot.querySelector('[data-preset=busy]').getAttribute('aria-pressed') === 'false'), 'the second card to reset');
    },
  },
  {
    name: 'dark and compact cards, an Arabic card right to left, a German card with decimal commas',
    async run(context) {
      const { page, url } = context;
      await page.goto(url('/hosts/three-cards.html'));
      const inline = new Card(page, 'inline');
      const builtin = new Card(page, 'builtin');
      await inline.ready();
      await builtin.ready();
      assert.match(await inline.attribute('class'), /versus-theme-dark/);
      assert.match(await inline.attribute('class'), /versus-compact/);
      // Dark means a dark background with light text, whatever the system prefers.
      const luminance = (rgb) => {
        const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).map(Number);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      assert.ok(luminance(await inline.style('background-color')) < 60, 'the dark card is dark');
      assert.ok(luminance(await inline.style('color')) > 180, 'its text is light');
      assert.ok(luminance(await builtin.style('background-color')) > 200, 'the light card is light');
      const height = (card) => page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, card.id);
      assert.ok(await height(inline) < await height(builtin), 'the compact card is shorter');

      await page.goto(url('/hosts/languages.html'));
      const german = new Card(page, 'german');
      const arabic = new Card(page, 'arabic');
      await german.ready();
      await arabic.ready();
      await german.expect(() => german.headline(), 'Beides geht: Tee, Kaffee und Mate liegen zu nah beieinander', 'the German headline');
      assert.match(await german.shownText(), /7,5 \/ 10/);
      assert.equal(await german.attribute('lang'), 'de');
      await german.choosePreset('Sparsam');
      await german.expect(() => german.headline(), 'Tee ist die klare Wahl', 'the German verdict');

      await arabic.expect(() => arabic.headline(), 'الشاي هو الخيار الواضح', 'the Arabic headline');
      assert.equal(await arabic.attribute('dir'), 'rtl');
      assert.equal(await arabic.style('direction'), 'rtl');
      // Where the title's text is drawn, not its block's box.
      const edges = await page.evaluate(() => {
        const shadow = document.getElementById('arabic').shadowRoot;
        const card = shadow.querySelector('[data-testid=card]').getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(shadow.querySelector('h2'));
        const title = range.getBoundingClientRect();
        return { right: Math.round(card.right - title.right), left: Math.round(title.left - card.left) };
      });
      assert.ok(edges.right < 60 && edges.right < edges.left, `the Arabic title starts at the right edge (${JSON.stringify(edges)})`);
    },
  },
  {
    name: 'the strict Content-Security-Policy page and the iframe form with its height',
    async run(context) {
      const { page, url } = context;
      await page.goto(url('/hosts/csp.html'));
      const cards = await until(() => page.evaluate(() => [...document.querySelectorAll('versus-card')].filter((c) => c.shadowRoot?.querySelector('[data-testid=headline]')).length === 2), 'both cards under the policy');
      assert.ok(cards);
      await page.evaluate(() => document.querySelectorAll('versus-card').forEach((card, i) => { card.id = `csp-${i}`; }));
      const first = new Card(page, 'csp-0');
      await first.expect(() => first.headline(), 'Python is the clear pick', 'the first card');
      await first.toggle('Real-time features');
      await first.expect(() => first.text('origin'), 'Customised from Content site (CMS)', 'the origin line');
      assert.equal(await first.style('border-top-left-radius'), '12px', 'styled by its adopted stylesheet');

      await page.goto(url('/hosts/iframe.html'));
      const frameHeight = () => page.evaluate(() => document.getElementById('sized').getBoundingClientRect().height);
      const cardHeight = () => page.evaluate(() => document.getElementById('sized').contentDocument?.querySelector('versus-card')?.getBoundingClientRect().height ?? 0);
      await until(async () => (await cardHeight()) > 100, 'the card inside the iframe');
      await until(async () => Math.abs((await frameHeight()) - (await cardHeight())) < 40, 'the iframe to take the card\'s height');
      const before = await frameHeight();
      await page.evaluate(() => document.getElementById('sized').scrollIntoView());
      await page.evaluate(() => {
        const frame = document.getElementById('sized').contentDocument;
        frame.querySelector('versus-card').shadowRoot.querySelector('button.versus-info').click();
      });
      await until(async () => (await frameHeight()) > before, 'the iframe to grow with an opened description');
    },
  },
  {
    name: 'the editor: start blank, type, the preview follows, undo and redo, export',
    async run(context) {
      const { page, url } = context;
      await page.goto(url('/editor.html'));
      const button = (text) => page.find((text) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text) ?? null, text);
      const title = () => page.find(() => [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Title')?.control ?? null);
      const titleValue = async () => page.evaluate((field) => field.value, await title());
      const previewTitle = () => page.evaluate(() => document.querySelector('[data-testid=preview-card]')?.shadowRoot?.querySelector('h2')?.textContent ?? null);
      const problems = () => page.evaluate(() => document.querySelector('[data-testid=problems]')?.textContent ?? '');
      await until(() => button('A blank comparison'), 'the editor to start');

      // Blank: nothing in the form, and the problems say what is missing.
      await (await button('A blank comparison')).click();
      await until(async () => (await titleValue()) === '', 'a blank title');
      await until(async () => /contender/i.test(await problems()), 'the problems to ask for contenders');

      // The example, then typing: the preview card follows every keystroke.
      await (await button('The Node.js vs Python example')).click();
      await until(async () => /No problems/.test(await problems()), 'the example to be valid');
      await until(async () => (await previewTitle()) === demo.title, 'the preview to show the example');
      await (await title()).click();
      await page.press('End');
      await page.type(' today');
      await until(async () => (await previewTitle()) === `${demo.title} today`, 'the preview to follow the typed title');
      await (await button('Undo')).click();
      await until(async () => (await titleValue()) === demo.title && (await previewTitle()) === demo.title, 'undo to take the typing back');
      await (await button('Redo')).click();
      await until(async () => (await titleValue()) === `${demo.title} today` && (await previewTitle()) === `${demo.title} today`, 'redo to bring it again');

      // Export: the file the editor offers (read from the link it clicks) and the two lines.
      await page.evaluate(() => {
        window.__downloads = [];
        HTMLAnchorElement.prototype.click = function () {
          const name = this.download;
          window.__downloads.push(fetch(this.href).then((response) => response.text()).then((text) => ({ name, text })));
        };
      });
      const download = await until(() => page.find(() => [...document.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith('Download ')) ?? null), 'the download button');
      await download.click();
      const file = await until(() => page.evaluate(() => (window.__downloads.length ? Promise.all(window.__downloads) : null)), 'the downloaded file');
      assert.match(file[0].name, /\.json$/);
      assert.equal(JSON.parse(file[0].text).title, `${demo.title} today`);
      const snippet = await until(() => page.evaluate(() => document.querySelector('[data-testid=snippet]')?.value), 'the snippet');
      // By default the card rendered into the snippet, the loader async.
      assert.match(snippet, /<script type="module" src="[^"]*versus\.js" async><\/script>/);
      assert.match(snippet, new RegExp(`<versus-card src="${file[0].name.replace('.', '\\.')}" data-versus-rendered>\n<template shadowrootmode="open">`));
      assert.match(snippet, / today/);
    },
  },
  {
    name: 'a browser without CSS light-dark() keeps the fallback and hears why once, without fetching the wasm',
    async run(context) {
      context.allow((message) => message.includes('light-dark') && message.includes('Safari 17.5'));
      assert.deepEqual(await olderBrowser(context, 'light-dark'), { fallback: true, note: 'The interactive card could not start.', problems: 1, wasm: 0 });
    },
  },
  {
    name: 'a browser whose WebAssembly cannot compile the card keeps the fallback and hears why once',
    async run(context) {
      context.allow((message) => message.includes('could not compile') && message.includes('Safari 17.5'));
      // Fetched once, refused by the engine's compiler.
      assert.deepEqual(await olderBrowser(context, 'wasm'), { fallback: true, note: 'The interactive card could not start.', problems: 1, wasm: 1 });
    },
  },
  {
    name: 'in forced colours (Windows High Contrast) the switches and the chosen use case show their state',
    engines: ['chromium', 'firefox'],
    notIn: 'WebKit has no forced colours mode (Safari neither)',
    async run({ open, url }) {
      const page = await open({ forcedColors: true });
      await page.goto(url('/'));
      const card = new Card(page);
      await card.ready();
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true, 'forced colours are on');
      const within = (find) => (...args) => page.colours(find, ...args);
      // A switch draws its track itself (::before), at its start, beside its label.
      const track = (label) => page.coloursOfPart((label) => [...document.querySelector('versus-card').shadowRoot.querySelectorAll('[role=switch]')]
        .find((s) => s.textContent.trim() === label) ?? null, SWITCH_TRACK, label);
      const preset = within((text) => [...document.querySelector('versus-card').shadowRoot.querySelectorAll('button')]
        .find((b) => b.textContent.trim() === text) ?? null);

      // The browser drops the card's own backgrounds in this mode.
      const off = await track('Real-time features');
      assert.ok(off.rest > 0.15, `an off switch is drawn, not an empty space (${off.rest} of it is not ${off.main})`);
      await card.toggle('Real-time features');
      assert.notEqual((await track('Real-time features')).main, off.main, 'an on switch looks unlike an off one');

      // The importance is a native select: the browser draws its value itself.
      await card.setImportance('Raw speed', 'high');

      const chat = presetOf('chat');
      const unchosen = await preset(chat.label);
      await card.choosePreset(chat.label);
      assert.notEqual((await preset(chat.label)).main, unchosen.main, 'the chosen use case stands out');
    },
  },
  {
    name: 'screenshots of the card at 375 and 1280 px, light and dark',
    async run(context) {
      const { page, url, shots, engine } = context;
      for (const width of [375, 1280]) {
        for (const theme of ['light', 'dark']) {
          await page.setViewport(width, 900);
          await page.goto(url(`/hosts/shot.html?width=${width}&theme=${theme}`));
          // The iframe takes the card's height once the card is up.
          await until(() => page.evaluate(() => {
            const frame = document.getElementById('shot');
            const card = frame.contentDocument?.querySelector('versus-card');
            const rendered = card?.shadowRoot?.querySelector('[data-testid=headline]');
            return Boolean(rendered) && Math.abs(frame.getBoundingClientRect().height - card.getBoundingClientRect().height) < 80;
          }), `the ${width} px ${theme} card`);
          const inner = await page.evaluate(() => document.getElementById('shot').contentWindow.innerWidth);
          assert.equal(inner, width, 'the card sees a viewport of that width');
          await page.screenshot(join(shots, `${engine}-${width}-${theme}.png`));
        }
      }
    },
  },
];
