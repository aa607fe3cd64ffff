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

	// For people who may keep copies (study_explainers_keeps_copies): draws the widgets the page had no copy of.
	wp_register_script(
		'study-explainers-copy-keeper',
		plugins_url( 'assets/copy-keeper.js', STUDY_EXPLAINERS_FILE ),
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
		// For the copy the editor draws of a block whose settings have no shipped copy (includes/copies.php).
		'copy'         => array(
			'canKeep'    => study_explainers_may_keep_copies(),
			'path'       => '/' . STUDY_EXPLAINERS_COPY_NAMESPACE . STUDY_EXPLAINERS_COPY_ROUTE,
			'version'    => STUDY_EXPLAINERS_VERSION,
			'serialiser' => study_explainers_serialiser_url(),
			'shipped'    => array(
				'options' => STUDY_EXPLAINERS_SHIPPED_COPY_OPTIONS,
				'levels'  => study_explainers_shipped_copy_levels(),
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
 * @return string
 */
function study_explainers_render( $widget, array $raw, $wrapper = '', &$rejected = array() ) {
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

	$tag  = esc_attr( $widget ); // One of three fixed names; escaped anyway.
	$copy = study_explainers_prerendered( $widget, $clean );
	if ( '' === $copy && study_explainers_keeps_copies_here() ) {
		// This viewer's browser draws the widget and keeps the copy for the next readers.
		$attrs .= ' data-study-explainers-copy="' . esc_attr( study_explainers_copy_key( $widget, $clean ) ) . '"';
		study_explainers_enqueue_copy_keeper();
	}
	return '<div ' . $wrapper . '><' . $tag . $attrs . '>' . $copy . study_explainers_fallback_html( $widget, $clean ) . '</' . $tag . '></div>';
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
