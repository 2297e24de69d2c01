<?php
/**
 * Deleting the plugin removes its one option. Posts keep their blocks and
 * shortcodes: they are the owner's content.
 *
 * @package acu-widgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'acu_widgets_clinic' );
