<?php
/**
 * Scripts and the markup of one widget. The front-end bundle is enqueued only while a
 * widget renders, so pages without a widget load none of this plugin's files.
 *
 * @package StudyExplainers
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the classic bundle (shipped in the plugin: no CDN) and the shared editor script.
 * The bundle is deferred (WordPress 6.3+; older versions read the array as "in the footer"), so
 * a page with pre-rendered widgets paints before the bundle runs.
 */
function study_explainers_register_scripts() {
	wp_register_script(
		'study-explainers',
		plugins_url( 'assets/study-explainers.min.js', STUDY_EXPLAINERS_FILE ),
		array(),
		STUDY_EXPLAINERS_VERSION,
		array(
			'in_footer' => true,
			'strategy'  => 'defer',
		)
	);

	$asset = include STUDY_EXPLAINERS_DIR . '/assets/editor.asset.php';
	wp_register_script(
		'study-explainers-editor',
		plugins_url( 'assets/editor.js', STUDY_EXPLAINERS_FILE ),
		$asset['dependencies'],
		$asset['version'],
		false
	);
	wp_set_script_translations( 'study-explainers-editor', 'study-explainers' );
}
add_action( 'init', 'study_explainers_register_scripts', 5 );

/**
 * Data the editor's controls need: the steps, outcomes and arms of the shipped content.
 */
function study_explainers_editor_data() {
	$locale = strtolower( substr( (string) determine_locale(), 0, 2 ) );
	$doc    = study_explainers_document( in_array( $locale, STUDY_EXPLAINERS_LANGS, true ) ? $locale : 'en' );
	$list   = function ( $items, $label ) {
		$out = array();
		foreach ( is_array( $items ) ? $items : array() as $item ) {
			if ( is_array( $item ) && isset( $item['id'] ) ) {
				$out[] = array(
					'id'    => (string) $item['id'],
					'label' => study_explainers_text( isset( $item[ $label ] ) ? $item[ $label ] : '', 'patient' ),
				);
			}
		}
		return $out;
	};
	$data = array(
		'steps'       => $list( study_explainers_steps( $doc ), 'title' ),
		'outcomes'    => $list( study_explainers_get( $doc, 'arms.outcomes' ), 'label' ),
		'arms'        => $list( study_explainers_get( $doc, 'arms.arms' ), 'label' ),
		'defaultLang' => study_explainers_default_lang(),
	);
	wp_add_inline_script( 'study-explainers-editor', 'window.studyExplainersEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'study_explainers_editor_data' );

/**
 * The editor shows the real widget as its preview. Assets enqueued here also reach the
 * editor canvas when WordPress puts it in an iframe (newer versions).
 */
function study_explainers_editor_canvas_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'study-explainers' );
	}
}
add_action( 'enqueue_block_assets', 'study_explainers_editor_canvas_assets' );

/**
 * The markup of one widget: its element with cleaned attributes and the fallback inside.
 *
 * @param string $widget  Tag name (unknown → empty string).
 * @param array  $raw     Option name (hyphenated) => raw value.
 * @param string $wrapper Attributes of the wrapping div (already escaped), e.g. from get_block_wrapper_attributes().
 * @return string
 */
function study_explainers_render( $widget, array $raw, $wrapper = '' ) {
	if ( ! study_explainers_is_widget( $widget ) ) {
		return '';
	}
	$clean = study_explainers_clean_options( $widget, $raw );
	$attrs = '';
	foreach ( $clean as $name => $value ) {
		$attrs .= true === $value ? ' ' . esc_attr( $name ) : ' ' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
	}
	wp_enqueue_script( 'study-explainers' );

	$tag = esc_attr( $widget ); // One of three fixed names; escaped anyway.
	if ( '' === $wrapper ) {
		$wrapper = 'class="' . esc_attr( 'study-explainer study-explainer--' . $widget ) . '"';
	}
	return '<div ' . $wrapper . '><' . $tag . $attrs . '>' . study_explainers_prerendered( $widget, $clean ) . study_explainers_fallback_html( $widget, $clean ) . '</' . $tag . '></div>';
}

/**
 * The widget's shadow root as declarative shadow DOM, rendered when the plugin was packaged
 * (prerendered/*.html), so the page shows the widget before its script runs and with none. Only
 * for settings that differ from the defaults in language, audience, theme or heading level 2 or
 * 3; other settings get the text fallback alone until the script renders them.
 *
 * @param string $widget Tag name (known).
 * @param array  $clean  Cleaned options.
 * @return string Markup from the plugin's own files, or an empty string.
 */
function study_explainers_prerendered( $widget, array $clean ) {
	$level = isset( $clean['heading-level'] ) ? $clean['heading-level'] : '3';
	$other = array_diff( array_keys( $clean ), array( 'lang', 'audience', 'theme', 'heading-level' ) );
	if ( count( $other ) > 0 || ! in_array( $level, array( '2', '3' ), true ) ) {
		return '';
	}
	$audience = isset( $clean['audience'] ) ? $clean['audience'] : 'patient';
	$file     = STUDY_EXPLAINERS_DIR . '/prerendered/' . $widget . '-' . $clean['lang'] . '-' . $audience . '-h' . $level . '.html';
	if ( ! is_readable( $file ) ) {
		return '';
	}
	// The copies are drawn with the default theme, which is one class on their root: swap it.
	$theme = isset( $clean['theme'] ) ? $clean['theme'] : 'auto';
	return str_replace( 'class="root theme-auto"', 'class="root theme-' . esc_attr( $theme ) . '"', (string) file_get_contents( $file ) );
}
