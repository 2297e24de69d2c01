/*
 * Makes sure the real-WordPress tests have what they start: PHP with mysqli,
 * MariaDB (or MySQL), Debian's WordPress and the two themes they check.
 * Installs the Debian packages when this user can (root with apt-get);
 * otherwise says in one line what to install.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findCommand, THEMES, WORDPRESS } from '../test/wordpress/requirements.mjs';

const PACKAGES = {
  php: 'php-cli',
  mysqli: 'php-mysql',
  mariadb: 'mariadb-server',
  wordpress: 'wordpress',
  twentytwentythree: 'wordpress-theme-twentytwentythree',
  twentytwentyone: 'wordpress-theme-twentytwentyone',
};

function missing() {
  const php = findCommand('php');
  const gaps = [];
  if (!php) gaps.push('php', 'mysqli');
  else if (!phpHas(php, 'mysqli')) gaps.push('mysqli');
  if (!findCommand('mariadbd') && !findCommand('mysqld')) gaps.push('mariadb');
  if (!existsSync(`${WORDPRESS}/wp-settings.php`)) gaps.push('wordpress');
  for (const theme of THEMES) if (!existsSync(`${WORDPRESS}/wp-content/themes/${theme}/style.css`)) gaps.push(theme);
  return gaps;
}

function phpHas(php, extension) {
  try {
    execFileSync(php, ['-r', `exit(extension_loaded('${extension}') ? 0 : 1);`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let gaps = missing();
if (gaps.length && process.getuid?.() === 0 && findCommand('apt-get')) {
  const packages = [...new Set(gaps.map((gap) => PACKAGES[gap]))].join(' ');
  console.log(`acu-widgets: the WordPress tests need ${gaps.join(', ')}; installing ${packages} with apt-get…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`, {
    stdio: 'inherit',
  });
  gaps = missing();
}

if (gaps.length) {
  const packages = [...new Set(gaps.map((gap) => PACKAGES[gap]))].join(' ');
  console.error(
    `acu-widgets: the WordPress tests need ${gaps.join(', ')}; install them (Debian/Ubuntu: sudo apt-get install ${packages}) and run again.`,
  );
  process.exit(1);
}
