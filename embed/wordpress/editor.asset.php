<?php
// The WordPress scripts editor.js uses (no build step: it uses them as globals).
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
	'version'      => '{{VERSION}}',
);
