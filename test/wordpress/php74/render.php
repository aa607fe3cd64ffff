<?php
// Loads the plugin with the few WordPress functions its render path calls (stubs, the same under
// every PHP) and prints one block and one shortcode as JSON, with every PHP notice, warning or
// deprecation it raised. test/wordpress/php74.js runs it under PHP 7.4 and under the local PHP.
// Argument: the plugin folder.
error_reporting( E_ALL );
$GLOBALS['se_problems'] = array();
set_error_handler(
	function ( $level, $message, $file, $line ) {
		$GLOBALS['se_problems'][] = "$message ($file:$line)";
		return true;
	}
);
define( 'ABSPATH', '/' );

function add_action() {}
function add_filter() {}
function add_shortcode() {}
function register_block_type() {}
function wp_register_script() {}
function wp_enqueue_script() {}
function wp_set_script_translations() {}
function wp_add_inline_script() {}
function apply_filters( $hook, $value ) {
	return $value;
}
function is_admin() {
	return false;
}
function is_feed() {
	return false;
}
function is_singular() {
	return false;
}
function get_the_ID() {
	return false;
}
function current_user_can() {
	return false;
}
function did_action() {
	return 0;
}
function get_option() {
	return false;
}
function esc_html__( $text ) {
	return esc_html( $text );
}
function get_locale() {
	return 'en_US';
}
function determine_locale() {
	return 'en_US';
}
function plugins_url( $path ) {
	return 'https://example.org/wp-content/plugins/study-explainers/' . $path;
}
function esc_attr( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}
function esc_html( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}
function esc_url( $url ) {
	return preg_match( '#^https?://#', (string) $url ) ? htmlspecialchars( (string) $url, ENT_QUOTES, 'UTF-8' ) : '';
}
function wp_json_encode( $data ) {
	return json_encode( $data );
}
function get_block_wrapper_attributes( $extra = array() ) {
	return 'class="wp-block-study-explainers ' . esc_attr( isset( $extra['class'] ) ? $extra['class'] : '' ) . '"';
}

require $argv[1] . '/study-explainers.php';

echo json_encode(
	array(
		'php'       => PHP_VERSION,
		'block'     => study_explainers_render_block(
			'study-arms-chart',
			array(
				'lang'         => 'es',
				'audience'     => 'clinician',
				'theme'        => 'dark',
				'headingLevel' => 4,
				'outcome'      => 'lung-metastases',
				'view'         => 'table',
				'highlight'    => 'combination',
			)
		),
		'shortcode' => study_explainers_shortcode(
			array(
				'widget'   => 'mechanism-stepper',
				'lang'     => 'en',
				'step'     => '2',
				0          => 'show_all',
			)
		),
		'badge'     => study_explainers_shortcode( array( 'widget' => 'evidence-badge', 'variant' => 'full' ) ),
		// Values no editor control writes, as a block comment may hold them: read as the defaults, no notice.
		'odd'       => study_explainers_render_block(
			'mechanism-stepper',
			array(
				'headingLevel' => array( 'x' ),
				'lang'         => array( 'es' ),
				'theme'        => (object) array( 'a' => 1 ),
				'step'         => 2.5,
				'showAll'      => array( true ),
			)
		),
		'problems'  => $GLOBALS['se_problems'],
	)
), "\n";
