/*
 * A throwaway WordPress on 127.0.0.1 for the plugin's tests, from real
 * parts: Debian's WordPress core (copied, with a wp-content of its own),
 * MariaDB on its own datadir and socket, and PHP's built-in server. Nothing
 * outside a fresh temporary folder is written, and stop() ends exactly the
 * processes start() spawned.
 *
 * WordPress is driven the way its own screens drive it: PHP run inside
 * WordPress (wp-load.php) as a given user, with REST requests for saves so
 * an Author's post passes the same capability checks and kses filters the
 * block editor's save does.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findCommand, THEMES, WORDPRESS } from './requirements.mjs';

export const PLUGIN_FILE = 'acu-widgets/acu-widgets.php';

/** The site's people, one per role the plugin cares about; passwords are only ever used on loopback. */
export const USERS = {
  admin: { role: 'administrator', password: 'admin-pass-1234' },
  author: { role: 'author', password: 'author-pass-1234' },
  contributor: { role: 'contributor', password: 'contributor-pass-1234' },
};

const isRoot = process.getuid?.() === 0;

/*
 * WP_DEBUG makes WordPress report everything (it sets error_reporting to
 * E_ALL itself, over any -d flag) and _doing_it_wrong() notices; the log
 * file, not the page, receives them.
 */
const phpFlags = (log) => ['-d', 'display_errors=0', '-d', 'log_errors=1', '-d', 'error_reporting=E_ALL', '-d', `error_log=${log}`, '-d', 'memory_limit=256M'];

/** A port above 8100 no one is listening on (the kernel's ephemeral range starts well above it). */
async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  if (port <= 8100) return freePort();
  return port;
}

async function until(what, check, timeout = 20_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const listening = (port) =>
  new Promise((done) => {
    const socket = connect(port, '127.0.0.1', () => (socket.destroy(), done(true)));
    socket.on('error', () => done(false));
  });

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Starts WordPress with the plugin zip `zip` installed (not activated).
 * `log(line)` hears what setup does and how long it took.
 */
export async function startWordPress({ zip, log = () => {} }) {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'acu-wordpress-'));
  const pids = [];
  const site = { dir, pids };
  const stop = async () => {
    // Each server was spawned as the leader of its own process group, so the group id reaches
    // PHP's worker processes too, and nothing else.
    const signal = (pid, name) => {
      try {
        process.kill(-pid, name);
      } catch {
        // already gone
      }
    };
    for (const pid of pids) signal(pid, 'SIGTERM');
    const end = Date.now() + 5_000;
    while (pids.some(alive) && Date.now() < end) await sleep(50);
    for (const pid of pids.filter(alive)) signal(pid, 'SIGKILL');
    pids.length = 0;
    if (!process.env.ACU_KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true });
  };
  // Should the test process itself end early (an uncaught error, Ctrl-C, the runner's SIGTERM), the servers go with it.
  const onExit = () => {
    pids.forEach((pid) => alive(pid) && process.kill(-pid, 'SIGKILL'));
    if (!process.env.ACU_KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    onExit();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  site.stop = async () => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stop();
  };

  try {
    const spawnServer = (command, args, name, env = {}) => {
      const out = join(dir, `${name}.out`);
      writeFileSync(out, '');
      const fd = openSync(out, 'a');
      const child = spawn(command, args, { detached: true, stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
      pids.push(child.pid);
      child.unref();
      // A SIGKILLed test process runs no handler; this watch ends the server's group (and removes the site) once the
      // test process is gone, and ends itself with the group.
      const cleanUp = process.env.ACU_KEEP_WORDPRESS ? '' : `; rm -rf '${dir}'`;
      spawn('sh', ['-c', `while kill -0 ${process.pid} && kill -0 -${child.pid}; do sleep 1; done 2>/dev/null; kill -9 -${child.pid} 2>/dev/null${cleanUp}`], {
        detached: true,
        stdio: 'ignore',
      }).unref();
      return { child, out };
    };

    // MariaDB: its own datadir and socket, no TCP, no config files but ours.
    const db = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    const asRoot = isRoot ? ['--user=root'] : [];
    const installDb = findCommand('mariadb-install-db') ?? findCommand('mysql_install_db');
    execFileSync(installDb, ['--no-defaults', '--auth-root-authentication-method=normal', `--datadir=${db}`, '--skip-test-db', ...asRoot], {
      stdio: 'pipe',
    });
    const mariadbd = findCommand('mariadbd') ?? findCommand('mysqld');
    const mysql = spawnServer(mariadbd, [
      '--no-defaults', `--datadir=${db}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysql.pid')}`,
      `--log-error=${join(dir, 'mysql.err')}`, '--innodb-buffer-pool-size=32M', '--innodb-log-file-size=16M', '--skip-log-bin', ...asRoot,
    ], 'mysql');
    await until('MariaDB', () => existsSync(socket) || mysql.child.exitCode !== null).catch(() => {});
    if (!existsSync(socket)) throw new Error(`MariaDB did not start:\n${readFileSync(join(dir, 'mysql.err'), 'utf8').slice(-2000)}`);
    execFileSync('php', ['-r', `(new mysqli(null, 'root', '', '', 0, ${JSON.stringify(socket)}))->query('CREATE DATABASE wordpress CHARACTER SET utf8mb4');`]);
    log(`MariaDB up in ${Date.now() - started} ms`);

    // WordPress core, copied so wp-load.php finds our wp-config.php next to it (a symlinked core resolves
    // __DIR__ back to /usr/share/wordpress and Debian's config); its own wp-content with the themes.
    const root = join(dir, 'wp');
    mkdirSync(root);
    for (const entry of readdirSync(WORDPRESS)) {
      if (entry.endsWith('.php') && entry !== 'wp-config.php') cpSync(join(WORDPRESS, entry), join(root, entry), { dereference: true });
    }
    for (const folder of ['wp-admin', 'wp-includes']) cpSync(join(WORDPRESS, folder), join(root, folder), { recursive: true, dereference: true });
    for (const theme of THEMES) {
      cpSync(join(WORDPRESS, 'wp-content/themes', theme), join(root, 'wp-content/themes', theme), { recursive: true, dereference: true });
    }
    mkdirSync(join(root, 'wp-content/plugins'), { recursive: true });
    mkdirSync(join(root, 'wp-content/uploads'), { recursive: true });
    // The site is offline: WordPress's update checks would only fail, logging a warning each time.
    mkdirSync(join(root, 'wp-content/mu-plugins'));
    writeFileSync(
      join(root, 'wp-content/mu-plugins/offline-site.php'),
      `<?php
foreach (['admin_init' => ['_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes'], 'wp_version_check' => ['wp_version_check'],
  'wp_update_plugins' => ['wp_update_plugins'], 'wp_update_themes' => ['wp_update_themes'], 'load-plugins.php' => ['wp_update_plugins'],
  'load-themes.php' => ['wp_update_themes'], 'load-update.php' => ['wp_update_plugins', 'wp_update_themes'], 'load-update-core.php' => ['wp_update_plugins', 'wp_update_themes'],
  'init' => ['wp_schedule_update_checks']] as $hook => $callbacks) {
  foreach ($callbacks as $callback) remove_action($hook, $callback);
}
// admin-filters.php adds these later than this file runs; take them off as the hook starts.
add_action('upgrader_process_complete', function () {
  foreach (['wp_version_check', 'wp_update_plugins', 'wp_update_themes'] as $callback) remove_action('upgrader_process_complete', $callback);
}, 0);
add_filter('pre_site_transient_update_core', '__return_null');
`,
    );
    log(`WordPress copied in ${Date.now() - started} ms`);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const phpLog = join(dir, 'php-errors.log');
    writeFileSync(phpLog, '');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((key) => `define('${key}', '${randomBytes(24).toString('hex')}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', false);
// Application passwords and the like want 'local' on plain http.
define('WP_ENVIRONMENT_TYPE', 'local');
// Nothing may leave the machine or run behind the tests' back: no update checks, no cron requests.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // Pretty permalinks with PHP's server: real files are served as they are, everything else is WordPress.
    const router = join(dir, 'router.php');
    writeFileSync(
      router,
      `<?php
$file = $_SERVER['DOCUMENT_ROOT'] . urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (is_file($file) || (is_dir($file) && is_file(rtrim($file, '/') . '/index.php'))) return false;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['SCRIPT_FILENAME'];
`,
    );
    // Runs a PHP file inside WordPress as a user; the file's return value comes back as JSON.
    const runner = join(dir, 'run.php');
    writeFileSync(
      runner,
      `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
if (getenv('ACU_WP_INSTALLING')) define('WP_INSTALLING', true);
require ${JSON.stringify(join(root, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/plugin.php';
if ($argv[1] !== '') {
  $acu_user = get_user_by('login', $argv[1]);
  if (!$acu_user) { fwrite(STDERR, "no user $argv[1]\\n"); exit(2); }
  wp_set_current_user($acu_user->ID);
}
$acu_result = require $argv[2];
echo "\\n@@acu-result@@", wp_json_encode($acu_result);
`,
    );

    let scripts = 0;
    /**
     * Runs `code` (PHP statements ending in a `return`) inside WordPress as `user` (a key of USERS, or
     * none for no one logged in) and gives back its return value.
     */
    const php = (code, { user, env = {} } = {}) => {
      const file = join(dir, `script-${++scripts}.php`);
      writeFileSync(file, `<?php\n${code}\n`);
      let out;
      try {
        out = execFileSync('php', [...phpFlags(phpLog), runner, user ?? '', file], {
          encoding: 'utf8',
          env: { ...process.env, ...env },
          timeout: 60_000,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (error) {
        throw new Error(`PHP as ${user ?? 'no one'} failed (${error.status}):\n${code}\n--- output:\n${`${error.stdout}${error.stderr}`.slice(-3000)}\n--- PHP log:\n${tail(phpLog)}`, { cause: error });
      }
      const at = out.lastIndexOf('@@acu-result@@');
      if (at < 0) throw new Error(`PHP as ${user ?? 'no one'} returned nothing:\n${code}\n--- output:\n${out.slice(-3000)}\n--- PHP log:\n${tail(phpLog)}`);
      const stray = out.slice(0, at).trim();
      return { value: JSON.parse(out.slice(at + '@@acu-result@@'.length)), output: stray };
    };

    php(
      `// No mail server here; WordPress would only try to mail the new site's password.
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('Riverside Acupuncture', 'admin', 'admin@clinic.example', false, '', ${JSON.stringify(USERS.admin.password)});
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'UTC');
// Avatars come from gravatar.com, which this offline site cannot reach.
update_option('show_avatars', 0);
${Object.entries(USERS)
  .filter(([login]) => login !== 'admin')
  .map(([login, { role, password }]) => `wp_insert_user(['user_login' => '${login}', 'user_pass' => '${password}', 'role' => '${role}', 'user_email' => '${login}@clinic.example', 'display_name' => '${login}']);`)
  .join('\n')}
flush_rewrite_rules(false);
return $result['user_id'];`,
      { env: { ACU_WP_INSTALLING: '1' } },
    );
    log(`WordPress installed in ${Date.now() - started} ms`);

    // What Plugins > Add New > Upload does with the zip: WordPress's own upgrader unpacks and checks it.
    if (zip) {
      const { value } = php(
        `require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
$upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
$installed = $upgrader->install(${JSON.stringify(zip)});
return ['installed' => $installed === true, 'error' => is_wp_error($installed) ? $installed->get_error_message() : null,
  'messages' => $upgrader->skin->get_upgrade_messages(), 'plugin' => $upgrader->plugin_info()];`,
        { user: 'admin' },
      );
      if (!value.installed) throw new Error(`Uploading the plugin zip failed: ${value.error}\n${value.messages.join('\n')}`);
      site.installedAs = value.plugin;
      log(`plugin zip installed as ${value.plugin} in ${Date.now() - started} ms`);
    }

    const server = spawnServer(
      'php',
      [...phpFlags(phpLog), '-d', 'opcache.enable=1', '-d', 'opcache.enable_cli=1', '-S', `127.0.0.1:${port}`, '-t', root, router],
      'php-server',
      // Chromium fetches a page's styles and scripts in parallel; one PHP process would serve them in turn.
      { PHP_CLI_SERVER_WORKERS: '4' },
    );
    await until('PHP server', async () => (await listening(port)) || server.child.exitCode !== null);
    if (server.child.exitCode !== null) throw new Error(`PHP's server did not start:\n${tail(server.out)}`);
    log(`PHP server on ${url} in ${Date.now() - started} ms`);

    Object.assign(site, { url, root, port, phpLog, php, setupMs: Date.now() - started });
    return site;
  } catch (error) {
    await site.stop();
    throw error;
  }
}

/** The last lines of a log, for failure messages. */
export function tail(file, lines = 40) {
  if (!existsSync(file)) return `(${file} missing)`;
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
