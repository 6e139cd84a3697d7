// Generated from src/ui/element.rs by tests/element.rs: do not edit by hand.

/** The detail of the `versus-change` event. */
export interface VersusChangeDetail {
  /** The share-link value of the reader's choices; null for the author's defaults. */
  state: string | null;
  /** The recommended contender's id; null for a toss-up or when nothing is selected. */
  winner: string | null;
}

/** The attributes of `<versus-card>`, for JSX and templates. */
export interface VersusCardAttributes {
  /** Start from that use case. */
  'preset'?: string;
  /** Start with exactly these priorities on; with preset, customised from it. */
  'priorities'?: string;
  /** Light or dark colours; auto (the default) follows the reader's system setting. */
  'theme'?: 'auto' | 'light' | 'dark';
  /** Smaller type and spacing and no per-priority bars, for sidebars. */
  'compact'?: boolean | '';
  /** Show your own comparison instead of the built-in one. */
  'src'?: string;
  /** Use the page's font family instead of the system font. */
  'inherit-font'?: boolean | '';
  /** lazy: download and start the card only when it comes within a screen of the viewport. */
  'loading'?: 'eager' | 'lazy';
  /** The card's key in share links (#key=…); the element's id is used when there is none. */
  'share-key'?: string;
  /** Also the card's key in share links when there is no share-key. */
  'id'?: string;
}

/** A `<versus-card>` element. */
export interface VersusCardElement extends HTMLElement {
  /** Resolves to the two lines that give a page this card as the reader has set it, loading the card from loaderUrl; null while the card has not started. */
  embedSnippet(loaderUrl: string | URL): Promise<string | null>;
}

declare global {
  interface HTMLElementTagNameMap {
    'versus-card': VersusCardElement;
  }
  interface HTMLElementEventMap {
    'versus-change': CustomEvent<VersusChangeDetail>;
  }
}
