<?php
/**
 * Deleting the plugin removes its one option, on every site of a network.
 * Posts keep their blocks and shortcodes: they are the owner's content.
 *
 * @package acu-widgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $acu_widgets_site ) {
		switch_to_blog( $acu_widgets_site );
		delete_option( 'acu_widgets_clinic' );
		restore_current_blog();
	}
} else {
	delete_option( 'acu_widgets_clinic' );
}
