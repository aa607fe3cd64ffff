<?php
/**
 * Deleting the plugin (not deactivating it) removes the drawn copies it kept with posts
 * (includes/copies.php): hidden post meta that nothing else reads. Posts and their blocks and
 * shortcodes stay as they are.
 *
 * @package StudyExplainers
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/copies.php';

global $wpdb;
// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- one delete of our own meta rows, on uninstall.
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->postmeta} WHERE meta_key LIKE %s", $wpdb->esc_like( STUDY_EXPLAINERS_COPY_META ) . '%' ) );
