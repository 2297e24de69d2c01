<?php
/**
 * The four blocks, server-rendered from their attributes.
 *
 * @package acu-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'init', 'acu_widgets_register_blocks' );

/**
 * Registers each block from its block.json.
 */
function acu_widgets_register_blocks() {
	foreach ( array_keys( acu_widgets_definitions() ) as $widget ) {
		register_block_type( ACU_WIDGETS_DIR . '/blocks/' . $widget, array( 'render_callback' => 'acu_widgets_render_block' ) );
	}
}

/**
 * Renders a block: the widget inside <acu-clinic>, which carries the block's
 * wrapper attributes so the theme's layout (content width, block spacing,
 * alignment) applies to it.
 *
 * @param array    $attributes The block's attributes.
 * @param string   $content    Unused: the blocks save no markup.
 * @param WP_Block $block      The block.
 * @return string
 */
function acu_widgets_render_block( $attributes, $content, $block ) {
	$widget = substr( $block->name, strlen( 'acu-widgets/' ) );
	$list   = array();
	if ( 'benefits' === $widget && isset( $attributes['items'] ) ) {
		$list = acu_widgets_items_from_attribute( $attributes['items'] );
	} elseif ( 'timeline' === $widget && isset( $attributes['steps'] ) ) {
		$list = acu_widgets_items_from_attribute( $attributes['steps'] );
	}
	return acu_widgets_render( $widget, $attributes, $list, get_block_wrapper_attributes() );
}

/**
 * List items from a block's items or steps attribute.
 *
 * @param mixed $entries Array of {title, text, duration?} objects.
 * @return string[]
 */
function acu_widgets_items_from_attribute( $entries ) {
	if ( ! is_array( $entries ) ) {
		return array();
	}
	$text  = function ( $entry, $key ) {
		return isset( $entry[ $key ] ) && is_scalar( $entry[ $key ] ) ? trim( wp_strip_all_tags( (string) $entry[ $key ] ) ) : '';
	};
	$items = array();
	foreach ( $entries as $entry ) {
		if ( ! is_array( $entry ) ) {
			continue;
		}
		$title    = $text( $entry, 'title' );
		$body     = esc_html( $text( $entry, 'text' ) );
		$duration = $text( $entry, 'duration' );
		if ( '' !== $duration ) {
			/* translators: %s: how long a step of the first visit takes, such as "10 minutes". */
			$body = trim( $body . ' ' . esc_html( sprintf( __( '(%s)', 'acu-widgets' ), $duration ) ) );
		}
		if ( '' !== $title || '' !== $body ) {
			$items[] = acu_widgets_list_item( $title, $body );
		}
	}
	return $items;
}
