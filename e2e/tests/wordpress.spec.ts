// The WordPress plugin (make release: versus-card-wordpress-VERSION.zip) in
// two real WordPresses, each on its own MariaDB and PHP's built-in server:
//   - Debian 12's wordpress package, 6.1, the oldest the plugin supports
//     (the loader as a module script tag);
//   - 6.5.5 as WordPress Playground builds it, from npm
//     (@wp-playground/wordpress-builds: its PHP and its static files), where
//     the loader goes through wp_enqueue_script_module.
// Playground's own command line is not used: it downloads WordPress from
// wordpress.org, which these machines cannot reach. WP-CLI is not packaged
// for Debian 12, so e2e/wordpress/tool.php does its few steps (install,
// activate, users, application passwords) inside WordPress; posts are
// published through the REST API, as an editor app would.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from '../fixtures';
import { CardPage } from '../pages/card';
import { version } from '../release';

/** A WordPress to test in: where its files come from, and its port. */
interface WordPress {
  name: string;
  folder: string;
  port: number;
  /** Puts the WordPress files into `site`. */
  copy: (site: string) => void;
  /** How the page loads the card's loader. */
  loader: RegExp;
}

const playground = resolve('node_modules/@wp-playground/wordpress-builds');

const WORDPRESSES: WordPress[] = [
  {
    name: "Debian's WordPress 6.1",
    folder: 'target/wp',
    port: 5420,
    copy: (site) => cpSync('/usr/share/wordpress', site, { recursive: true, dereference: true }),
    loader: /<script type="module" src='[^']*versus-card\/card\/versus\.js\?ver=[^']*' id='versus-card-js'>/,
  },
  {
    name: 'WordPress 6.5 (the Playground build)',
    folder: 'target/wp65',
    port: 5421,
    copy: (site) => {
      // Playground keeps the static files apart from the PHP: both together are the whole WordPress.
      cpSync(join(playground, 'public/wp-6.5'), site, { recursive: true });
      for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(playground, 'src/wordpress/wp-6.5.zip'))))) {
        if (name.endsWith('/') || name.startsWith('wp-content/database/')) continue;
        mkdirSync(dirname(join(site, name)), { recursive: true });
        writeFileSync(join(site, name), bytes);
      }
    },
    loader: /<script type="module" src="[^"]*versus-card\/card\/versus\.js\?ver=[^"]*" id="versus-card-js-module">/,
  },
];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

for (const wordpress of WORDPRESSES) {
  test.describe(wordpress.name, () => {
    const W = resolve(wordpress.folder);
    const SITE = join(W, 'site');
    const SOCKET = join(W, 'mysql.sock');
    const PORT = wordpress.port;
    const BASE = `http://127.0.0.1:${PORT}`;
    const env = { ...process.env, VERSUS_WP_SOCKET: SOCKET };
    const running: ChildProcess[] = [];

    /** tool.php inside the site: what WP-CLI would do. */
    function tool(...args: string[]): string {
      const run = spawnSync('php', [resolve('e2e/wordpress/tool.php'), SITE, ...args], { env, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`tool.php ${args.join(' ')}: ${run.stderr}${run.stdout}`);
      return run.stdout.trim();
    }

    async function until(check: () => boolean | Promise<boolean>, what: string) {
      await expect.poll(check, { message: what, timeout: 30_000 }).toBe(true);
    }

    const passwords: Record<string, string> = {};

    /** The REST API as `user` (an application password). */
    async function rest(user: string, route: string, body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) {
      const response = await fetch(`${BASE}/?rest_route=${route}`, {
        method: 'POST',
        headers: { ...headers, authorization: `Basic ${Buffer.from(`${user}:${passwords[user]}`).toString('base64')}` },
        body,
      });
      const answer = await response.json();
      if (!response.ok) throw new Error(`${route} as ${user}: ${JSON.stringify(answer)}`);
      return answer;
    }

    const publish = (user: string, title: string, content: string) =>
      rest(user, '/wp/v2/posts', JSON.stringify({ title, content, status: 'publish' })) as Promise<{ id: number; link: string }>;

    const posts: Record<string, { id: number; link: string }> = {};

    test.beforeAll(async () => {
      test.setTimeout(300_000);
      rmSync(W, { recursive: true, force: true });
      mkdirSync(join(W, 'db'), { recursive: true });
      // WordPress from Debian's package, copied so the test owns it.
      wordpress.copy(SITE);
      cpSync('e2e/wordpress/wp-config.php', join(SITE, 'wp-config.php'));
      mkdirSync(join(SITE, 'wp-content/mu-plugins'), { recursive: true });
      cpSync('e2e/wordpress/offline.php', join(SITE, 'wp-content/mu-plugins/offline.php'));
      // Its own MariaDB, on a socket only.
      const made = spawnSync('mariadb-install-db', ['--user=root', `--datadir=${join(W, 'db')}`, '--auth-root-authentication-method=socket', '--skip-test-db'], { encoding: 'utf8' });
      if (made.status !== 0) throw new Error(`mariadb-install-db: ${made.stderr}`);
      running.push(spawn('mariadbd', ['--user=root', `--datadir=${join(W, 'db')}`, `--socket=${SOCKET}`, '--skip-networking', `--pid-file=${join(W, 'mysql.pid')}`, `--log-error=${join(W, 'mysql.err')}`], { stdio: 'ignore' }));
      await until(() => existsSync(SOCKET), 'MariaDB to listen on its socket');
      await until(() => spawnSync('mariadb', ['-S', SOCKET, '-u', 'root', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress']).status === 0, 'the database');
      tool('install', 'A WordPress blog', BASE);
      // The plugin, as "Upload Plugin" would unpack it.
      const zip = unzipSync(readFileSync(resolve(`release/versus-card-wordpress-${version}.zip`)));
      for (const [name, bytes] of Object.entries(zip)) {
        const path = join(SITE, 'wp-content/plugins', name);
        mkdirSync(dirname(path), { recursive: true });
        if (!name.endsWith('/')) writeFileSync(path, bytes);
      }
      tool('activate', 'versus-card/versus-card.php');
      tool('user', 'writer', 'author');
      passwords.admin = tool('app-password', 'admin');
      passwords.writer = tool('app-password', 'writer');
      const server = spawn('php', ['-S', `127.0.0.1:${PORT}`, '-t', SITE, resolve('e2e/wordpress/router.php')], { env, stdio: 'ignore' });
      running.push(server);
      await until(() => fetch(`${BASE}/`).then((r) => r.ok).catch(() => false), 'WordPress to answer');

      posts.block = await publish('admin', 'A block post', '<!-- wp:paragraph --><p>Before the card.</p><!-- /wp:paragraph -->\n<!-- wp:versus-card/comparison {"preset":"chat"} /-->\n<!-- wp:paragraph --><p>After the card.</p><!-- /wp:paragraph -->');
      posts.shortcode = await publish('admin', 'A classic post', '<p>Before.</p>\n[versus preset="ml" theme="dark" id="ml"]\n<p>After.</p>');
      // Every attribute the element documents: the shortcode by name (a flag also as a bare word), the block by its settings.
      posts.attributes = await publish('admin', 'Every attribute', [
        '[versus preset="chat" priorities="speed,ml:high" inherit-font share-key="mine" id="attributes" loading="eager"]',
        '<!-- wp:versus-card/comparison {"preset":"chat","priorities":"speed,ml:high","inherit-font":true,"id":"attributes-block"} /-->',
      ].join('\n'));
      // A comparison of the author's own, from the media library, with its fallback.
      const media = await rest('admin', '/wp/v2/media', readFileSync('e2e/hosts/specs/databases.json'), {
        'content-type': 'application/json',
        'content-disposition': 'attachment; filename="databases.json"',
      });
      posts.media = await publish('admin', 'A comparison of my own', `<!-- wp:versus-card/comparison {"src":"${media.source_url}","preset":"busy","fallback":"\\u003cp class=\\u0022mine\\u0022\\u003ePostgreSQL or SQLite?\\u003c/p\\u003e"} /-->`);
      // An author (no unfiltered_html), with hostile values.
      posts.author = await publish('writer', 'An author\'s post', [
        '[versus preset="chat&quot; onmouseover=&quot;alert(1)" theme="dark&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" id="evil&quot; onclick=&quot;alert(1)" src="javascript:alert(1)"]',
        '<versus-card id="pasted" preset="cms" onclick="alert(1)" style="display:none"><script>alert(1)</script><p>Pasted by an author.</p></versus-card>',
      ].join('\n'));
    });

    test.afterAll(() => running.reverse().forEach((child) => child.kill()));

    /** Every request stays on the site; no dialog (a hostile value that ran) opens. */
    function watch(page: import('@playwright/test').Page) {
      const hosts = new Set<string>();
      page.on('request', (request) => {
        const url = new URL(request.url());
        // data: and blob: URLs ask nothing of any host.
        if (url.protocol.startsWith('http')) hosts.add(url.host);
      });
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      return hosts;
    }

    test('a post with the block shows a working card in the default theme, the loader a module once', async ({ page }) => {
      const hosts = watch(page);
      await page.goto(posts.block.link);
      const live = new CardPage(page);
      await expect(live.headline).toHaveText('Node.js is the clear pick');
      await live.toggle('Machine learning and data');
      await expect(live.origin).toHaveText('Customised from Real-time chat');
      expect(await page.locator('script[type=module][src*="versus-card/card/versus.js"]').count()).toBe(1);
      expect(await (await fetch(posts.block.link)).text()).toMatch(wordpress.loader);
      expect([...hosts]).toEqual([`127.0.0.1:${PORT}`]);
      await page.locator('versus-card').screenshot({ path: `test-results/screenshots/platform-${wordpress.folder.split('/').pop()}.png` });
    });

    test('a post without a card gets no loader', async () => {
      const hello = await (await fetch(`${BASE}/?p=1`)).text();
      expect(hello).toContain('Hello world!');
      expect(hello).not.toContain('versus-card/card/versus.js');
    });

    test('a classic post with the shortcode shows a working card', async ({ page }) => {
      const hosts = watch(page);
      await page.goto(posts.shortcode.link);
      const card = CardPage.byId(page, 'ml');
      await expect(card.headline).toHaveText('Python is the clear pick');
      await expect(card.card).toHaveClass(/versus-theme-dark/);
      await card.toggle('Raw speed');
      await expect(card.origin).toHaveText('Customised from Machine learning');
      expect([...hosts]).toEqual([`127.0.0.1:${PORT}`]);
    });

    test('every attribute the element documents can be given, to the shortcode and to the block: inherit-font, a preset with priorities', async ({ page }) => {
      await page.goto(posts.attributes.link);
      for (const id of ['attributes', 'attributes-block']) {
        const element = page.locator(`versus-card#${id}`);
        await expect(element).toHaveAttribute('inherit-font', '');
        await expect(element).toHaveAttribute('preset', 'chat');
        await expect(element).toHaveAttribute('priorities', 'speed,ml:high');
        const card = CardPage.byId(page, id);
        await expect(card.card).toHaveClass(/versus-inherit-font/);
        await expect(card.origin).toHaveText('Customised from Real-time chat');
      }
      await expect(page.locator('versus-card#attributes')).toHaveAttribute('share-key', 'mine');
      await expect(page.locator('versus-card#attributes')).toHaveAttribute('loading', 'eager');
    });

    test('a JSON file from the media library is the card\'s comparison, with the author\'s fallback', async ({ page }) => {
      await page.goto(posts.media.link);
      const card = new CardPage(page);
      await expect(card.headline).toHaveText('PostgreSQL is the clear pick');
      await expect(page.locator('versus-card > p.mine')).toHaveText('PostgreSQL or SQLite?');
    });

    test('an author\'s shortcode and pasted element survive, and hostile values stay out', async ({ page }) => {
      watch(page);
      const html = await (await fetch(posts.author.link)).text();
      const cards = html.match(/<versus-card[^>]*>/g) ?? [];
      expect(cards).toEqual(['<versus-card>', '<versus-card id="pasted" preset="cms">']);
      // KSES removed the script element (its words stay as text) and every handler.
      expect(html).not.toMatch(/<script>alert|on(click|mouseover)=|javascript:/);
      await page.goto(posts.author.link);
      await expect(CardPage.byId(page, 'pasted').headline).toHaveText('Python is the clear pick');
      await expect(new CardPage(page, page.locator('versus-card').first().getByTestId('card')).headline).not.toBeEmpty();
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('on'))))).toBe(false);
    });

    test('the feed carries the comparison for readers whose card never starts', async () => {
      const feed = await (await fetch(`${BASE}/?feed=rss2`)).text();
      for (const post of [posts.block, posts.shortcode]) {
        const item = feed.split('<item>').find((part) => part.includes(`?p=${post.id}<`));
        expect(item, `the feed has post ${post.id}`).toBeTruthy();
        expect(item).toContain('versus-fallback-title');
        expect(item).toContain('Node.js vs Python');
        expect(item).toMatch(/<table|&lt;table/);
      }
      expect(feed).not.toContain('versus.js');
    });

    test('the block editor lists the block and shows the real card as its preview', async ({ page, consoleProblems }) => {
      // WordPress's own admin asks gravatar.com for avatars and s.w.org for its
      // emoji, which this closed network cannot reach: those, and only those,
      // are WordPress's, not the card's.
      const elsewhere: string[] = [];
      page.on('requestfailed', (request) => {
        if (new URL(request.url()).host !== `127.0.0.1:${PORT}`) elsewhere.push(new URL(request.url()).host);
      });
      await page.goto(`${BASE}/wp-login.php`);
      await page.getByLabel('Username or Email Address').fill('admin');
      await page.getByLabel('Password', { exact: true }).fill('admin-password-for-tests');
      await page.getByRole('button', { name: 'Log In' }).click();
      await page.waitForURL(/wp-admin/);
      await page.goto(`${BASE}/wp-admin/post-new.php`);
      await page.waitForFunction(() => (window as any).wp?.blocks?.getBlockType?.('versus-card/comparison'));
      const title = await page.evaluate(() => (window as any).wp.blocks.getBlockType('versus-card/comparison').title);
      expect(title).toBe('Comparison card (versus)');
      await page.evaluate(() => {
        const { wp } = window as any;
        wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('versus-card/comparison', { preset: 'ml' }));
      });
      const editor = page.frameLocator('iframe[name=editor-canvas]');
      const inFrame = (await page.locator('iframe[name=editor-canvas]').count()) > 0;
      const scope = inFrame ? editor.locator('body') : page.locator('body');
      await expect(scope.locator('versus-card').getByTestId('headline')).toHaveText('Python is the clear pick', { timeout: 30_000 });
      // A comparison that cannot be loaded shows its problem in the preview.
      await page.evaluate((url) => {
        const { wp } = window as any;
        wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('versus-card/comparison', { src: url }));
      }, `${BASE}/wp-content/uploads/no-such-comparison.json`);
      // (WordPress answers a missing upload with its own HTML page.)
      const problems = scope.locator('versus-card').nth(1).getByTestId('problems');
      await expect(problems).toContainText('This comparison cannot be shown', { timeout: 30_000 });
      await expect(problems).toContainText('This looks like an HTML page, not a JSON document');
      // If the browser logs WordPress's 404 for it, that one is expected.
      const notFound = consoleProblems.findIndex((message) => message.includes('404 (Not Found)'));
      if (notFound >= 0) consoleProblems.splice(notFound, 1);
      expect(elsewhere.every((host) => host.endsWith('.gravatar.com') || host === 's.w.org'), elsewhere.join(', ')).toBe(true);
      const unreachable = (message: string) => message.includes('net::ERR_NAME_NOT_RESOLVED');
      expect(consoleProblems.filter(unreachable).length).toBe(elsewhere.length);
      consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter((message) => !unreachable(message)));
    });

    test('WordPress logged no PHP notice, warning or error of the plugin\'s', () => {
      const log = existsSync(join(SITE, 'debug.log')) ? readFileSync(join(SITE, 'debug.log'), 'utf8') : '';
      const lines = log.split('\n').filter((line) => /PHP (Notice|Warning|Fatal error|Parse error)/.test(line) || line.includes('plugins/versus-card'));
      expect(lines).toEqual([]);
    });
  });
}
