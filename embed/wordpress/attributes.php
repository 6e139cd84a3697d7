<?php
// Generated from src/ui/element.rs by tests/element.rs: do not edit by hand.
// The attributes of <versus-card> and their values: 'text', true for
// one that is present or absent, or the words it takes.

defined( 'ABSPATH' ) || exit;

return array(
	'preset' => 'text',
	'priorities' => 'text',
	'theme' => array( 'auto', 'light', 'dark' ),
	'compact' => true,
	'src' => 'text',
	'inherit-font' => true,
	'loading' => array( 'eager', 'lazy' ),
	'share-key' => 'text',
	'id' => 'text',
);
