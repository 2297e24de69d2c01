/*
 * The WordPress plugin in a real WordPress (Debian's, 6.1) on MariaDB and
 * PHP's server: installed from dist/acu-widgets-wordpress.zip the way
 * Plugins > Add New > Upload does it, set up through its Settings page,
 * posts saved by an Author and a Contributor, then every page checked in
 * Chromium in a block theme and a classic theme at desktop and phone widths.
 *
 * ACU_WORDPRESS=<folder> runs the same tests on another WordPress core with
 * the two themes in its wp-content/themes. For 6.5.5, from npm's
 * @wp-playground/wordpress-builds 0.9.19: unzip src/wordpress/wp-6.5.zip (the
 * PHP), copy public/wp-6.5/ over it (the static files) and Debian's
 * twentytwentyone into its themes; the tests use MariaDB, not the SQLite
 * plugin the playground builds carry.
 *
 * ACU_KEEP_WORDPRESS=1 keeps the site's folder (database, PHP log) after the
 * run; ACU_WORDPRESS_SCREENSHOTS=<folder> saves the inserter, the editor and
 * the block post in each theme as PNGs there (for the README).
 */
/* global document, window, wp, axe */
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import { BUNDLE, DIST, ROOT, launch, openPage, readBundle, widgetsSettled } from '../e2e/harness.mjs';
import { BOOKING_URL, CLINIC, POSTS } from './content.mjs';
import { contentProblems, injectionProblems, layoutProblems, recordLayoutShifts } from './page-checks.mjs';
import { THEMES, WORDPRESS } from './requirements.mjs';
import { PLUGIN_FILE, USERS, startWordPress, tail } from './wordpress.mjs';

const ZIP = join(DIST, 'acu-widgets-wordpress.zip');
const PLUGIN_SOURCE = join(ROOT, 'wordpress/acu-widgets');
const SCRIPT_PATH = '/wp-content/plugins/acu-widgets/assets/acu-widgets.js';
const AXE = join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js');
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const MAX_LAYOUT_SHIFT = 0.01;

/*
 * PHP 8.1 and 8.2 deprecate things WordPress 6.1's own code still does (return
 * types of its bundled Requests classes, wp-login.php trimming a null
 * password); PHP itself logs those for core files whatever the plugin does.
 * Anything else fails: warnings, notices, _doing_it_wrong(), a deprecated
 * WordPress function, any line naming the plugin.
 */
const CORE_NOISE = /PHP Deprecated: {2}(Return type of |Creation of dynamic property |\w+\(\): Passing null to parameter ).* in \S+\/wp\/(wp-includes|wp-admin)\/[\w./-]+ on line \d+$/;

let site;
let browser;
let phpLogRead = 0;
const links = {};

/** The PHP log lines since the last call that are not the core's known noise. */
function newPhpProblems() {
  const text = readFileSync(site.phpLog, 'utf8');
  const lines = text.slice(phpLogRead).split('\n').filter(Boolean);
  phpLogRead = text.length;
  return lines.filter((line) => !CORE_NOISE.test(line) || line.includes('plugins/acu-widgets'));
}

/** Saves a post through the REST API as `user`: what the block editor's Save does, capability checks and kses included. */
function savePost(user, { title, content, status = 'publish' }) {
  const { value } = site.php(
    `$request = new WP_REST_Request('POST', '/wp/v2/posts');
$request->set_body_params(['title' => ${JSON.stringify(title)}, 'content' => ${phpString(content)}, 'status' => ${JSON.stringify(status)}]);
$response = rest_do_request($request);
$data = rest_get_server()->response_to_data($response, false);
return ['status' => $response->get_status(), 'id' => $data['id'] ?? null, 'link' => $data['link'] ?? null, 'error' => $data['message'] ?? null,
  'stored' => isset($data['id']) ? get_post_field('post_content', $data['id'], 'raw') : null];`,
    { user },
  );
  assert.equal(value.status, 201, `saving "${title}" as ${user}: ${value.status} ${value.error}`);
  return value;
}

/** A PHP string literal for any text (nowdoc: no escapes, no interpolation). */
const phpString = (text) => `<<<'ACU_TEXT'\n${text}\nACU_TEXT\n`;

/**
 * A fresh browser page (the e2e harness's, which records console errors and
 * answers https requests itself); plain-http requests to other hosts get an
 * empty answer too, so nothing leaves the machine. Pages record those requests
 * themselves and fail on them.
 */
async function openSite(options) {
  const opened = await openPage(browser, options);
  await opened.page.context().route(
    (url) => url.protocol === 'http:' && url.origin !== site.url,
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  return opened;
}

/** A fresh browser page, logged in through wp-login.php as `user`. */
async function logIn(user, options = {}) {
  const opened = await openSite(options);
  await opened.page.goto(`${site.url}/wp-login.php`);
  await opened.page.fill('#user_login', user);
  await opened.page.fill('#user_pass', USERS[user].password);
  await Promise.all([opened.page.waitForURL(/\/wp-admin\//), opened.page.click('#wp-submit')]);
  return opened;
}

/** The HTML of the post's content column, for failure messages. */
const contentHtml = (page) =>
  page.evaluate(() => {
    const first = [...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('First paragraph of'));
    return (first?.parentElement ?? document.body).outerHTML.replace(/\s+/g, ' ').slice(0, 6000);
  });

describe(`WordPress (${WORDPRESS}) with the plugin from ${ZIP}`, () => {
  before(async () => {
    assert.ok(existsSync(ZIP), `${ZIP} is missing: run "npm run build" first.`);
    site = await startWordPress({ zip: ZIP, log: (line) => console.log(`# wordpress: ${line}`) });
    browser = await launch();
    const { value } = site.php("return ['wordpress' => $GLOBALS['wp_version'], 'php' => PHP_VERSION, 'db' => $GLOBALS['wpdb']->db_server_info()];");
    console.log(`# WordPress ${value.wordpress}, PHP ${value.php}, ${value.db}; set up in ${(site.setupMs / 1000).toFixed(1)} s at ${site.url} (${site.dir})`);
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  test('every PHP file of the plugin passes php -l', () => {
    const files = [];
    const walk = (dir) =>
      readdirSync(dir).forEach((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.php')) files.push(path);
      });
    walk(PLUGIN_SOURCE);
    assert.ok(files.length >= 2, `only ${files.length} PHP files under ${PLUGIN_SOURCE}`);
    for (const file of files) {
      try {
        execFileSync('php', ['-l', file], { stdio: 'pipe' });
      } catch (error) {
        assert.fail(`php -l ${file.slice(ROOT.length)}:\n${error.stdout}${error.stderr}`);
      }
    }
  });

  test('the zip is a standard plugin zip whose bundle is dist/acu-widgets.js byte for byte', () => {
    const entries = unzipSync(readFileSync(ZIP));
    const names = Object.keys(entries);
    assert.deepEqual(names.filter((name) => !name.startsWith('acu-widgets/')), [], 'everything sits under the top folder acu-widgets/');
    assert.match(Buffer.from(entries['acu-widgets/acu-widgets.php'] ?? []).toString(), /^\s*\*\s*Plugin Name:/m, 'acu-widgets/acu-widgets.php has a Plugin Name header');
    const bundle = entries['acu-widgets/assets/acu-widgets.js'];
    assert.ok(bundle, 'acu-widgets/assets/acu-widgets.js is in the zip');
    assert.ok(Buffer.from(bundle).equals(readBundle()), `the zip's assets/acu-widgets.js differs from ${BUNDLE}`);
    const installed = readFileSync(join(site.root, 'wp-content/plugins', SCRIPT_PATH.split('/plugins/')[1]));
    assert.ok(installed.equals(readBundle()), 'the uploaded plugin serves the same bundle');
    assert.equal(site.installedAs, PLUGIN_FILE, 'WordPress found the plugin at acu-widgets/acu-widgets.php');
  });

  test('activates without output, errors or notices', () => {
    const { value, output } = site.php(
      `$result = activate_plugin(${JSON.stringify(PLUGIN_FILE)});
return ['error' => is_wp_error($result) ? $result->get_error_message() : null, 'active' => is_plugin_active(${JSON.stringify(PLUGIN_FILE)}),
];`,
      { user: 'admin' },
    );
    // Blocks and shortcodes are registered on init, which ran before the activation above: ask a fresh request.
    const registered = site.php(`return ['blocks' => array_values(array_filter(array_keys(WP_Block_Type_Registry::get_instance()->get_all_registered()), fn ($name) => str_starts_with($name, 'acu-widgets/'))),
  'shortcodes' => array_values(array_filter(['acu_benefits', 'acu_who_it_helps', 'acu_timeline', 'acu_book_button'], 'shortcode_exists'))];`).value;
    assert.equal(value.error, null);
    assert.equal(value.active, true);
    assert.equal(output, '', 'activation printed something (WordPress reports that as "unexpected output")');
    assert.deepEqual(registered.blocks.sort(), ['acu-widgets/benefits', 'acu-widgets/book-button', 'acu-widgets/timeline', 'acu-widgets/who-it-helps']);
    assert.deepEqual(registered.shortcodes, ['acu_benefits', 'acu_who_it_helps', 'acu_timeline', 'acu_book_button']);
    assert.deepEqual(newPhpProblems(), [], `PHP log:\n${tail(site.phpLog)}`);
  });

  test('Settings > Clinic widgets stores the clinic through its own form (Administrator)', async () => {
    const { page, log, close } = await logIn('admin');
    try {
      await page.goto(`${site.url}/wp-admin/plugins.php`);
      const settingsLink = page.locator(`tr[data-plugin="${PLUGIN_FILE}"] a[href*="options-general.php?page=acu-widgets"]`);
      assert.equal(await settingsLink.count(), 1, 'a Settings link next to Deactivate in the Plugins list');
      await settingsLink.click();
      for (const [key, value] of Object.entries(CLINIC)) await page.fill(`[name="acu_widgets_clinic[${key}]"]`, value);
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('form[action$="options.php"] [type=submit]')]);
      assert.equal(await page.locator('#setting-error-settings_updated').count(), 1, 'WordPress says "Settings saved."');
      for (const [key, value] of Object.entries(CLINIC)) assert.equal(await page.inputValue(`[name="acu_widgets_clinic[${key}]"]`), value, `the form shows the saved ${key}`);
      assert.deepEqual(site.php("return get_option('acu_widgets_clinic');").value, CLINIC);
      assert.deepEqual(log.errors, [], 'console errors on the settings page');
    } finally {
      await close();
    }
    assert.deepEqual(newPhpProblems(), [], `PHP log:\n${tail(site.phpLog)}`);
  });

  test('an Author and a Contributor save their posts; the acu-* markup survives kses, the hostile bits do not', () => {
    for (const [name, post] of Object.entries(POSTS)) {
      const status = post.by === 'contributor' ? 'pending' : 'publish';
      const saved = savePost(post.by, { ...post, status });
      post.id = saved.id;
      post.stored = saved.stored;
      if (status !== 'publish') {
        // The Contributor submits for review; the Administrator publishes without editing (wp_update_post, as
        // Publish does: wp_publish_post() would leave the post without a slug, at the home page's address).
        const published = site.php(`wp_update_post(['ID' => ${saved.id}, 'post_status' => 'publish']); return [get_post_status(${saved.id}), get_post_field('post_content', ${saved.id}, 'raw')];`, { user: 'admin' }).value;
        assert.deepEqual(published, ['publish', saved.stored], "publishing changed the Contributor's post");
      }
      links[name] = site.php(`return get_permalink(${saved.id});`).value;
    }
    for (const who of ['author', 'contributor']) {
      const stored = POSTS[`html-${who}`].stored;
      const keeps = [
        `<acu-clinic name="${CLINIC.name}" booking-url="${BOOKING_URL}" phone="${CLINIC.phone}">`,
        '<acu-benefits heading="What it may help with" heading-level="2" layout="grid">',
        '<li><strong>Back pain</strong>',
        '<acu-who-it-helps heading="Is it for you?"></acu-who-it-helps>',
        '<acu-timeline orientation="vertical" current="1"></acu-timeline>',
        '<acu-book-button label="Book now" variant="secondary" size="large"></acu-book-button>',
      ];
      for (const kept of keeps) assert.ok(stored.includes(kept), `the ${who}'s save lost ${kept}:\n${stored}`);
      for (const dropped of [/<script/i, /\bon[a-z]+\s*=/i, /javascript:/i]) assert.doesNotMatch(stored, dropped, `the ${who}'s save kept ${dropped}:\n${stored}`);
      // A refused link goes whole: the button reports it instead of becoming a relative link to alert(…).
      assert.match(stored, /<acu-book-button label="Hostile button"><\/acu-book-button>/, `the ${who}'s refused href was not dropped:\n${stored}`);
    }
    // kses is on for them: the same save as the Administrator keeps the script (unfiltered_html).
    assert.match(POSTS['injection-admin'].stored, /\\u003cscript/, 'the Administrator can save anything: the plugin must escape on output');
    assert.deepEqual(newPhpProblems(), [], `PHP log:\n${tail(site.phpLog)}`);
  });

  for (const theme of THEMES) {
    describe(`in ${theme}`, () => {
      before(() => {
        const { value } = site.php(`switch_theme(${JSON.stringify(theme)}); return get_stylesheet();`, { user: 'admin' });
        assert.equal(value, theme);
      });

      for (const name of Object.keys(POSTS)) {
        for (const viewport of VIEWPORTS) {
          // Attack pages only need to be looked at once per theme.
          if ((name.startsWith('injection') || name === 'plain') && viewport.width !== 1280) continue;
          test(`${POSTS[name].title} at ${viewport.width}×${viewport.height}`, async (t) => {
            await checkPage(t, name, viewport, theme);
          });
        }
      }
    });
  }

  test('the Settings page refuses a javascript: booking URL and escapes what it shows; an Author cannot open it', async () => {
    const admin = await logIn('admin');
    try {
      const { page } = admin;
      await page.goto(`${site.url}/wp-admin/options-general.php?page=acu-widgets`);
      await page.fill('[name="acu_widgets_clinic[booking_url]"]', 'javascript:alert(document.cookie)');
      await page.fill('[name="acu_widgets_clinic[name]"]', 'Riverside "Acupuncture" <script>alert(1)</script>');
      const dialogs = [];
      page.on('dialog', (dialog) => dialogs.push(dialog.message()) && dialog.dismiss());
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('form[action$="options.php"] [type=submit]')]);
      const stored = site.php("return get_option('acu_widgets_clinic');").value;
      assert.ok(stored.booking_url === BOOKING_URL || stored.booking_url === '', `a javascript: URL was stored: ${stored.booking_url}`);
      const notices = await page.locator('.notice-error, .error').allTextContents();
      assert.ok(notices.some((text) => /booking/i.test(text)), `no error about the booking page among the notices: ${JSON.stringify(notices)}`);
      assert.doesNotMatch(stored.name, /<script/i, 'the name was stored with its markup');
      assert.deepEqual(dialogs, [], 'a script ran on the settings page');
      assert.equal(await page.locator('.wrap script').count(), 0, 'the settings page shows a <script> from the saved values');
    } finally {
      await admin.close();
      site.php(`update_option('acu_widgets_clinic', json_decode(${phpString(JSON.stringify(CLINIC))}, true)); return true;`);
    }
    const author = await logIn('author');
    try {
      const response = await author.page.goto(`${site.url}/wp-admin/options-general.php?page=acu-widgets`);
      assert.equal(response.status(), 403, 'the Author is refused the page');
      assert.equal(await author.page.locator('[name^="acu_widgets_clinic"]').count(), 0, 'the Author sees no clinic fields');
      assert.equal(await author.page.locator('#adminmenu a[href*="page=acu-widgets"]').count(), 0, 'the Author has no menu entry');
    } finally {
      await author.close();
    }
    assert.deepEqual(newPhpProblems(), [], `PHP log:\n${tail(site.phpLog)}`);
  });

  test('in the block editor an Author finds the blocks, sees the real widget and publishes it', async () => {
    const { page, log, close } = await logIn('author', { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site.url}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId?.(), null, { timeout: 30_000 });
      await page.evaluate(() => {
        if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      });
      const types = await page.evaluate(() =>
        ['benefits', 'who-it-helps', 'timeline', 'book-button'].map((name) => {
          const type = wp.blocks.getBlockType(`acu-widgets/${name}`);
          return type && { name: type.name, title: type.title, hasIcon: Boolean(type.icon?.src), keywords: type.keywords?.length ?? 0, inserter: type.supports?.inserter !== false };
        }),
      );
      for (const type of types) {
        assert.ok(type, `a block is not registered in the editor: ${JSON.stringify(types)}`);
        assert.ok(type.title && type.hasIcon && type.keywords > 0 && type.inserter, `${type.name} lacks a title, icon, keywords or inserter entry: ${JSON.stringify(type)}`);
      }
      // The Settings page tells owners to search the inserter for "clinic".
      await page.click('button[aria-label="Toggle block inserter"]');
      await page.fill('.block-editor-inserter__search input', 'clinic');
      const found = page.locator('.block-editor-block-types-list__item-title');
      // The results follow the typing a moment later; until then the inserter lists the common blocks.
      await page
        .waitForFunction((want) => {
          const shown = [...document.querySelectorAll('.block-editor-block-types-list__item-title')].map((title) => title.textContent);
          return shown.length === want.length && want.every((title) => shown.includes(title));
        }, types.map((type) => type.title), { timeout: 5_000 })
        .catch(() => {});
      const titles = await found.allTextContents();
      assert.equal(titles.length, 4, `searching the inserter for "clinic" finds ${JSON.stringify(titles)}, not the four blocks`);
      assert.deepEqual(titles.slice().sort(), types.map((type) => type.title).sort());
      if (process.env.ACU_WORDPRESS_SCREENSHOTS) await page.screenshot({ path: join(process.env.ACU_WORDPRESS_SCREENSHOTS, 'wordpress-inserter.png') });
      await page.click('button[aria-label="Toggle block inserter"]');
      const items = [{ title: 'Typed in the editor', text: 'By the Author.' }];
      await page.evaluate(
        (items) => wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('acu-widgets/benefits', { heading: 'Editor heading', items })),
        items,
      );
      // 6.1's post editor is not in an iframe; newer ones are.
      const rendered = await page.waitForFunction(
        () => {
          const docs = [document, document.querySelector('iframe[name="editor-canvas"]')?.contentDocument].filter(Boolean);
          const host = docs.map((doc) => doc.querySelector('acu-benefits')).find(Boolean);
          const text = host?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim();
          return text && host.ownerDocument.defaultView.customElements.get('acu-benefits') && text.includes('Typed in the editor') && text;
        },
        null,
        { timeout: 15_000 },
      ).catch(async () => assert.fail(`no rendered <acu-benefits> with the typed item in the editor:\n${await page.evaluate(() => document.querySelector('.block-editor-block-list__layout')?.outerHTML.slice(0, 3000))}`));
      assert.match(await rendered.jsonValue(), /Editor heading/);
      // The other three render too, and a selected block shows its settings in the sidebar.
      const timeline = await page.evaluate(() => {
        const blocks = [
          wp.blocks.createBlock('acu-widgets/who-it-helps', {}),
          wp.blocks.createBlock('acu-widgets/timeline', { steps: [{ title: 'Say hello', text: 'At the desk.' }] }),
          wp.blocks.createBlock('acu-widgets/book-button', { label: 'Book from the editor' }),
        ];
        wp.data.dispatch('core/block-editor').insertBlocks(blocks);
        wp.data.dispatch('core/block-editor').selectBlock(blocks[1].clientId);
        return blocks[1].clientId;
      });
      await page
        .waitForFunction(
          () => {
            const docs = [document, document.querySelector('iframe[name="editor-canvas"]')?.contentDocument].filter(Boolean);
            const text = (tag) => docs.map((doc) => doc.querySelector(tag)?.shadowRoot?.textContent ?? '').join('');
            return /Could acupuncture help/.test(text('acu-who-it-helps')) && /Say hello/.test(text('acu-timeline')) && /Book from the editor/.test(text('acu-book-button'));
          },
          null,
          { timeout: 15_000 },
        )
        .catch(() => assert.fail('the checker, timeline and book button blocks do not all render in the editor'));
      await page.evaluate(() => wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
      const sidebar = () => page.evaluate(() => document.querySelector('.interface-complementary-area')?.textContent ?? '');
      await page.waitForFunction(() => /Current step/.test(document.querySelector('.interface-complementary-area')?.textContent ?? ''), null, { timeout: 10_000 }).catch(() => {});
      const shown = await sidebar();
      assert.ok(timeline && /Current step/.test(shown) && /Orientation/.test(shown) && /Steps/.test(shown), `the timeline's sidebar lacks its settings: ${shown.slice(0, 300)}`);
      if (process.env.ACU_WORDPRESS_SCREENSHOTS) await page.screenshot({ path: join(process.env.ACU_WORDPRESS_SCREENSHOTS, 'wordpress-editor.png') });
      const saved = await page.evaluate(async () => {
        wp.data.dispatch('core/editor').editPost({ title: 'Published from the block editor', status: 'publish' });
        await wp.data.dispatch('core/editor').savePost();
        const editor = wp.data.select('core/editor');
        return { ok: editor.didPostSaveRequestSucceed(), link: editor.getCurrentPost().link, content: editor.getEditedPostContent() };
      });
      assert.ok(saved.ok, 'the save request failed');
      assert.match(saved.content, /<!-- wp:acu-widgets\/benefits \{/, 'the editor saved the block');
      assert.deepEqual(log.errors, [], 'console errors in the block editor');
      const visitor = await openSite();
      try {
        await visitor.page.goto(saved.link);
        await widgetsSettled(visitor.page);
        const shown = await visitor.page.evaluate(() => document.querySelector('acu-benefits')?.shadowRoot?.textContent.replace(/\s+/g, ' '));
        assert.match(shown ?? '', /Typed in the editor/, 'the published post shows the item typed in the editor');
        assert.match(await visitor.page.content(), /Typed in the editor/, "the item is in the page's HTML (light DOM), not only in script");
        assert.deepEqual(visitor.log.errors, [], 'console errors on the published post');
      } finally {
        await visitor.close();
      }
    } finally {
      await close();
    }
    assert.deepEqual(newPhpProblems(), [], `PHP log:\n${tail(site.phpLog)}`);
  });

  test('deactivating leaves every post as saved; uninstalling removes the option', () => {
    const ids = Object.values(POSTS).map((post) => post.id);
    const contents = () => site.php(`return array_map(fn ($id) => get_post_field('post_content', $id, 'raw'), ${JSON.stringify(ids)});`).value;
    const before = contents();
    const deactivated = site.php(`deactivate_plugins(${JSON.stringify(PLUGIN_FILE)}); return is_plugin_active(${JSON.stringify(PLUGIN_FILE)});`, { user: 'admin' });
    assert.equal(deactivated.value, false);
    assert.deepEqual(contents(), before, 'post content changed on deactivation');
    assert.deepEqual(site.php("return get_option('acu_widgets_clinic');").value, CLINIC, 'deactivation is not uninstall: the settings stay');
    const { value } = site.php(
      `require_once ABSPATH . 'wp-admin/includes/file.php';
$deleted = delete_plugins([${JSON.stringify(PLUGIN_FILE)}]);
return ['deleted' => $deleted === true, 'error' => is_wp_error($deleted) ? $deleted->get_error_message() : null,
  'option' => get_option('acu_widgets_clinic', 'gone'), 'folder' => file_exists(WP_PLUGIN_DIR . '/acu-widgets')];`,
      { user: 'admin' },
    );
    assert.equal(value.error, null);
    assert.equal(value.deleted, true);
    assert.equal(value.option, 'gone', 'uninstall left acu_widgets_clinic behind');
    assert.equal(value.folder, false);
    assert.deepEqual(contents(), before, 'post content changed on uninstall');
    assert.deepEqual(newPhpProblems(), [], `PHP log:\n${tail(site.phpLog)}`);
  });
});

/** Loads one post as a visitor at 4× CPU slowdown and checks everything a visitor would notice. */
async function checkPage(t, name, viewport, theme) {
  const post = POSTS[name];
  const { page, log, close } = await openSite({ viewport });
  const problems = [];
  try {
    const requests = [];
    const dialogs = [];
    page.on('request', (request) => requests.push(new URL(request.url())));
    page.on('dialog', (dialog) => dialogs.push(dialog.message()) && dialog.dismiss());
    await page.addInitScript(recordLayoutShifts);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const response = await page.goto(links[name], { waitUntil: 'load', timeout: 30_000 });
    assert.equal(response.status(), 200, `${links[name]} answered ${response.status()}`);
    if (!post.expect.none) await widgetsSettled(page);
    // A shift can come a frame or two after the widgets' first render (fonts, a late style).
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.__acuShifts);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    problems.push(...(await contentProblems(page, { expect: post.expect, bookingUrl: BOOKING_URL })));
    if (!post.expect.none && !post.expect.hostile) problems.push(...(await layoutProblems(page)));
    problems.push(...(await injectionProblems(page, { images: !post.expect.hostile })));
    problems.push(...dialogs.map((message) => `a dialog opened: "${message}"`));

    const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
    t.diagnostic(`layout shift ${cls.toFixed(4)}`);
    if (cls > MAX_LAYOUT_SHIFT) problems.push(`layout shift ${cls.toFixed(4)} > ${MAX_LAYOUT_SHIFT}: ${JSON.stringify(shifts)}`);

    // The bundle: from the plugin's folder, once, as a module in <head>; nothing of the plugin on a page without widgets.
    const scriptRequests = requests.filter((url) => /acu-widgets/.test(url.pathname) || /acu-widgets(\.min)?\.js/.test(url.href));
    if (post.expect.none) {
      if (scriptRequests.length) problems.push(`a page without widgets requests ${scriptRequests.map(String).join(', ')}`);
    } else {
      const paths = scriptRequests.map((url) => url.pathname);
      if (paths.length !== 1 || paths[0] !== SCRIPT_PATH) problems.push(`the plugin's requests are ${JSON.stringify(scriptRequests.map(String))}, not ${SCRIPT_PATH} once`);
      const tags = await page.evaluate(() =>
        [...document.querySelectorAll('script[src*="acu-widgets"]')].map((script) => ({ src: script.getAttribute('src'), type: script.type, inHead: document.head.contains(script) })),
      );
      if (tags.length !== 1 || tags[0].type !== 'module' || !tags[0].inHead) problems.push(`the script tags are ${JSON.stringify(tags)}, not one module in <head>`);
    }
    const foreign = requests.filter((url) => url.origin !== site.url && url.protocol !== 'data:');
    if (foreign.length) problems.push(`requests leave the site: ${foreign.map(String).join(', ')}`);

    if (!post.expect.none) {
      // axe runs on the whole page, as some rules (heading order, duplicate ids) only mean something page-wide, but
      // counts only what lies in a widget or its block: a theme may have violations of its own (TT3's navigation
      // on 6.5 has one), listed as a diagnostic.
      await page.addScriptTag({ path: AXE });
      const { ours, theirs } = await page.evaluate(async () => {
        const result = await axe.run(document, { resultTypes: ['violations'], elementRef: true });
        const inWidget = (element) => {
          for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
            if (node.localName?.startsWith('acu-')) return true;
          }
          return false;
        };
        const describe = (v, nodes) => `${v.id} (${v.impact}): ${v.help} — ${nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`).join('; ')}`;
        const ours = [];
        const theirs = [];
        for (const violation of result.violations) {
          const mine = violation.nodes.filter((node) => inWidget(node.element));
          if (mine.length) ours.push(describe(violation, mine));
          if (mine.length < violation.nodes.length) theirs.push(`${violation.id} (${violation.nodes.length - mine.length})`);
        }
        return { ours, theirs };
      });
      problems.push(...ours.map((violation) => `axe: ${violation}`));
      if (theirs.length) t.diagnostic(`axe, outside the widgets (the theme's): ${theirs.join(', ')}`);
    }
    // The Author's button whose javascript: link was dropped says so, once, and shows nothing: that is the contract.
    const refused = post.expect?.hostileLabel ? /^<acu-book-button> href: no booking URL/ : /^$/;
    problems.push(...log.errors.filter((error) => !refused.test(error)).map((error) => `console: ${error}`));
    if (post.expect?.hostileLabel && log.errors.filter((error) => refused.test(error)).length !== 1) {
      problems.push(`the button whose link was refused did not report it exactly once: ${JSON.stringify(log.errors)}`);
    }
    problems.push(...newPhpProblems().map((line) => `PHP log: ${line}`));

    if (process.env.ACU_WORDPRESS_SCREENSHOTS && name === 'block') {
      await page.screenshot({ path: join(process.env.ACU_WORDPRESS_SCREENSHOTS, `wordpress-${theme}-${viewport.width}.png`), fullPage: true });
    }
    if (problems.length) problems.push(`--- the post's content column:\n${await contentHtml(page)}`);
    assert.deepEqual(problems, [], `${links[name]}:\n${problems.join('\n')}`);
  } finally {
    await close();
  }
}
