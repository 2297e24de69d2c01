<?php
/**
 * The widgets' script: loaded from the plugin's folder, in <head> and render
 * blocking, only on pages that show a widget.
 *
 * WordPress 6.1 has no script-modules API, so the classic script API is used
 * and the tag rewritten into a module.
 *
 * @package acu-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'init', 'acu_widgets_register_scripts', 5 );
add_action( 'wp_enqueue_scripts', 'acu_widgets_enqueue_for_main_query' );
add_action( 'enqueue_block_editor_assets', 'acu_widgets_editor_data' );
add_filter( 'script_loader_tag', 'acu_widgets_script_tag', 10, 3 );

/**
 * The widgets' script for the clinic's locale (Settings > Clinic widgets, else
 * the site's language): assets/acu-widgets.<lang>.js when the plugin ships
 * that language, so the page shows it from the first paint with one script,
 * else assets/acu-widgets.js (English). Matches as the widgets do (BCP 47):
 * the exact tag, its language and script, zh / zh-CN / zh-SG as Simplified
 * Chinese, then the language alone (pt-BR and pt-PT get pt, fr-CA gets fr).
 *
 * @return string The script's path inside the plugin's folder.
 */
function acu_widgets_script_file() {
	$shipped = array(
		'es'      => 'es',
		'fr'      => 'fr',
		'de'      => 'de',
		'pt'      => 'pt',
		'zh-hans' => 'zh-Hans',
	);
	$tag     = strtolower( acu_widgets_locale() );
	$parts   = explode( '-', $tag );
	$next    = isset( $parts[1] ) ? $parts[1] : '';
	$keys    = array( $tag, $parts[0] . '-' . $next, 'zh' === $parts[0] && in_array( $next, array( 'cn', 'sg', '' ), true ) ? 'zh-hans' : $parts[0] );
	foreach ( $keys as $key ) {
		if ( isset( $shipped[ $key ] ) && file_exists( ACU_WIDGETS_DIR . '/assets/acu-widgets.' . $shipped[ $key ] . '.js' ) ) {
			return 'assets/acu-widgets.' . $shipped[ $key ] . '.js';
		}
	}
	return 'assets/acu-widgets.js';
}

/**
 * Registers the widgets' script and the blocks' editor script.
 */
function acu_widgets_register_scripts() {
	wp_register_script( 'acu-widgets', plugins_url( acu_widgets_script_file(), ACU_WIDGETS_FILE ), array(), ACU_WIDGETS_VERSION, false );
	wp_register_script(
		'acu-widgets-editor',
		plugins_url( 'editor/blocks.js', ACU_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		ACU_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'acu-widgets-editor', 'acu-widgets', ACU_WIDGETS_DIR . '/languages' );
}

/**
 * Whether post content shows a widget: one of our blocks, one of our
 * shortcodes, or an acu-* element pasted as HTML, also inside the reusable
 * blocks it uses.
 *
 * @param string $content Raw post content.
 * @param int    $depth   How many levels of reusable blocks to look into.
 * @return bool
 */
function acu_widgets_content_uses_widget( $content, $depth = 2 ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	if ( false !== strpos( $content, '<!-- wp:acu-widgets/' ) || false !== stripos( $content, '<acu-' ) ) {
		return true;
	}
	foreach ( array_keys( acu_widgets_shortcodes() ) as $shortcode ) {
		if ( has_shortcode( $content, $shortcode ) ) {
			return true;
		}
	}
	if ( $depth > 0 && preg_match_all( '/<!-- wp:block \{"ref":(\d+)/', $content, $refs ) ) {
		foreach ( array_unique( $refs[1] ) as $ref ) {
			$block = get_post( (int) $ref );
			if ( $block instanceof WP_Post && 'wp_block' === $block->post_type && acu_widgets_content_uses_widget( $block->post_content, $depth - 1 ) ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * Enqueues the script for <head> when a post of the main query shows a
 * widget, so the widgets are in the first paint and nothing shifts.
 */
function acu_widgets_enqueue_for_main_query() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && acu_widgets_content_uses_widget( $post->post_content ) ) {
			wp_enqueue_script( 'acu-widgets' );
			return;
		}
	}
}

/**
 * Called by every widget that renders. A widget the main query's content did
 * not reveal (a reusable block, a sidebar, a template part) still gets the
 * script: in <head> when the page renders it before the head (block themes),
 * otherwise in the footer.
 */
function acu_widgets_script_needed() {
	if ( did_action( 'init' ) && ! wp_script_is( 'acu-widgets', 'enqueued' ) && ! wp_script_is( 'acu-widgets', 'done' ) ) {
		wp_enqueue_script( 'acu-widgets' );
	}
}

/**
 * Gives the editor script the clinic's details, so a Book button previews
 * with the booking page from the settings, and the widgets' script.
 *
 * The editor script adds that script to the editor canvas itself, as a
 * module, once a widget block is shown: the iframed canvas of WordPress 6.1
 * and 6.2 copies scripts into the frame without their type, and a module loaded
 * as a classic script fails.
 */
function acu_widgets_editor_data() {
	$data = array(
		'clinic'      => array_filter(
			acu_widgets_clinic_attributes(),
			function ( $value ) {
				return null !== $value;
			}
		),
		'script'      => add_query_arg( 'ver', ACU_WIDGETS_VERSION, plugins_url( acu_widgets_script_file(), ACU_WIDGETS_FILE ) ),
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=acu-widgets' ) : '',
	);
	wp_add_inline_script( 'acu-widgets-editor', 'window.acuWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}

/**
 * Prints the script as a module; in <head> it also blocks rendering, so the
 * first paint already has the widgets in it.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL, version included.
 * @return string
 */
function acu_widgets_script_tag( $tag, $handle, $src ) {
	if ( 'acu-widgets' !== $handle ) {
		return $tag;
	}
	return sprintf(
		'<script type="module" src="%1$s" id="acu-widgets-js"%2$s></script>' . "\n",
		esc_url( $src ),
		doing_action( 'wp_head' ) ? ' blocking="render"' : ''
	);
}
