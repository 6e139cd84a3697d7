<?php
// PHP's built-in server as Debian's Apache setup serves WordPress: files as
// they are, everything else (such as /favicon.ico, which WordPress answers
// itself) through index.php.
$path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ( '/' !== $path && ( is_file( $file ) || is_file( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false;
}
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
