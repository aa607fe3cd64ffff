<?php
/**
 * Drawn copies of a widget (its shadow root as declarative shadow DOM) that the server prints
 * inside the element, so the page shows the widget, with its exact box, before the script runs:
 * the copies shipped in the zip, the copy the block editor saves with a block, and copies that
 * trusted users' browsers draw on a post's page. Which one, and when, is study_explainers_prerendered.
 *
 * @package StudyExplainers
 */

defined( 'ABSPATH' ) || exit;

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
 * - else the copy the block editor drew for the block's settings (its `prerendered` attribute);
 * - else the copy an administrator's or editor's browser drew on this post's page (post meta, see
 *   study_explainers_keep_copy);
 * each only if drawn for exactly these settings by this plugin version; else nothing: the text
 * fallback alone until the script renders the widget.
 *
 * @param string $widget Tag name (known).
 * @param array  $clean  Cleaned options.
 * @param array  $saved  The block's `prerendered` and `prerenderedFor` attributes, if any.
 * @return string Markup from the plugin's own files or drawn by a trusted user, or an empty string.
 */
function study_explainers_prerendered( $widget, array $clean, array $saved = array() ) {
	$copy = study_explainers_shipped_copy( $widget, $clean );
	if ( '' === $copy ) {
		$copy = study_explainers_saved_copy( $clean, $saved );
	}
	if ( '' === $copy ) {
		$copy = study_explainers_kept_copy( get_the_ID(), $clean );
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
 * Whether `$copy` has the form of a shadow root as the serialiser writes it: one
 * `<template shadowrootmode="open">` starting with its `<style>`, and no script of any kind (the
 * serialiser writes none). Only trusted users' copies get this far; this is a second guard.
 *
 * @param mixed $copy A drawn copy.
 * @return bool
 */
function study_explainers_copy_form_ok( $copy ) {
	return is_string( $copy )
		&& 0 === strpos( $copy, '<template shadowrootmode="open"><style>' )
		&& '</template>' === substr( $copy, -11 )
		&& 1 === substr_count( $copy, '<template' )
		&& ! preg_match( '/<(script|iframe|object|embed|link|meta|base)\b|\son[a-z]+\s*=|javascript:/i', $copy );
}

/**
 * The copy the block editor saved with the block, if it was drawn for these settings by this
 * version and has the form of a shadow root; else an empty string. Trust is WordPress's own: a
 * block attribute keeps markup only when the user who saved it may post unfiltered HTML
 * (administrators and editors); for anyone else kses strips the <template> and <style> on save,
 * so the copy fails the form check here.
 *
 * @param array $clean Cleaned options.
 * @param array $saved The block's `prerendered` and `prerenderedFor` attributes.
 * @return string
 */
function study_explainers_saved_copy( array $clean, array $saved ) {
	$copy = isset( $saved['prerendered'] ) ? $saved['prerendered'] : '';
	$for  = isset( $saved['prerenderedFor'] ) ? $saved['prerenderedFor'] : '';
	return study_explainers_copy_key( $clean ) === $for && study_explainers_copy_form_ok( $copy ) ? $copy : '';
}

/** Prefix of the post meta that holds a kept copy (protected: not shown as a custom field). */
const STUDY_EXPLAINERS_COPY_META = '_study_explainers_copy_';

/**
 * The copy kept for these settings on this post (study_explainers_keep_copy), if any.
 *
 * @param int|false $post_id The post being rendered (false outside one).
 * @param array     $clean   Cleaned options.
 * @return string
 */
function study_explainers_kept_copy( $post_id, array $clean ) {
	if ( ! $post_id ) {
		return '';
	}
	$key  = study_explainers_copy_key( $clean );
	$kept = get_post_meta( (int) $post_id, STUDY_EXPLAINERS_COPY_META . md5( $key ), true );
	return is_array( $kept ) && isset( $kept['key'], $kept['html'] ) && $key === $kept['key'] && study_explainers_copy_form_ok( $kept['html'] ) ? $kept['html'] : '';
}

/**
 * Whether the current user may keep copies for this post: they may post unfiltered HTML (the
 * trust a copy needs, as for a block's saved copy) and edit the post.
 *
 * @param int|false $post_id A post.
 * @return bool
 */
function study_explainers_may_keep_copies( $post_id ) {
	return $post_id && current_user_can( 'unfiltered_html' ) && current_user_can( 'edit_post', (int) $post_id );
}

/**
 * Whether this page's widgets without a copy are drawn for keeping: on a post's own page, for
 * someone who may keep copies for it. Their browser then draws each such widget and sends it back
 * (assets/copy-keeper.js), so the next readers get the widget's box: shortcodes with other
 * settings, and blocks saved by authors or contributors, once an editor or administrator has seen
 * the page.
 *
 * @param int|false $post_id The post being rendered.
 * @return bool
 */
function study_explainers_keeps_copies( $post_id ) {
	return is_singular() && ! is_feed() && (int) get_queried_object_id() === (int) $post_id && study_explainers_may_keep_copies( $post_id );
}

/**
 * Registers the copy keeper's route: POST study-explainers/v1/copies { post, key, html }.
 */
function study_explainers_register_copy_route() {
	register_rest_route(
		'study-explainers/v1',
		'/copies',
		array(
			'methods'             => 'POST',
			'callback'            => 'study_explainers_keep_copy',
			'permission_callback' => function ( $request ) {
				return study_explainers_may_keep_copies( (int) $request['post'] );
			},
			'args'                => array(
				'post' => array(
					'type'     => 'integer',
					'required' => true,
				),
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
 * Keeps a copy a trusted browser drew for one widget of a post, as post meta keyed by what it was
 * drawn for; copies drawn by other versions of the plugin go.
 *
 * @param WP_REST_Request $request The route's request.
 * @return WP_REST_Response|WP_Error
 */
function study_explainers_keep_copy( $request ) {
	$post = (int) $request['post'];
	$key  = (string) $request['key'];
	$html = (string) $request['html'];
	if ( 0 !== strpos( $key, STUDY_EXPLAINERS_VERSION . ' ' ) || ! study_explainers_copy_form_ok( $html ) ) {
		return new WP_Error( 'study_explainers_copy', __( 'This is not a copy of a widget drawn by this version of the plugin.', 'study-explainers' ), array( 'status' => 400 ) );
	}
	foreach ( get_post_meta( $post ) as $name => $values ) {
		if ( 0 === strpos( $name, STUDY_EXPLAINERS_COPY_META ) ) {
			$old = maybe_unserialize( $values[0] );
			if ( ! is_array( $old ) || ! isset( $old['key'] ) || 0 !== strpos( $old['key'], STUDY_EXPLAINERS_VERSION . ' ' ) ) {
				delete_post_meta( $post, $name );
			}
		}
	}
	update_post_meta(
		$post,
		STUDY_EXPLAINERS_COPY_META . md5( $key ),
		wp_slash(
			array(
				'key'  => $key,
				'html' => $html,
			)
		)
	);
	return rest_ensure_response( array( 'kept' => $key ) );
}

/**
 * Adds the copy keeper to this page, once, with where to send copies.
 *
 * @param int $post_id The post being rendered.
 */
function study_explainers_enqueue_copy_keeper( $post_id ) {
	if ( wp_script_is( 'study-explainers-copy-keeper', 'enqueued' ) ) {
		return;
	}
	wp_enqueue_script( 'study-explainers-copy-keeper' );
	$data = array(
		'route'      => rest_url( 'study-explainers/v1/copies' ),
		'nonce'      => wp_create_nonce( 'wp_rest' ),
		'post'       => (int) $post_id,
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
