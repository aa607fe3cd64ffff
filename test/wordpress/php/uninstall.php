<?php
// Runs the plugin's uninstall.php as WordPress does when the plugin is deleted (WP_UNINSTALL_PLUGIN
// defined), without deleting its files. Prints one JSON line: the kept copies (options) before
// and after, and how many options there are in all.
require __DIR__ . '/wp-load.php';

global $wpdb;
$count  = function ( $like ) use ( $wpdb ) {
	return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE %s", $like ) );
};
$copies = $wpdb->esc_like( 'study_explainers_copy_' ) . '%';
$before = array(
	'copies' => $count( $copies ),
	'all'    => $count( '%' ),
);
define( 'WP_UNINSTALL_PLUGIN', 'study-explainers/study-explainers.php' );
require WP_PLUGIN_DIR . '/study-explainers/uninstall.php';
$after = array(
	'copies' => $count( $copies ),
	'all'    => $count( '%' ),
);
echo wp_json_encode(
	array(
		'before' => $before,
		'after'  => $after,
	)
), "\n";
