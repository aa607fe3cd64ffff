<?php
// Creates the test posts. stdin: {"posts":[{"key","title","content","author":"admin|contributor","type"}]}.
// A contributor's post goes through the same kses filtering as in the editor (no unfiltered_html).
// Also renders hostile shortcodes directly (do_shortcode) so the test can read the raw output,
// and block markup (do_blocks) under "blocks".
// Prints one JSON line: {"posts":{key:{id,url,content}}, "direct":{...}, "active":bool}.
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$input = json_decode( stream_get_contents( STDIN ), true );
$users = array(
	'admin'       => get_user_by( 'login', 'admin' ),
	'contributor' => get_user_by( 'login', 'contributor' ),
);
$out   = array(
	'posts'  => array(),
	'direct' => array(),
	'active' => is_plugin_active( 'study-explainers/study-explainers.php' ),
);
foreach ( $input['posts'] as $post ) {
	$user = $users[ isset( $post['author'] ) ? $post['author'] : 'admin' ];
	wp_set_current_user( $user->ID ); // Runs kses_init(): filters on for users without unfiltered_html.
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $post['title'],
				'post_content' => $post['content'],
				'post_status'  => 'publish',
				'post_type'    => isset( $post['type'] ) ? $post['type'] : 'post',
				'post_author'  => $user->ID,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$out['posts'][ $post['key'] ] = array(
		'id'      => $id,
		'url'     => get_permalink( $id ),
		'content' => get_post_field( 'post_content', $id, 'raw' ),
	);
}
wp_set_current_user( $users['admin']->ID );
foreach ( isset( $input['direct'] ) ? $input['direct'] : array() as $key => $shortcode ) {
	$out['direct'][ $key ] = do_shortcode( $shortcode );
}
// Block markup rendered as on a page (do_blocks), e.g. what the editor saved.
foreach ( isset( $input['blocks'] ) ? $input['blocks'] : array() as $key => $content ) {
	$out['blocks'][ $key ] = do_blocks( $content );
}
// The same shortcodes on a site whose language is Spanish: the widgets default to Spanish.
add_filter(
	'locale',
	function () {
		return 'es_ES';
	}
);
foreach ( isset( $input['directSpanishSite'] ) ? $input['directSpanishSite'] : array() as $key => $shortcode ) {
	$out['directSpanishSite'][ $key ] = do_shortcode( $shortcode );
}
echo wp_json_encode( $out ), "\n";
