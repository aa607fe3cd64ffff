<?php
/**
 * The shortcode for classic-editor sites and page builders:
 * [study_explainer widget="mechanism-stepper" lang="es" audience="clinician" theme="dark" step="2"]
 * Attribute names use underscores (show_all, heading_level); hyphens work too. A bare flag
 * (`[study_explainer widget="evidence-badge" open]`) counts as true. Unknown widgets render
 * nothing; unknown values fall back to the defaults.
 *
 * @package StudyExplainers
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the shortcode.
 *
 * @param array|string $atts Attributes as WordPress parsed them ('' when there are none).
 * @return string
 */
function study_explainers_shortcode( $atts ) {
	$raw = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word such as `open` or `show_all`: a flag.
			if ( is_string( $value ) && preg_match( '/^[a-z_-]{1,32}$/', strtolower( $value ) ) ) {
				$raw[ str_replace( '_', '-', strtolower( $value ) ) ] = 'true';
			}
			continue;
		}
		$raw[ str_replace( '_', '-', strtolower( (string) $name ) ) ] = $value;
	}
	$widget = isset( $raw['widget'] ) && is_string( $raw['widget'] ) ? trim( $raw['widget'] ) : '';
	unset( $raw['widget'] );
	return study_explainers_render( $widget, $raw );
}
add_shortcode( 'study_explainer', 'study_explainers_shortcode' );
