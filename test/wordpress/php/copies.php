<?php
// The copies' guards, in the site: stdin {"hostile":{name:html}, "request":{key,html}}. Prints one
// JSON line: whether each shipped copy (prerendered/*.html) and each hostile one passes the form
// check (study_explainers_copy_form_ok), and the route's answer to a logged-in contributor.
require __DIR__ . '/wp-load.php';

$input  = json_decode( stream_get_contents( STDIN ), true );
$out    = array(
	'shipped' => array(),
	'hostile' => array(),
);
foreach ( glob( WP_PLUGIN_DIR . '/study-explainers/prerendered/*.html' ) as $file ) {
	$out['shipped'][ basename( $file ) ] = study_explainers_copy_form_ok( file_get_contents( $file ) );
}
foreach ( $input['hostile'] as $name => $html ) {
	$out['hostile'][ $name ] = study_explainers_copy_form_ok( $html );
}
wp_set_current_user( get_user_by( 'login', 'contributor' )->ID );
$request = new WP_REST_Request( 'POST', '/study-explainers/v1/copies' );
$request->set_body_params( $input['request'] );
$out['contributor'] = rest_do_request( $request )->get_status();
echo wp_json_encode( $out ), "\n";
