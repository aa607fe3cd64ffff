<?php
// Installs WordPress into the SQLite database (no browser, no mail). Prints one JSON line.
define( 'WP_INSTALLING', true );
require __DIR__ . '/wp-load.php';
// Pluggable: the install would otherwise try to send mail.
function wp_new_blog_notification( $blog_title, $blog_url, $user_id, $password ) {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install( 'Study Explainers test site', 'admin', 'admin@example.org', false, '', 'admin-password' );
update_option( 'permalink_structure', '' );
// Every test post in the feed (the feed check looks for each).
update_option( 'posts_per_rss', 50 );
switch_theme( 'twentytwentythree' );
$contributor = wp_insert_user(
	array(
		'user_login' => 'contributor',
		'user_pass'  => 'contributor-password',
		'user_email' => 'contributor@example.org',
		'role'       => 'contributor',
	)
);
echo wp_json_encode(
	array(
		'wordpress'   => $GLOBALS['wp_version'],
		'admin'       => $result['user_id'],
		'contributor' => is_wp_error( $contributor ) ? 0 : $contributor,
		'theme'       => get_stylesheet(),
	)
), "\n";
