/*
 * Where the real parts of the WordPress tests live, shared by
 * scripts/ensure-wordpress.mjs (which installs them) and the harness (which
 * starts them), so the two can never disagree about what is needed.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian's WordPress (package "wordpress"); ACU_WORDPRESS points at another copy of a WordPress core. */
export const WORDPRESS = process.env.ACU_WORDPRESS ?? '/usr/share/wordpress';

/** A block theme and a classic one: the layout rules must hold in both kinds. */
export const THEMES = ['twentytwentythree', 'twentytwentyone'];

/** An executable on PATH, or in the sbin folders a non-root PATH leaves out (where mariadbd lives). */
export function findCommand(name) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/local/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
