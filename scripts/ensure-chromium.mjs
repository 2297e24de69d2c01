/*
 * Makes sure the tests have a browser. Installs Debian's chromium when this
 * user can (root with apt-get); otherwise says in one line what to install.
 */
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const canApt = process.getuid?.() === 0 && hasCommand('apt-get');

if (!findChromium() && canApt) {
  console.log('acu-widgets: no Chrome/Chromium found; installing Debian\'s "chromium" with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
}

if (!findChromium()) {
  console.error(
    'acu-widgets: no Chrome/Chromium found; install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}

function hasCommand(name) {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
