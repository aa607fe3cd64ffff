<?php
/**
 * Drawn copies of a widget (its shadow root as declarative shadow DOM) that the server prints
 * inside the element, so the page shows the widget, with its exact box, before the script runs:
 * the copies shipped in the zip (prerendered/), and copies that trusted users' browsers draw (the
 * block editor's preview, assets/editor.js, and any page they view, assets/copy-keeper.js) and
 * send to the copies route, which keeps them in the site's options. Nothing is read from post
 * content: markup there could come from anyone who can write a post.
 *
 * @package StudyExplainers
 */

defined( 'ABSPATH' ) || exit;

/** The settings the plugin ships a pre-rendered copy for: these options, and heading levels 2 and 3 (the blocks' and the element's). */
const STUDY_EXPLAINERS_SHIPPED_COPY_OPTIONS = array( 'lang', 'audience', 'theme', 'heading-level' );

/**
 * The heading levels the shipped copies are drawn at: the blocks' editor default and the element's
 * (a common option, the same for every widget).
 *
 * @return string[]
 */
function study_explainers_shipped_copy_levels() {
	$heading = study_explainers_manifest()['common']['heading-level'];
	return array( (string) $heading['editor_default'], (string) $heading['default'] );
}

/**
 * The widget's shadow root as declarative shadow DOM, so the page shows the widget before its
 * script runs and with none, and holds the widget's box (no layout shift when it hydrates): the
 * copy rendered when the plugin was packaged (prerendered/*.html) for settings that differ from
 * the defaults in language, audience, theme or heading level 2 or 3 only; else the copy kept for
 * exactly these settings and this plugin version (study_explainers_keep_copy); else nothing, and
 * the text fallback shows until the script renders the widget.
 *
 * @param string $widget Tag name (known).
 * @param array  $clean  Cleaned options.
 * @return string Markup from the plugin's own files or drawn by a trusted user, or an empty string.
 */
function study_explainers_prerendered( $widget, array $clean ) {
	$copy = study_explainers_shipped_copy( $widget, $clean );
	if ( '' === $copy ) {
		$copy = study_explainers_kept_copy( $widget, $clean );
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
	if ( count( $other ) > 0 || ! in_array( $level, study_explainers_shipped_copy_levels(), true ) ) {
		return '';
	}
	$audience = isset( $clean['audience'] ) ? $clean['audience'] : $options['audience']['default'];
	$file     = STUDY_EXPLAINERS_DIR . '/prerendered/' . $widget . '-' . $clean['lang'] . '-' . $audience . '-h' . $level . '.html';
	// Read once per request: a page may show the same widget several times.
	static $read = array();
	if ( ! isset( $read[ $file ] ) ) {
		$read[ $file ] = is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	}
	return $read[ $file ];
}

/**
 * What a drawn copy is valid for: this plugin version, the widget, and the element's settings but
 * its theme (swapped on output), in a fixed order. The copy keeper sends the key the server gives
 * it; assets/editor.js (copyKey) computes the same string from its preview.
 *
 * @param string $widget Tag name (known).
 * @param array  $clean  Cleaned options.
 * @return string
 */
function study_explainers_copy_key( $widget, array $clean ) {
	unset( $clean['theme'] );
	ksort( $clean, SORT_STRING );
	$parts = array( STUDY_EXPLAINERS_VERSION, $widget );
	foreach ( $clean as $name => $value ) {
		$parts[] = true === $value ? $name : $name . '=' . $value;
	}
	return implode( ' ', $parts );
}

/**
 * Whether `$copy` has the form of a shadow root as the serialiser writes it: one
 * `<template shadowrootmode="open">` from its start to its end, starting with its `<style>`, and
 * nothing the widgets never draw: no script, handler, embedded document, form or font tag (a
 * browser's page translation adds those), no resource from elsewhere (`src`, `@import`, `url()`
 * but to the copy's own SVG patterns), links only to http(s) or within the copy, and no character
 * references but the five the serialiser writes. Only people who may post unfiltered HTML can send
 * a copy; this is a second guard against a broken or tampered one, not the trust itself.
 *
 * @param mixed $copy A drawn copy.
 * @return bool
 */
function study_explainers_copy_form_ok( $copy ) {
	$never = array(
		'/<(script|iframe|frame|object|embed|link|meta|base|form|font|img|image|video|audio|source)\b/i',
		'/[\s\/"\']on[a-z]+\s*=/i',
		'/(javascript|vbscript|data)\s*:[^\s<]/i',
		'/\s(src|srcset|action|formaction|poster|background|ping)\s*=|@import|url\(\s*(?!#)/i',
		'/href\s*=\s*(?!["\']?(?:https?:\/\/|#))/i',
		'/&(?!(?:amp|lt|gt|quot|nbsp);)/i',
	);
	if ( ! is_string( $copy ) || 0 !== strpos( $copy, '<template shadowrootmode="open"><style>' ) || '</template>' !== substr( $copy, -11 ) ) {
		return false;
	}
	if ( 1 !== substr_count( strtolower( $copy ), '<template' ) || 1 !== substr_count( strtolower( $copy ), '</template' ) ) {
		return false;
	}
	foreach ( $never as $pattern ) {
		if ( preg_match( $pattern, $copy ) ) {
			return false;
		}
	}
	return true;
}

/** Prefix of the options that hold kept copies, one per key (not autoloaded). */
const STUDY_EXPLAINERS_COPY_OPTION = 'study_explainers_copy_';

/** The copies route's namespace and path, under the REST API's root: POST { key, html }. */
const STUDY_EXPLAINERS_COPY_NAMESPACE = 'study-explainers/v1';
const STUDY_EXPLAINERS_COPY_ROUTE     = '/copies';

/**
 * The copy kept for this widget, these settings and this version (study_explainers_keep_copy), if any.
 *
 * @param string $widget Tag name (known).
 * @param array  $clean  Cleaned options.
 * @return string
 */
function study_explainers_kept_copy( $widget, array $clean ) {
	$key  = study_explainers_copy_key( $widget, $clean );
	$kept = get_option( STUDY_EXPLAINERS_COPY_OPTION . md5( $key ) );
	return is_array( $kept ) && isset( $kept['key'], $kept['html'] ) && $key === $kept['key'] && study_explainers_copy_form_ok( $kept['html'] ) ? $kept['html'] : '';
}

/**
 * Whether the current user may keep copies: they may post unfiltered HTML, the trust markup
 * printed to every reader needs (administrators and editors; on multisite, super admins).
 *
 * @return bool
 */
function study_explainers_may_keep_copies() {
	return current_user_can( 'unfiltered_html' );
}

/**
 * Whether this response marks the widgets without a copy for the copy keeper: a page of the site
 * (not the REST API or a render in code; feeds never get this far), viewed by someone who may keep copies.
 *
 * @return bool
 */
function study_explainers_keeps_copies_here() {
	return did_action( 'template_redirect' ) > 0 && study_explainers_may_keep_copies();
}

/**
 * Registers the copies route.
 */
function study_explainers_register_copy_route() {
	register_rest_route(
		STUDY_EXPLAINERS_COPY_NAMESPACE,
		STUDY_EXPLAINERS_COPY_ROUTE,
		array(
			'methods'             => 'POST',
			'callback'            => 'study_explainers_keep_copy',
			'permission_callback' => 'study_explainers_may_keep_copies',
			'args'                => array(
				'key'  => array(
					'type'      => 'string',
					'required'  => true,
					'maxLength' => 1000,
				),
				'html' => array(
					'type'      => 'string',
					'required'  => true,
					'maxLength' => 1000000,
				),
			),
		)
	);
}
add_action( 'rest_api_init', 'study_explainers_register_copy_route' );

/**
 * Keeps a copy a trusted browser drew, for every widget on the site with the same settings, in an
 * option keyed by what it was drawn for; copies of other plugin versions go.
 *
 * @param WP_REST_Request $request The route's request.
 * @return WP_REST_Response|WP_Error
 */
function study_explainers_keep_copy( $request ) {
	$key  = (string) $request['key'];
	$html = (string) $request['html'];
	if ( 0 !== strpos( $key, STUDY_EXPLAINERS_VERSION . ' ' ) || ! study_explainers_copy_form_ok( $html ) ) {
		return new WP_Error( 'study_explainers_copy', __( 'This is not a copy of a widget drawn by this version of the plugin.', 'study-explainers' ), array( 'status' => 400 ) );
	}
	// The first copy of a new version: the older versions' copies will never match again.
	if ( get_option( STUDY_EXPLAINERS_COPY_OPTION . 'version' ) !== STUDY_EXPLAINERS_VERSION ) {
		study_explainers_forget_copies();
		update_option( STUDY_EXPLAINERS_COPY_OPTION . 'version', STUDY_EXPLAINERS_VERSION, false );
	}
	update_option(
		STUDY_EXPLAINERS_COPY_OPTION . md5( $key ),
		array(
			'key'  => $key,
			'html' => $html,
		),
		false
	);
	return rest_ensure_response( array( 'kept' => $key ) );
}

/**
 * Removes this site's kept copies (and the version they were kept for).
 */
function study_explainers_forget_copies() {
	global $wpdb;
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own options by prefix: on a new version, and on uninstall.
	$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( STUDY_EXPLAINERS_COPY_OPTION ) . '%' ) );
	foreach ( $names as $name ) {
		delete_option( $name );
	}
}

/**
 * Adds the copy keeper to this page, once, with where to send copies.
 */
function study_explainers_enqueue_copy_keeper() {
	if ( wp_script_is( 'study-explainers-copy-keeper', 'enqueued' ) ) {
		return;
	}
	wp_enqueue_script( 'study-explainers-copy-keeper' );
	// No nonce in the page, where a cache of logged-in pages could keep it: the keeper asks for one.
	$data = array(
		'route'      => rest_url( STUDY_EXPLAINERS_COPY_NAMESPACE . STUDY_EXPLAINERS_COPY_ROUTE ),
		'nonce'      => admin_url( 'admin-ajax.php?action=rest-nonce' ),
		'serialiser' => study_explainers_serialiser_url(),
		'tags'       => array_keys( study_explainers_manifest()['widgets'] ),
	);
	wp_add_inline_script( 'study-explainers-copy-keeper', 'window.studyExplainersCopyKeeper = ' . wp_json_encode( $data ) . ';', 'before' );
}

/**
 * The serialiser the editor and the copy keeper draw copies with (the embed builder's).
 *
 * @return string
 */
function study_explainers_serialiser_url() {
	return add_query_arg( 'ver', STUDY_EXPLAINERS_VERSION, plugins_url( 'assets/declarative-html.js', STUDY_EXPLAINERS_FILE ) );
}
