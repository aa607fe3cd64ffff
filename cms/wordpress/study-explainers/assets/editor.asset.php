<?php
// Dependencies of assets/editor.js (written by hand: the editor script has no build step). The
// widgets' bundle is not one of them: editor.js adds it to the document its previews are drawn in
// (the canvas iframe on newer WordPress), so the editor loads it once, not also in the editor page.
return array(
	'dependencies' => array( 'wp-api-fetch', 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => '0.1.0',
);
