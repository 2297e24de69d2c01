<?php
/**
 * Shortcodes for the classic editor and page builders, taking the elements'
 * attribute names and rendering exactly what the blocks render.
 *
 * @package acu-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'init', 'acu_widgets_register_shortcodes' );

/**
 * Shortcode => widget.
 *
 * @return array<string, string>
 */
function acu_widgets_shortcodes() {
	return array(
		'acu_benefits'     => 'benefits',
		'acu_who_it_helps' => 'who-it-helps',
		'acu_timeline'     => 'timeline',
		'acu_book_button'  => 'book-button',
	);
}

/**
 * Registers the shortcodes.
 */
function acu_widgets_register_shortcodes() {
	foreach ( array_keys( acu_widgets_shortcodes() ) as $shortcode ) {
		add_shortcode( $shortcode, 'acu_widgets_shortcode' );
	}
}

/**
 * Renders a shortcode. [acu_benefits] and [acu_timeline] may enclose the
 * owner's own list.
 *
 * @param array|string $atts    Attributes by the element's attribute names; a bare full-width counts as on.
 * @param string|null  $content The enclosed content, already through wpautop.
 * @param string       $tag     The shortcode.
 * @return string
 */
function acu_widgets_shortcode( $atts, $content, $tag ) {
	$widget = acu_widgets_shortcodes()[ $tag ];
	$atts   = is_array( $atts ) ? $atts : array();
	$names  = array();
	foreach ( acu_widgets_definitions()[ $widget ]['props'] as $prop => $kind ) {
		$name           = acu_widgets_attribute_name( $prop );
		$names[ $name ] = $prop;
		// A valueless attribute arrives as a numbered value holding its name.
		if ( 'flag' === $kind && ! isset( $atts[ $name ] ) && in_array( $name, $atts, true ) ) {
			$atts[ $name ] = 'true';
		}
	}
	$given = shortcode_atts( array_fill_keys( array_keys( $names ), null ), $atts, $tag );
	$props = array();
	foreach ( $given as $name => $value ) {
		$props[ $names[ $name ] ] = $value;
	}
	$list = is_string( $content ) ? acu_widgets_items_from_html( $content ) : array();
	return acu_widgets_render( $widget, $props, $list );
}

/**
 * The list items in an owner's enclosed <ul>/<ol>, cleaned: wpautop's <p>
 * and <br /> go, <b> and <i> become <strong> and <em>, and only strong, em
 * and links stay.
 *
 * @param string $html The enclosed content.
 * @return string[] List items for acu_widgets_render().
 */
function acu_widgets_items_from_html( $html ) {
	if ( ! preg_match_all( '#<li\b[^>]*>(.*?)</li>#is', $html, $matches ) ) {
		return array();
	}
	$allowed = array(
		'strong' => array(),
		'em'     => array(),
		'a'      => array( 'href' => true ),
	);
	$items   = array();
	foreach ( $matches[1] as $inner ) {
		$inner = preg_replace( array( '#<br\s*/?>#i', '#</?p\b[^>]*>#i' ), ' ', $inner );
		$inner = preg_replace( array( '#<(/?)b\b[^>]*>#i', '#<(/?)i\b[^>]*>#i' ), array( '<$1strong>', '<$1em>' ), $inner );
		// A link whose address kses would only mangle (javascript:alert() becomes alert()) keeps just its text.
		$inner = preg_replace_callback(
			'#<a\b([^>]*)>(.*?)</a>#is',
			function ( $link ) {
				$href = preg_match( '#\bhref\s*=\s*(["\'])(.*?)\1#is', $link[1], $m ) ? trim( html_entity_decode( $m[2], ENT_QUOTES, 'UTF-8' ) ) : '';
				$href = preg_match( '#^(https?:|mailto:|tel:|/|\#)#i', $href ) ? esc_url( $href, array( 'http', 'https', 'mailto', 'tel' ) ) : '';
				return '' === $href ? $link[2] : '<a href="' . $href . '">' . $link[2] . '</a>';
			},
			$inner
		);
		$inner = wp_kses( $inner, $allowed );
		$title = '';
		if ( preg_match( '#^\s*<strong>(.*?)</strong>(.*)$#is', $inner, $parts ) ) {
			$title = wp_strip_all_tags( $parts[1] );
			$inner = $parts[2];
		}
		$body = trim( preg_replace( '/\s+/', ' ', $inner ) );
		if ( '' !== trim( $title ) || '' !== trim( wp_strip_all_tags( $body ) ) ) {
			$items[] = acu_widgets_list_item( html_entity_decode( $title, ENT_QUOTES, 'UTF-8' ), $body );
		}
	}
	return $items;
}
