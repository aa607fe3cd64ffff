<?php
/**
 * Deleting the plugin (not deactivating it) removes the drawn copies it kept (includes/copies.php):
 * options that nothing else reads, on every site of a network. Posts and their blocks and
 * shortcodes stay as they are.
 *
 * @package StudyExplainers
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/copies.php';

/**
 * Removes this site's kept copies.
 */
function study_explainers_forget_copies() {
	global $wpdb;
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our own options by prefix, once, on uninstall.
	$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( STUDY_EXPLAINERS_COPY_OPTION ) . '%' ) );
	foreach ( $names as $name ) {
		delete_option( $name );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site ) {
		switch_to_blog( $site );
		study_explainers_forget_copies();
		restore_current_blog();
	}
} else {
	study_explainers_forget_copies();
}
