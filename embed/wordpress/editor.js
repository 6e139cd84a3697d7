// The block in the editor: its settings in the sidebar, and as its preview
// the server's own markup (ServerSideRender), which the card's loader
// brings to life, so the author sees the real card. Plain JavaScript with
// WordPress's globals: the plugin has no build step.
( function ( blocks, element, blockEditor, components, ServerSideRender ) {
	const el = element.createElement;
	const { InspectorControls, MediaUpload, MediaUploadCheck } = blockEditor;
	const { PanelBody, TextControl, SelectControl, ToggleControl, TextareaControl, Button } = components;

	blocks.registerBlockType( 'versus-card/comparison', {
		edit( { attributes, setAttributes } ) {
			const set = ( name ) => ( value ) => setAttributes( { [ name ]: value } );
			return el(
				element.Fragment,
				null,
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: 'Comparison' },
						el( MediaUploadCheck, null,
							el( MediaUpload, {
								allowedTypes: [ 'application/json' ],
								onSelect: ( media ) => setAttributes( { src: media.url } ),
								render: ( { open } ) => el( Button, { variant: 'secondary', onClick: open }, 'Choose a JSON file from the media library' ),
							} ) ),
						el( TextControl, { label: 'Comparison JSON (a URL; empty: Node.js vs Python)', value: attributes.src, onChange: set( 'src' ) } ),
						el( TextControl, { label: 'Use case (preset id, such as chat)', value: attributes.preset, onChange: set( 'preset' ) } ),
						el( SelectControl, {
							label: 'Theme',
							value: attributes.theme,
							options: [ { label: 'Follow the reader', value: '' }, { label: 'Light', value: 'light' }, { label: 'Dark', value: 'dark' } ],
							onChange: set( 'theme' ),
						} ),
						el( TextControl, { label: 'Priorities (share-link syntax, such as speed,ml:high)', value: attributes.priorities, onChange: set( 'priorities' ) } ),
						el( ToggleControl, { label: 'Compact', checked: attributes.compact, onChange: set( 'compact' ) } ),
						el( ToggleControl, { label: 'Use the page\'s font', checked: attributes[ 'inherit-font' ], onChange: set( 'inherit-font' ) } ),
						el( TextControl, { label: 'Id (also its key in share links)', value: attributes.id, onChange: set( 'id' ) } ),
						el( TextControl, { label: 'Key in share links (instead of the id)', value: attributes[ 'share-key' ], onChange: set( 'share-key' ) } ),
						el( ToggleControl, { label: 'Load when the reader scrolls near', checked: attributes.lazy, onChange: set( 'lazy' ) } ),
						el( TextareaControl, {
							label: 'Fallback for your own comparison (the output of npx versus-card render FILE)',
							value: attributes.fallback,
							onChange: set( 'fallback' ),
						} )
					)
				),
				el( ServerSideRender, { block: 'versus-card/comparison', attributes } )
			);
		},
		// Rendered on the server (versus-card.php): nothing is saved but the settings.
		save: () => null,
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.serverSideRender );
