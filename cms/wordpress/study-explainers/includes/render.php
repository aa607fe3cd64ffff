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
 * An editor's list of options: the manifest's rules with their translated words.
 *
 * @param array $options Options of the manifest, by element attribute.
 * @param array $words   Their words, by element attribute.
 * @return array[]
 */
function study_explainers_editor_options( array $options, array $words ) {
	$out = array();
	foreach ( $options as $name => $option ) {
		$out[] = array_merge( array( 'name' => $name ), $option, $words[ $name ] );
	}
	return $out;
}

/**
 * Data the editor's controls need: every option with its words, the languages, and the items
 * of the shipped content that options pick from (steps, outcomes, arms: the lists named by `of`).
 */
function study_explainers_editor_data() {
	$locale   = strtolower( substr( (string) determine_locale(), 0, 2 ) );
	$doc      = study_explainers_document( $locale );
	$manifest = study_explainers_manifest();
	$words    = study_explainers_option_words();

	$lists   = array();
	$widgets = array();
	foreach ( $manifest['widgets'] as $tag => $widget ) {
		$widgets[ $tag ] = study_explainers_editor_options( $widget['options'], $words['widgets'][ $tag ] );
		foreach ( $manifest['common'] + $widget['options'] as $option ) {
			if ( isset( $option['of'] ) ) {
				$lists[ $option['of'] ] = array();
			}
		}
	}
	foreach ( array_keys( $lists ) as $path ) {
		foreach ( study_explainers_items( $doc, $path ) as $item ) {
			if ( isset( $item['id'] ) ) {
				// Steps have a title, outcomes and arms a label.
				$label            = isset( $item['label'] ) ? $item['label'] : ( isset( $item['title'] ) ? $item['title'] : '' );
				$lists[ $path ][] = array(
					'id'    => (string) $item['id'],
					'label' => study_explainers_text( $label, $manifest['common']['audience']['default'] ),
				);
			}
		}
	}
	$languages = array();
	foreach ( STUDY_EXPLAINERS_LANGS as $lang ) {
		$languages[] = array( $lang, $manifest['language_names'][ $lang ] );
	}
	$data = array(
		'common'      => study_explainers_editor_options( $manifest['common'], $words['common'] ),
		'widgets'     => $widgets,
		'languages'   => $languages,
		'lists'       => $lists,
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
	$options = study_explainers_options( $widget );
	$heading = $options['heading-level'];
	$level   = isset( $clean['heading-level'] ) ? $clean['heading-level'] : (string) $heading['default'];
	$other   = array_diff( array_keys( $clean ), array( 'lang', 'audience', 'theme', 'heading-level' ) );
	// The copies are drawn at the blocks' heading level and at the element's (2 and 3).
	if ( count( $other ) > 0 || ! in_array( $level, array( (string) $heading['editor_default'], (string) $heading['default'] ), true ) ) {
		return '';
	}
	$audience = isset( $clean['audience'] ) ? $clean['audience'] : $options['audience']['default'];
	$file     = STUDY_EXPLAINERS_DIR . '/prerendered/' . $widget . '-' . $clean['lang'] . '-' . $audience . '-h' . $level . '.html';
	if ( ! is_readable( $file ) ) {
		return '';
	}
	// The copies are drawn with the default theme, which is one class on their root: swap it.
	$drawn = $options['theme']['default'];
	$theme = isset( $clean['theme'] ) ? $clean['theme'] : $drawn;
	return str_replace( 'class="root theme-' . $drawn . '"', 'class="root theme-' . esc_attr( $theme ) . '"', (string) file_get_contents( $file ) );
}
