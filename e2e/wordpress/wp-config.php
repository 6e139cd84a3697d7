<?php
// The test site's configuration (e2e/tests/wordpress.spec.ts): its own
// MariaDB on a socket, every notice and warning logged to debug.log.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:' . getenv( 'VERSUS_WP_SOCKET' ) );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', 'versus tests' );
define( 'SECURE_AUTH_KEY', 'versus tests 2' );
define( 'LOGGED_IN_KEY', 'versus tests 3' );
define( 'NONCE_KEY', 'versus tests 4' );
define( 'AUTH_SALT', 'versus tests 5' );
define( 'SECURE_AUTH_SALT', 'versus tests 6' );
define( 'LOGGED_IN_SALT', 'versus tests 7' );
define( 'NONCE_SALT', 'versus tests 8' );
// Application passwords over plain http, for the REST API.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
