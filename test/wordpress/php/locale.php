<?php
// Sets the site's language (the WPLANG option; the admin user follows it). stdin: {"locale":"es_ES"|""}.
// Prints one JSON line: {"locale": get_locale()}.
require __DIR__ . '/wp-load.php';

$input = json_decode( stream_get_contents( STDIN ), true );
update_option( 'WPLANG', (string) $input['locale'] );
echo wp_json_encode( array( 'locale' => (string) get_option( 'WPLANG' ) ) ), "\n";
