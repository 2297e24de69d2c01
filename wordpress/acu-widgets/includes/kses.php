<?php
/**
 * Lets Authors and Contributors (who lack unfiltered_html) save the acu-*
 * elements with their documented attributes, and nothing more.
 *
 * @package acu-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter( 'wp_kses_allowed_html', 'acu_widgets_kses_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'acu_widgets_kses_uri_attributes' );

/**
 * The elements and their attributes as the README documents them.
 *
 * @return array<string, array<string, bool>>
 */
function acu_widgets_kses_elements() {
	$elements = array(
		'acu-clinic'       => array( 'name', 'booking-url', 'phone', 'email', 'locale' ),
		'acu-benefits'     => array( 'heading', 'heading-level', 'layout' ),
		'acu-who-it-helps' => array( 'heading', 'heading-level' ),
		'acu-timeline'     => array( 'heading', 'heading-level', 'orientation', 'current' ),
		'acu-book-button'  => array( 'href', 'label', 'mode', 'provider', 'variant', 'size', 'full-width', 'utm-source', 'utm-medium', 'utm-campaign', 'forward-params', 'datalayer' ),
	);
	return array_map(
		function ( $attributes ) {
			return array_fill_keys( array_merge( $attributes, array( 'lang', 'class', 'id' ) ), true );
		},
		$elements
	);
}

/**
 * Adds the elements to what post content may hold.
 *
 * @param array<string, array> $tags    Allowed tags and their attributes.
 * @param string|array         $context The kses context.
 * @return array<string, array>
 */
function acu_widgets_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	return array_merge( $tags, acu_widgets_kses_elements() );
}

/**
 * Checks the booking URL's protocol as href is checked, so javascript: and
 * other unsafe URLs are stripped from it.
 *
 * @param string[] $attributes Attributes holding a URL.
 * @return string[]
 */
function acu_widgets_kses_uri_attributes( $attributes ) {
	$attributes[] = 'booking-url';
	return $attributes;
}
