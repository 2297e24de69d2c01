<?php
/**
 * The markup every widget renders, shared by blocks and shortcodes.
 *
 * @package acu-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ACU_WIDGETS_MARK_START', '<!--acu-widgets-->' );
define( 'ACU_WIDGETS_MARK_END', '<!--/acu-widgets-->' );

// After do_shortcode (11), so the paragraphs wpautop (10) put around shortcodes can be mended.
add_filter( 'the_content', 'acu_widgets_mend_paragraphs', 12 );
add_filter( 'widget_text_content', 'acu_widgets_mend_paragraphs', 12 );
add_filter( 'widget_block_content', 'acu_widgets_mend_paragraphs', 12 );

/**
 * The widgets: their element, the properties they take with the kind of value
 * each holds, and the list element their items render as.
 *
 * @return array<string, array{tag: string, props: array<string, string>, list?: string}>
 */
function acu_widgets_definitions() {
	return array(
		'benefits'     => array(
			'tag'   => 'acu-benefits',
			'props' => array(
				'heading'      => 'heading',
				'headingLevel' => 'level',
				'layout'       => 'choice',
			),
			'list'  => 'ul',
		),
		'who-it-helps' => array(
			'tag'   => 'acu-who-it-helps',
			'props' => array(
				'heading'      => 'heading',
				'headingLevel' => 'level',
			),
		),
		'timeline'     => array(
			'tag'   => 'acu-timeline',
			'props' => array(
				'heading'      => 'heading',
				'headingLevel' => 'level',
				'orientation'  => 'choice',
				'current'      => 'count',
			),
			'list'  => 'ol',
		),
		'book-button'  => array(
			'tag'   => 'acu-book-button',
			'props' => array(
				'href'      => 'url',
				'label'     => 'label',
				'mode'      => 'choice',
				'provider'  => 'choice',
				'variant'   => 'choice',
				'size'      => 'choice',
				'fullWidth' => 'flag',
			),
		),
	);
}

/**
 * The values each keyword property accepts, as the elements document them.
 *
 * @return array<string, string[]>
 */
function acu_widgets_choices() {
	return array(
		'layout'      => array( 'list', 'grid' ),
		'orientation' => array( 'vertical', 'horizontal' ),
		'mode'        => array( 'link', 'new-tab', 'popup', 'floating' ),
		'provider'    => array( 'jane', 'calendly', 'calcom', 'acuity', 'square', 'mindbody', 'zocdoc', 'simplepractice', 'generic' ),
		'variant'     => array( 'primary', 'secondary', 'outline' ),
		'size'        => array( 'small', 'medium', 'large' ),
	);
}

/**
 * The element attribute for a property: headingLevel becomes heading-level.
 *
 * @param string $prop A property name.
 * @return string
 */
function acu_widgets_attribute_name( $prop ) {
	return strtolower( preg_replace( '/[A-Z]/', '-$0', $prop ) );
}

/**
 * A property's value as the element may receive it, or null to leave the
 * attribute out (the element's default then applies).
 *
 * @param string $prop  The property.
 * @param string $kind  What it holds, from acu_widgets_definitions().
 * @param mixed  $value What the block or shortcode was given.
 * @return string|null The attribute value ('' for a boolean that is on).
 */
function acu_widgets_prop_value( $prop, $kind, $value ) {
	if ( null === $value || is_array( $value ) || is_object( $value ) ) {
		return null;
	}
	switch ( $kind ) {
		case 'heading':
			// '' is meaningful: it hides the heading.
			return trim( wp_strip_all_tags( (string) $value ) );
		case 'label':
			$label = trim( wp_strip_all_tags( (string) $value ) );
			return '' === $label ? null : $label;
		case 'level':
			return is_numeric( $value ) ? (string) min( 6, max( 2, (int) $value ) ) : null;
		case 'count':
			return is_numeric( $value ) && (int) $value >= 1 ? (string) (int) $value : null;
		case 'choice':
			$value = strtolower( trim( (string) $value ) );
			return in_array( $value, acu_widgets_choices()[ $prop ], true ) ? $value : null;
		case 'url':
			$url = esc_url( trim( (string) $value ), array( 'http', 'https', 'tel', 'mailto' ) );
			return '' === $url ? null : $url;
		case 'flag':
			return acu_widgets_is_on( $value ) ? '' : null;
	}
	return null;
}

/**
 * Whether a boolean given as a block attribute or a shortcode attribute is on.
 *
 * @param mixed $value true, or "", "true", "1", "yes" as a shortcode writes it.
 * @return bool
 */
function acu_widgets_is_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '', 'true', '1', 'yes', 'on', 'full-width' ), true );
}

/**
 * Attribute markup from name => value pairs; null values are left out and
 * every value is escaped.
 *
 * @param array<string, string|null> $attributes The attributes.
 * @return string Leading space included, or ''.
 */
function acu_widgets_attributes( $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( null !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html;
}

/**
 * The attributes of <acu-clinic>, from Settings > Clinic widgets.
 *
 * @return array<string, string|null>
 */
function acu_widgets_clinic_attributes() {
	$clinic = acu_widgets_get_clinic();
	$locale = acu_widgets_locale();
	$none   = function ( $value ) {
		return '' === $value ? null : $value;
	};
	return array(
		'name'        => $none( $clinic['name'] ),
		'booking-url' => $none( esc_url( $clinic['booking_url'], array( 'http', 'https' ) ) ),
		'phone'       => $none( $clinic['phone'] ),
		'email'       => $none( $clinic['email'] ),
		'locale'      => $none( $locale ),
	);
}

/**
 * One list item as the element reads it: a leading <strong> is the title.
 *
 * @param string $title     Plain text.
 * @param string $body_html Safe HTML (escaped text, or text with strong/em/a only).
 * @return string
 */
function acu_widgets_list_item( $title, $body_html ) {
	$title = trim( $title );
	$body  = trim( $body_html );
	if ( '' === $title ) {
		return '<li>' . $body . '</li>';
	}
	return '<li><strong>' . esc_html( $title ) . '</strong>' . ( '' === $body ? '' : ' ' . $body ) . '</li>';
}

/**
 * The HTML of one widget inside <acu-clinic>, on one line, between the
 * markers acu_widgets_mend_paragraphs() looks for.
 *
 * @param string   $widget     A key of acu_widgets_definitions().
 * @param array    $props      Property => value; unknown or invalid values are dropped.
 * @param string[] $list_items <li> elements from acu_widgets_list_item().
 * @param string   $wrapper    Extra attribute markup for <acu-clinic>, such as a block's wrapper attributes.
 * @return string
 */
function acu_widgets_render( $widget, $props, $list_items = array(), $wrapper = '' ) {
	$definitions = acu_widgets_definitions();
	if ( ! isset( $definitions[ $widget ] ) ) {
		return '';
	}
	$definition = $definitions[ $widget ];
	$attributes = array();
	foreach ( $definition['props'] as $prop => $kind ) {
		$attributes[ acu_widgets_attribute_name( $prop ) ] = acu_widgets_prop_value( $prop, $kind, isset( $props[ $prop ] ) ? $props[ $prop ] : null );
	}
	$list = '';
	if ( isset( $definition['list'] ) && $list_items ) {
		$list = '<' . $definition['list'] . '>' . implode( '', $list_items ) . '</' . $definition['list'] . '>';
	}
	$wrapper = trim( $wrapper );
	$html    = ACU_WIDGETS_MARK_START
		. '<acu-clinic' . ( '' === $wrapper ? '' : ' ' . $wrapper ) . acu_widgets_attributes( acu_widgets_clinic_attributes() ) . '>'
		. '<' . $definition['tag'] . acu_widgets_attributes( $attributes ) . '>' . $list . '</' . $definition['tag'] . '>'
		. '</acu-clinic>'
		. ACU_WIDGETS_MARK_END;

	acu_widgets_script_needed();

	// One line, so no later filter finds a paragraph break inside; brackets as
	// entities, so text from the author is never run as a shortcode.
	return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), preg_replace( '/\s*[\r\n]+\s*/', ' ', $html ) );
}

/**
 * Takes every widget out of the paragraphs wpautop may have put it in.
 *
 * A <ul> or <ol> start tag inside an open <p> makes the HTML parser close the
 * <p>, and our elements with it, scattering the list outside the widget. So a
 * paragraph open before a widget is closed there (or dropped when it holds
 * nothing yet), and what is left of it after the widget becomes a paragraph
 * of its own (or goes, when that is only its </p>).
 *
 * @param string $content Filtered post content.
 * @return string
 */
function acu_widgets_mend_paragraphs( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, ACU_WIDGETS_MARK_START ) ) {
		return $content;
	}
	$parts = preg_split( '/(' . preg_quote( ACU_WIDGETS_MARK_START, '/' ) . '.*?' . preg_quote( ACU_WIDGETS_MARK_END, '/' ) . ')/s', $content, -1, PREG_SPLIT_DELIM_CAPTURE );
	$open  = '<p(?=[\s>])[^>]*>';
	$gap   = '(?:\s|&nbsp;|<br\s*\/?>)*';
	// Whether the paragraph a widget was taken out of goes on after it.
	$cut   = false;
	$count = count( $parts );
	for ( $i = 1; $i < $count; $i += 2 ) {
		if ( acu_widgets_ends_in_paragraph( implode( '', array_slice( $parts, 0, $i ) ) ) ) {
			if ( preg_match( '/' . $open . $gap . '$/i', $parts[ $i - 1 ] ) ) {
				$parts[ $i - 1 ] = preg_replace( '/' . $open . $gap . '$/i', '', $parts[ $i - 1 ] );
			} else {
				$parts[ $i - 1 ] = preg_replace( '/' . $gap . '$/i', '', $parts[ $i - 1 ] ) . '</p>';
			}
			$cut = true;
		}
		$after = $parts[ $i + 1 ];
		if ( preg_match( '/^' . $gap . '<\/p>/i', $after ) ) {
			$parts[ $i + 1 ] = preg_replace( '/^' . $gap . '<\/p>/i', '', $after );
			$cut             = false;
		} elseif ( $cut && preg_match( '/^' . $gap . '$/i', $after ) ) {
			// Only another widget (or the end) follows: the paragraph may still go on after that.
			$parts[ $i + 1 ] = '';
		} elseif ( $cut ) {
			$parts[ $i + 1 ] = '<p>' . preg_replace( '/^' . $gap . '/i', '', $after );
			$cut             = false;
		}
		$parts[ $i ] = substr( $parts[ $i ], strlen( ACU_WIDGETS_MARK_START ), -strlen( ACU_WIDGETS_MARK_END ) );
	}
	return implode( '', $parts );
}

/**
 * Whether HTML ends inside an open paragraph.
 *
 * @param string $html HTML.
 * @return bool
 */
function acu_widgets_ends_in_paragraph( $html ) {
	$last_open  = preg_match_all( '/<p(?=[\s>])[^>]*>/i', $html, $matches, PREG_OFFSET_CAPTURE ) ? end( $matches[0] )[1] : -1;
	$last_close = strripos( $html, '</p>' );
	return $last_open > -1 && ( false === $last_close || $last_open > $last_close );
}
