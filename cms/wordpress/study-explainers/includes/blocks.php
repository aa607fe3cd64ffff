<?php
/**
 * The three blocks (dynamic: the server renders the element and its fallback, so the saved
 * post holds only the block comment with its settings).
 *
 * @package StudyExplainers
 */

defined( 'ABSPATH' ) || exit;

/** Block attribute names that differ from the element attribute they set. */
const STUDY_EXPLAINERS_BLOCK_ATTRIBUTES = array(
	'headingLevel' => 'heading-level',
	'showAll'      => 'show-all',
);

/**
 * Registers the blocks from their block.json files.
 */
function study_explainers_register_blocks() {
	foreach ( array_keys( study_explainers_widgets() ) as $widget ) {
		register_block_type(
			STUDY_EXPLAINERS_DIR . '/blocks/' . $widget,
			array(
				'render_callback' => function ( $attributes ) use ( $widget ) {
					return study_explainers_render_block( $widget, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}
add_action( 'init', 'study_explainers_register_blocks' );

/**
 * Renders one block.
 *
 * @param string $widget     Tag name.
 * @param array  $attributes Block attributes.
 * @return string
 */
function study_explainers_render_block( $widget, array $attributes ) {
	$raw = array();
	foreach ( $attributes as $name => $value ) {
		$option         = isset( STUDY_EXPLAINERS_BLOCK_ATTRIBUTES[ $name ] ) ? STUDY_EXPLAINERS_BLOCK_ATTRIBUTES[ $name ] : $name;
		$raw[ $option ] = $value;
	}
	return study_explainers_render( $widget, $raw, get_block_wrapper_attributes( array( 'class' => 'study-explainer' ) ) );
}
