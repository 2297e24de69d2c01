<?php
/**
 * Plugin Name:       Clinic Widgets (acu-widgets)
 * Description:       Accessible widgets for clinic websites: benefits list, who-it-helps checker, first-visit timeline and booking button, as blocks and shortcodes.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            acu-widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       acu-widgets
 *
 * The widgets' script (assets/acu-widgets.js) is MIT-licensed, which is
 * compatible with the GPL under which this plugin is distributed.
 *
 * @package acu-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ACU_WIDGETS_VERSION', '0.1.0' );
define( 'ACU_WIDGETS_FILE', __FILE__ );
define( 'ACU_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/kses.php';

add_action( 'init', 'acu_widgets_load_textdomain', 0 );

/**
 * Translations shipped in languages/ are used when the site's language has no
 * translation from translate.wordpress.org.
 */
function acu_widgets_load_textdomain() {
	load_plugin_textdomain( 'acu-widgets', false, dirname( plugin_basename( ACU_WIDGETS_FILE ) ) . '/languages' );
}
