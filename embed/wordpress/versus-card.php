<?php
/**
 * Plugin Name:       versus-card
 * Description:       An embeddable comparison card: readers flip the priorities that matter to them and the card recommends one of the contenders, says why and what would change its mind. A block and a [versus] shortcode; the card's files are inside the plugin, nothing is fetched from anywhere else.
 * Version:           {{VERSION}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       versus-card
 *
 * What the plugin does (docs/platforms/wordpress.md):
 * - the block "Comparison card (versus)" and the shortcode
 *   [versus preset="chat" src="…" theme="dark" loading="lazy"], both
 *   rendered here, on the server, as <versus-card> with the static fallback
 *   inside: the built-in comparison's fallback ships in fallbacks/ (rendered
 *   at release by the card's own code), and a custom comparison's is the one
 *   the author renders with `npx versus-card render` and gives the block or
 *   puts between [versus] and [/versus]; so posts, feeds and email carry the
 *   comparison for readers without scripts;
 * - the loader (card/versus.js) only on pages that show a card, as a
 *   module: wp_enqueue_script_module where WordPress has it (6.5 and
 *   later), otherwise a type="module" script tag;
 * - the element's attributes and their values from attributes.php, which
 *   tests/element.rs generates from the card's own list (src/ui/element.rs):
 *   the block, the shortcode and KSES take exactly those;
 * - KSES: the <versus-card> element with exactly its attributes, so an
 *   author who is not an administrator can paste the two lines too;
 * - JSON files in the media library, for the block's comparison picker.
 */

defined( 'ABSPATH' ) || exit;

const VERSUS_CARD_VERSION = '{{VERSION}}';

/**
 * The element's attributes and their values ('text', true for one that is
 * present or absent, or the words it takes), and nothing else: attributes.php,
 * which tests/element.rs generates from src/ui/element.rs.
 */
function versus_card_attributes() {
	static $attributes = null;
	if ( null === $attributes ) {
		$attributes = require __DIR__ . '/attributes.php';
	}
	return $attributes;
}

/** The element's attribute names. */
function versus_card_attribute_names() {
	return array_keys( versus_card_attributes() );
}

/**
 * Enqueues the loader once, as a module, for the page being built. The
 * block editor takes the script tag on every version: WordPress 6.5 prints
 * script modules on the site's pages but not in the editor (the plugin's
 * test saw the preview stay a fallback there).
 */
function versus_card_enqueue_loader( $in_editor = false ) {
	$url = plugins_url( 'card/versus.js', __FILE__ );
	if ( function_exists( 'wp_enqueue_script_module' ) && ! $in_editor ) {
		wp_enqueue_script_module( 'versus-card', $url, array(), VERSUS_CARD_VERSION );
	} else {
		wp_enqueue_script( 'versus-card', $url, array(), VERSUS_CARD_VERSION, true );
	}
}

/** Before 6.5, the script tag of the loader says type="module". */
function versus_card_module_tag( $tag, $handle ) {
	if ( 'versus-card' !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	return preg_replace( '/<script(?: type=([\'"])text\/javascript\1)?/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'versus_card_module_tag', 10, 2 );

/**
 * The card's attributes from what an author gave (block attributes or
 * shortcode attributes), each checked against what the card accepts:
 * anything else is dropped, never passed on.
 */
function versus_card_clean_attributes( $given ) {
	$clean = array();
	foreach ( versus_card_attributes() as $name => $values ) {
		if ( ! isset( $given[ $name ] ) || '' === $given[ $name ] || false === $given[ $name ] ) {
			continue;
		}
		$value = $given[ $name ];
		if ( true === $values ) {
			// Present or absent: on for the words an author means by it.
			if ( in_array( $value, array( true, 'true', '1', 'yes', $name ), true ) ) {
				$clean[ $name ] = true;
			}
		} elseif ( ! is_string( $value ) ) {
			continue;
		} elseif ( is_array( $values ) ) {
			if ( in_array( $value, $values, true ) ) {
				$clean[ $name ] = $value;
			}
		} elseif ( 'src' === $name ) {
			// The one address: http or https only.
			$src = esc_url_raw( $value, array( 'http', 'https' ) );
			if ( '' !== $src ) {
				$clean[ $name ] = $src;
			}
		} elseif ( preg_match( '/^[A-Za-z0-9_:,-]{1,400}$/', $value ) ) {
			// Ids, priorities and keys: letters, digits, -, _, : and commas.
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/** The built-in comparison's fallback for a preset (or the author's defaults), from fallbacks/. */
function versus_card_builtin_fallback( $preset ) {
	$name = $preset ? "node-vs-python-{$preset}.html" : 'node-vs-python.html';
	$file = __DIR__ . '/fallbacks/' . $name;
	// The names come from a fixed list in fallbacks/: no other file is read.
	if ( ! preg_match( '/^node-vs-python(-[A-Za-z0-9_-]+)?\.html$/', $name ) || ! is_readable( $file ) ) {
		$file = __DIR__ . '/fallbacks/node-vs-python.html';
	}
	return is_readable( $file ) ? (string) file_get_contents( $file ) : '';
}

/**
 * <versus-card> with its attributes (escaped) and the fallback inside
 * (the built-in one, or the author's, through wp_kses_post), plus the
 * loader for this page (not in feeds, where scripts never run).
 */
function versus_card_markup( $given, $fallback = '' ) {
	$attributes = versus_card_clean_attributes( $given );
	if ( empty( $attributes['src'] ) ) {
		$fallback = versus_card_builtin_fallback( isset( $attributes['preset'] ) ? $attributes['preset'] : '' );
	} else {
		$fallback = wp_kses_post( $fallback );
	}
	if ( ! is_feed() ) {
		versus_card_enqueue_loader();
	}
	$html = '<versus-card';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	return $html . '>' . "\n" . trim( $fallback ) . "\n" . '</versus-card>';
}

/**
 * [versus preset="chat" src="…" theme="dark" loading="lazy" inherit-font]fallback[/versus]:
 * every attribute of the element, by its name; one that is present or
 * absent also as a bare word.
 */
function versus_card_shortcode( $atts, $content = '' ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$flags = array_keys( array_filter( versus_card_attributes(), 'is_bool' ) );
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && in_array( $value, $flags, true ) ) {
			$atts[ $value ] = true;
		}
	}
	$atts = shortcode_atts( array_fill_keys( versus_card_attribute_names(), '' ), $atts, 'versus' );
	return versus_card_markup( $atts, (string) $content );
}
add_shortcode( 'versus', 'versus_card_shortcode' );

/** The block, rendered on the server like the shortcode. */
function versus_card_render_block( $attributes ) {
	$given = $attributes;
	if ( ! empty( $attributes['lazy'] ) ) {
		$given['loading'] = 'lazy';
	}
	return versus_card_markup( $given, isset( $attributes['fallback'] ) ? (string) $attributes['fallback'] : '' );
}

function versus_card_register() {
	register_block_type( __DIR__, array( 'render_callback' => 'versus_card_render_block' ) );
}
add_action( 'init', 'versus_card_register' );

/** The block editor shows the real card: its preview is the server's markup, brought to life by the loader. */
function versus_card_enqueue_editor_loader() {
	versus_card_enqueue_loader( true );
}
add_action( 'enqueue_block_editor_assets', 'versus_card_enqueue_editor_loader' );

/** Exactly the element and its attributes, for authors without unfiltered_html. */
function versus_card_kses( $tags, $context ) {
	if ( 'post' === $context ) {
		$tags['versus-card'] = array_fill_keys( versus_card_attribute_names(), true );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'versus_card_kses', 10, 2 );

/** Comparisons (JSON) in the media library, for the block's picker. */
function versus_card_mimes( $mimes ) {
	$mimes['json'] = 'application/json';
	return $mimes;
}
add_filter( 'upload_mimes', 'versus_card_mimes' );
