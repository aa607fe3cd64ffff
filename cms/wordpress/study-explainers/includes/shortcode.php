<?php
/**
 * The shortcode for classic-editor sites and page builders:
 * [study_explainer widget="mechanism-stepper" lang="es" audience="clinician" theme="dark" step="2"]
 * Attribute names use underscores (show_all, heading_level); hyphens work too, and widget names
 * may be written with either (evidence_badge). Values are matched ignoring case (theme="Dark").
 * A bare flag (`[study_explainer widget="evidence-badge" open]`) counts as true. Unknown widgets
 * render nothing; unknown values fall back to the defaults. People who can edit the post see a
 * note under the shortcode naming each setting that was not used and what it accepts; readers see
 * nothing of it.
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
	$given  = isset( $raw['widget'] ) && is_string( $raw['widget'] ) ? trim( $raw['widget'] ) : '';
	$widget = str_replace( '_', '-', strtolower( $given ) );
	unset( $raw['widget'] );

	$html     = study_explainers_render( $widget, $raw, '', $rejected );
	$mistakes = array();
	if ( ! study_explainers_is_widget( $widget ) ) {
		$mistakes[] = array( 'widget', $given, array_keys( study_explainers_manifest()['widgets'] ) );
	} else {
		$options = study_explainers_options( $widget );
		foreach ( $raw as $name => $value ) {
			if ( ! isset( $options[ $name ] ) ) {
				$mistakes[] = array( $name, null, array_keys( $options ) );
			} elseif ( isset( $rejected[ $name ] ) ) {
				$mistakes[] = array( $name, $value, $rejected[ $name ] );
			}
		}
	}
	return $html . study_explainers_shortcode_note( $mistakes );
}
add_shortcode( 'study_explainer', 'study_explainers_shortcode' );

/**
 * The note for people who can edit this post: each setting that was not used, with what it
 * accepts. Nothing for readers, in feeds, or outside the post's own page.
 *
 * @param array[] $mistakes Each: [ attribute name, the value given (null: the attribute is unknown), accepted values or settings ].
 * @return string Escaped HTML.
 */
function study_explainers_shortcode_note( array $mistakes ) {
	// Only on the post's own page: not in lists of posts, feeds or anything rendered outside a request.
	$post = get_the_ID();
	if ( ! $mistakes || ! is_singular() || is_feed() || ! $post || ! current_user_can( 'edit_post', $post ) ) {
		return '';
	}
	$code  = function ( $text ) {
		return '<code>' . esc_html( $text ) . '</code>';
	};
	$list  = function ( array $values ) use ( $code ) {
		return implode( ', ', array_map( $code, $values ) );
	};
	$items = '';
	foreach ( $mistakes as $mistake ) {
		list( $name, $value, $accepted ) = $mistake;
		$shown                           = study_explainers_shortcode_name( $name );
		if ( null === $value ) {
			/* translators: 1: a shortcode attribute name, 2: the list of the widget's settings. */
			$text = sprintf( esc_html__( '%1$s is not a setting of this widget. Its settings: %2$s.', 'study-explainers' ), $code( $shown ), $list( array_map( 'study_explainers_shortcode_name', $accepted ) ) );
		} elseif ( '' === $value ) {
			/* translators: 1: a shortcode attribute name, 2: the list of allowed values. */
			$text = sprintf( esc_html__( '%1$s is missing. Allowed values: %2$s.', 'study-explainers' ), $code( $shown ), $list( $accepted ) );
		} else {
			$given = is_scalar( $value ) ? (string) $value : '';
			/* translators: 1: a shortcode attribute as written (name="value"), 2: the list of allowed values. */
			$text = sprintf( esc_html__( '%1$s was not used. Allowed values: %2$s.', 'study-explainers' ), $code( $shown . '="' . $given . '"' ), $list( $accepted ) );
		}
		$items .= '<li>' . $text . '</li>';
	}
	return '<div class="study-explainers-note" role="note" style="border:2px solid #d63638;padding:0.5em 1em;margin:1em 0;font-size:0.9em">'
		. '<p><strong>' . esc_html__( 'Study Explainers: this shortcode has settings that were not used. Only people who can edit this post see this note.', 'study-explainers' ) . '</strong></p>'
		. '<ul>' . $items . '</ul></div>';
}

/**
 * An option's name as the shortcode writes it: `heading-level` → `heading_level`.
 *
 * @param string $name Option name.
 * @return string
 */
function study_explainers_shortcode_name( $name ) {
	return str_replace( '-', '_', $name );
}
