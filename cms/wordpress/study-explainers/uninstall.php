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

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $site ) {
		switch_to_blog( $site );
		study_explainers_forget_copies();
		restore_current_blog();
	}
} else {
	study_explainers_forget_copies();
}
