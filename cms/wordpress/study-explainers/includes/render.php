<?php
/**
 * Scripts and the markup of one widget. The front-end script is enqueued only while a widget
 * renders, so pages without a widget load none of this plugin's files.
 *
 * @package StudyExplainers
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether this WordPress loads ES modules itself (6.5+): then the front end gets the loader as a
 * script module, which fetches only the code and content its page's widgets need (assets/chunks/).
 *
 * @return bool
 */
function study_explainers_uses_modules() {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

/**
 * Registers the front-end script (shipped in the plugin: no CDN): the loader module on WordPress
 * 6.5+, else the classic one-file bundle, deferred (6.3+; older versions read the array as "in
 * the footer"), so a page with pre-rendered widgets paints before the script runs. Also the shared
 * editor script, with its translations (languages/, made by the build).
 */
function study_explainers_register_scripts() {
	if ( study_explainers_uses_modules() ) {
		wp_register_script_module( 'study-explainers', plugins_url( 'assets/loader.js', STUDY_EXPLAINERS_FILE ), array(), STUDY_EXPLAINERS_VERSION );
	}
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
	wp_set_script_translations( 'study-explainers-editor', 'study-explainers', STUDY_EXPLAINERS_DIR . '/languages' );
}
add_action( 'init', 'study_explainers_register_scripts', 5 );

/**
 * Enqueues the front-end script for a widget on this page.
 */
function study_explainers_enqueue_front_end() {
	if ( study_explainers_uses_modules() ) {
		wp_enqueue_script_module( 'study-explainers' );
	} else {
		wp_enqueue_script( 'study-explainers' );
	}
}

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
 * Data the editor's controls need: every option with its words, the languages, the items of the
 * shipped content that options pick from (steps, outcomes, arms: the lists named by `of`) in each
 * language with both audiences' words, where options start on this site, which settings have a
 * shipped copy and the serialiser that draws one for the others, and the widgets' script
 * for the preview (editor.js adds it once to the document the preview is drawn in: the editor page
 * or its canvas iframe).
 */
function study_explainers_editor_data() {
	$manifest = study_explainers_manifest();
	$words    = study_explainers_option_words();
	$paths    = array();
	$widgets  = array();
	foreach ( $manifest['widgets'] as $tag => $widget ) {
		$widgets[ $tag ] = study_explainers_editor_options( $widget['options'], $words['widgets'][ $tag ] );
		foreach ( $manifest['common'] + $widget['options'] as $option ) {
			if ( isset( $option['of'] ) ) {
				$paths[ $option['of'] ] = true;
			}
		}
	}
	$lists = array();
	foreach ( STUDY_EXPLAINERS_LANGS as $lang ) {
		$doc = study_explainers_document( $lang );
		foreach ( array_keys( $paths ) as $path ) {
			$lists[ $lang ][ $path ] = array();
			foreach ( study_explainers_items( $doc, $path ) as $item ) {
				if ( isset( $item['id'] ) ) {
					// Steps have a title, outcomes and arms a label.
					$label                     = isset( $item['label'] ) ? $item['label'] : ( isset( $item['title'] ) ? $item['title'] : '' );
					$lists[ $lang ][ $path ][] = array(
						'id'    => (string) $item['id'],
						'label' => array(
							'patient'   => study_explainers_text( $label, 'patient' ),
							'clinician' => study_explainers_text( $label, 'clinician' ),
						),
					);
				}
			}
		}
	}
	$languages = array();
	foreach ( STUDY_EXPLAINERS_LANGS as $lang ) {
		$languages[] = array( $lang, $manifest['language_names'][ $lang ] );
	}
	$starts = array();
	foreach ( $manifest['common'] as $name => $option ) {
		if ( isset( $option['site_default'] ) ) {
			$starts[ $name ] = study_explainers_start_value( $option );
		}
	}
	$data = array(
		'common'       => study_explainers_editor_options( $manifest['common'], $words['common'] ),
		'widgets'      => $widgets,
		'languages'    => $languages,
		'lists'        => $lists,
		'defaultLang'  => study_explainers_default_lang(),
		'siteDefaults' => $starts,
		'script'       => add_query_arg( 'ver', STUDY_EXPLAINERS_VERSION, plugins_url( 'assets/study-explainers.min.js', STUDY_EXPLAINERS_FILE ) ),
		// For the copy the editor draws of a block whose settings have no shipped copy.
		'copy'         => array(
			'version'    => STUDY_EXPLAINERS_VERSION,
			'serialiser' => add_query_arg( 'ver', STUDY_EXPLAINERS_VERSION, plugins_url( 'assets/declarative-html.js', STUDY_EXPLAINERS_FILE ) ),
			'shipped'    => array(
				'options' => STUDY_EXPLAINERS_SHIPPED_COPY_OPTIONS,
				'levels'  => array_map( 'study_explainers_shipped_copy_levels', array_combine( array_keys( $manifest['widgets'] ), array_keys( $manifest['widgets'] ) ) ),
			),
		),
	);
	wp_add_inline_script( 'study-explainers-editor', 'window.studyExplainersEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'study_explainers_editor_data' );

/**
 * The markup of one widget: its element with cleaned attributes and the fallback inside. In a
 * feed, the text fallback alone with a link to the post: feed readers show neither templates,
 * styles nor scripts.
 *
 * @param string $widget   Tag name (unknown → empty string).
 * @param array  $raw      Option name (hyphenated) => raw value.
 * @param string $wrapper  Attributes of the wrapping div (already escaped), e.g. from get_block_wrapper_attributes().
 * @param array  $rejected Set to option name => accepted values, for each given value that was not used.
 * @param array  $saved    A block's saved copy: its `prerendered` and `prerenderedFor` attributes.
 * @return string
 */
function study_explainers_render( $widget, array $raw, $wrapper = '', &$rejected = array(), array $saved = array() ) {
	$rejected = array();
	if ( ! study_explainers_is_widget( $widget ) ) {
		return '';
	}
	$clean = study_explainers_clean_options( $widget, $raw, $rejected );
	if ( '' === $wrapper ) {
		$wrapper = 'class="' . esc_attr( 'study-explainer study-explainer--' . $widget ) . '"';
	}
	if ( is_feed() ) {
		return '<div ' . $wrapper . '>' . study_explainers_fallback_html( $widget, $clean ) . study_explainers_feed_link() . '</div>';
	}
	$attrs = '';
	foreach ( $clean as $name => $value ) {
		$attrs .= true === $value ? ' ' . esc_attr( $name ) : ' ' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
	}
	study_explainers_enqueue_front_end();

	$tag = esc_attr( $widget ); // One of three fixed names; escaped anyway.
	return '<div ' . $wrapper . '><' . $tag . $attrs . '>' . study_explainers_prerendered( $widget, $clean, $saved ) . study_explainers_fallback_html( $widget, $clean ) . '</' . $tag . '></div>';
}

/**
 * The link under a widget's text in a feed: to the post, where the widget is drawn.
 *
 * @return string Escaped HTML (empty outside a post).
 */
function study_explainers_feed_link() {
	$link = get_permalink();
	if ( ! $link ) {
		return '';
	}
	return '<p class="study-explainer-link"><a href="' . esc_url( $link ) . '">' . esc_html__( 'See the interactive version on the site', 'study-explainers' ) . '</a></p>';
}

/** The settings the plugin ships a pre-rendered copy for: these options, and heading levels 2 and 3 (the blocks' and the element's). */
const STUDY_EXPLAINERS_SHIPPED_COPY_OPTIONS = array( 'lang', 'audience', 'theme', 'heading-level' );

/**
 * The heading levels the shipped copies are drawn at: the blocks' editor default and the element's.
 *
 * @param string $widget Tag name (known).
 * @return string[]
 */
function study_explainers_shipped_copy_levels( $widget ) {
	$heading = study_explainers_options( $widget )['heading-level'];
	return array( (string) $heading['editor_default'], (string) $heading['default'] );
}

/**
 * The widget's shadow root as declarative shadow DOM, so the page shows the widget before its
 * script runs and with none, and holds the widget's box (no layout shift when it hydrates):
 * - the copy rendered when the plugin was packaged (prerendered/*.html), for settings that differ
 *   from the defaults in language, audience, theme or heading level 2 or 3 only;
 * - else the copy the block editor drew for the block's settings (its `prerendered` attribute),
 *   if it was drawn for exactly these settings by this plugin version (see
 *   study_explainers_saved_copy);
 * - else nothing: the text fallback alone until the script renders the widget.
 *
 * @param string $widget Tag name (known).
 * @param array  $clean  Cleaned options.
 * @param array  $saved  The block's `prerendered` and `prerenderedFor` attributes, if any.
 * @return string Markup from the plugin's own files or a trusted editor's block, or an empty string.
 */
function study_explainers_prerendered( $widget, array $clean, array $saved = array() ) {
	$copy = study_explainers_shipped_copy( $widget, $clean );
	if ( '' === $copy ) {
		$copy = study_explainers_saved_copy( $clean, $saved );
	}
	if ( '' === $copy ) {
		return '';
	}
	// A copy is drawn in one theme, which is one class on its root: swap it for the one asked for.
	$options = study_explainers_options( $widget );
	$theme   = isset( $clean['theme'] ) ? $clean['theme'] : $options['theme']['default'];
	return (string) preg_replace( '/class="root theme-[a-z]+"/', 'class="root theme-' . esc_attr( $theme ) . '"', $copy, 1 );
}

/**
 * The copy shipped in prerendered/ for these settings, or an empty string.
 *
 * @param string $widget Tag name (known).
 * @param array  $clean  Cleaned options.
 * @return string
 */
function study_explainers_shipped_copy( $widget, array $clean ) {
	$options = study_explainers_options( $widget );
	$level   = isset( $clean['heading-level'] ) ? $clean['heading-level'] : (string) $options['heading-level']['default'];
	$other   = array_diff( array_keys( $clean ), STUDY_EXPLAINERS_SHIPPED_COPY_OPTIONS );
	if ( count( $other ) > 0 || ! in_array( $level, study_explainers_shipped_copy_levels( $widget ), true ) ) {
		return '';
	}
	$audience = isset( $clean['audience'] ) ? $clean['audience'] : $options['audience']['default'];
	$file     = STUDY_EXPLAINERS_DIR . '/prerendered/' . $widget . '-' . $clean['lang'] . '-' . $audience . '-h' . $level . '.html';
	return is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
}

/**
 * What a copy drawn by the block editor is valid for: this plugin version and the element's
 * settings but its theme (swapped on output), in a fixed order. The editor computes the same
 * string (assets/editor.js, copyKey) from the attributes it gives its preview.
 *
 * @param array $clean Cleaned options.
 * @return string
 */
function study_explainers_copy_key( array $clean ) {
	unset( $clean['theme'] );
	ksort( $clean, SORT_STRING );
	$parts = array();
	foreach ( $clean as $name => $value ) {
		$parts[] = true === $value ? $name : $name . '=' . $value;
	}
	return STUDY_EXPLAINERS_VERSION . ' ' . implode( ' ', $parts );
}

/**
 * The copy the block editor saved with the block, if it was drawn for these settings by this
 * version and has the form of a shadow root; else an empty string (the text fallback then shows
 * until the script runs). Trust is WordPress's own: a block attribute keeps markup only when the
 * user who saved it may post unfiltered HTML (administrators and editors); for anyone else kses
 * strips the <template> and <style> on save, so the copy fails the form check here.
 *
 * @param array $clean Cleaned options.
 * @param array $saved The block's `prerendered` and `prerenderedFor` attributes.
 * @return string
 */
function study_explainers_saved_copy( array $clean, array $saved ) {
	$copy = isset( $saved['prerendered'] ) && is_string( $saved['prerendered'] ) ? $saved['prerendered'] : '';
	$for  = isset( $saved['prerenderedFor'] ) && is_string( $saved['prerenderedFor'] ) ? $saved['prerenderedFor'] : '';
	$open = '<template shadowrootmode="open"><style>';
	if ( '' === $copy || study_explainers_copy_key( $clean ) !== $for || 0 !== strpos( $copy, $open ) || '</template>' !== substr( $copy, -11 ) ) {
		return '';
	}
	// One shadow root and no script of any kind: the editor's serialiser writes neither more nor these.
	if ( 1 !== substr_count( $copy, '<template' ) || preg_match( '/<(script|iframe|object|embed|link|meta|base)\b|\son[a-z]+\s*=|javascript:/i', $copy ) ) {
		return '';
	}
	return $copy;
}
