<?php
// Dependencies of assets/editor.js (written by hand: the editor script has no build step).
// `study-explainers` is the widgets' bundle, so the editor preview is the real widget.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'study-explainers' ),
	'version'      => '0.1.0',
);
