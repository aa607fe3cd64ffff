<?php
// Runs the plugin's uninstall.php as WordPress does when the plugin is deleted (WP_UNINSTALL_PLUGIN
// defined), without deleting its files. Prints one JSON line: the kept copies (post meta rows)
// before and after, and how many other post meta rows changed.
require __DIR__ . '/wp-load.php';

global $wpdb;
$count = function ( $like ) use ( $wpdb ) {
	return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE %s", $like ) );
};
$copies = $wpdb->esc_like( '_study_explainers_copy_' ) . '%';
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
