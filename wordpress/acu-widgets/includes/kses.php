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
add_filter( 'pre_kses', 'acu_widgets_kses_drop_refused_links' );

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

/**
 * Drops a booking link whose scheme the widgets never follow, before kses
 * sees it. kses would strip only the scheme, so href="javascript:alert(1)"
 * would become href="alert(1)": a relative link to a missing page on the
 * clinic's own site. Without the attribute, the button uses the clinic's
 * booking URL, or shows nothing and says why in the console.
 *
 * @param string|array $content Content being filtered.
 * @return string|array
 */
function acu_widgets_kses_drop_refused_links( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<acu-' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'/<acu-[a-z-]+\\b[^>]*>/i',
		function ( $tag ) {
			return preg_replace_callback(
				'/\\s(?:href|booking-url)\\s*=\\s*("[^"]*"|\'[^\']*\'|[^\\s>]+)/i',
				function ( $attribute ) {
					$url = html_entity_decode( trim( $attribute[1], '"\'' ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
					return wp_kses_bad_protocol( $url, array( 'http', 'https', 'tel', 'mailto' ) ) === $url ? $attribute[0] : '';
				},
				$tag[0]
			);
		},
		$content
	);
}
