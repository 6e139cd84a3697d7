<?php
/**
 * Plugin Name: Offline (tests)
 * Description: The test site is on a closed network: WordPress's own calls
 * home (update checks, the list of translations) are answered here as
 * "nothing new", instead of each logging a warning that WordPress.org could
 * not be reached. Installed as a must-use plugin by e2e/tests/wordpress.spec.ts.
 */
$versus_tests_nothing_new = function () {
	return (object) array(
		'last_checked'    => time(),
		'version_checked' => get_bloginfo( 'version' ),
		'updates'         => array(),
		'translations'    => array(),
		'response'        => array(),
		'no_update'       => array(),
		'checked'         => array(),
	);
};
add_filter( 'pre_site_transient_update_core', $versus_tests_nothing_new );
add_filter( 'pre_site_transient_update_plugins', $versus_tests_nothing_new );
add_filter( 'pre_site_transient_update_themes', $versus_tests_nothing_new );
add_filter(
	'translations_api',
	function () {
		return array( 'translations' => array() );
	}
);
