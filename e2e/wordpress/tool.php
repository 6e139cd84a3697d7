<?php
// What the WordPress test (e2e/tests/wordpress.spec.ts) does as an
// administrator would with WP-CLI, which Debian 12 does not package: run
// inside the site's WordPress (php tool.php SITE COMMAND ARGS…).
//   install TITLE URL         install WordPress with an administrator
//   activate PLUGIN           activate a plugin (versus-card/versus-card.php)
//   user LOGIN ROLE           create a user with that role
//   app-password LOGIN        print a new application password for the REST API
if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
[ , $site, $command ] = $argv + array( null, null, null );
$args = array_slice( $argv, 3 );
$_SERVER['HTTP_HOST'] = '127.0.0.1';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $site . '/wp-load.php';

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		[ $title, $url ] = $args;
		// No mail server here: the welcome mail is not sent.
		add_filter( 'pre_wp_mail', '__return_false' );
		$result = wp_install( $title, 'admin', 'admin@example.com', false, '', 'admin-password-for-tests' );
		update_option( 'siteurl', $url );
		update_option( 'home', $url );
		echo 'installed user ' . $result['user_id'] . "\n";
		break;
	case 'activate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$error = activate_plugin( $args[0] );
		if ( is_wp_error( $error ) ) {
			fwrite( STDERR, $error->get_error_message() . "\n" );
			exit( 1 );
		}
		echo "activated {$args[0]}\n";
		break;
	case 'user':
		$id = wp_insert_user( array( 'user_login' => $args[0], 'user_pass' => wp_generate_password(), 'user_email' => "{$args[0]}@example.com", 'role' => $args[1] ) );
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		echo "user $id\n";
		break;
	case 'app-password':
		$user = get_user_by( 'login', $args[0] );
		[ $password ] = WP_Application_Passwords::create_new_application_password( $user->ID, array( 'name' => 'versus tests ' . uniqid() ) );
		echo $password;
		break;
	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 2 );
}
