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
  /** Smaller type and spacing and no per-criterion scores (the totals stay), for sidebars. */
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

// The comparison format (docs/spec-format.md), from docs/versus.schema.json.

/** A whole comparison: who is compared, on what, and the ready-made use cases. */
export interface VersusComparison {
  /** The address of the format's JSON Schema, for editors; the card ignores it. */
  '$schema'?: string | null;
  /** Where the claims come from. */
  'attribution'?: VersusAttribution | null;
  /** The things being compared, 2 to 6. */
  'contenders': VersusContender[];
  /** What they are compared on, 3 to 30. */
  'criteria': VersusCriterion[];
  /** The language of the comparison's text, as a BCP 47 tag such as "de" or "ar-EG"; English when absent. It sets the card's `lang` and its direction (right-to-left for Arabic, Hebrew, Persian, Urdu, …). */
  'lang'?: string | null;
  /** Ready-made sets of priorities, typically one per use case. */
  'presets'?: VersusPreset[];
  /** The sources the scores cite, each listed once; a score's evidence names one by its id, and the card numbers them in this order. */
  'sources'?: VersusSource[];
  /** Replacements for the card's own wording, keyed by string name. */
  'strings'?: Record<string, string>;
  /** A line under the title, such as "for backend development". */
  'subtitle'?: string | null;
  /** Headline of the card, such as "Node.js vs Python". */
  'title': string;
}

/** Credit line shown under the card, with an optional http(s) link. */
export interface VersusAttribution {
  /** The words shown, such as "Based on an article by …". */
  'text': string;
  /** Where the words link to; only http and https are accepted. */
  'url'?: string | null;
}

/** "cited": the score's evidence (its sources and what they say); "source": the attributed source makes this claim; "estimate": the author's reasoned estimate. */
export type VersusBasis = 'cited' | 'source' | 'estimate';

/** One of the things being compared. */
export interface VersusContender {
  /** Accent colour in plain CSS colour syntax (`#3c873a`, `rgb(…)`, `teal`). */
  'accent'?: string | null;
  /** Stable identifier used in scores, presets and share links. */
  'id': string;
  /** Display name. */
  'name': string;
  /** A few words under the name. */
  'tagline'?: string | null;
}

/** One thing a reader may care about, with every contender's score on it. */
export interface VersusCriterion {
  /** One line saying what the criterion means. */
  'description': string;
  /** Stable identifier used in presets, attributes and share links. */
  'id': string;
  /** Short label on the switch. */
  'label': string;
  /** Whether the priority starts switched on (at normal importance). */
  'on'?: boolean;
  /** Score and reason for each contender, keyed by contender id. */
  'scores': Record<string, VersusScore>;
}

/** What one source says in support of one score, and when the author read it. */
export interface VersusEvidence {
  /** The day the author last read it there, as `YYYY-MM-DD`; not after today. */
  'checked': string;
  /** What that source says: a short quote or a figure, as written there. */
  'says': string;
  /** The id of a source in the comparison's `sources`. */
  'source': string;
}

/** How much a preset's priority counts, as the schema names it. */
export type VersusImportance = 'normal' | 'high' | 'critical';

/** What kind of source it is: a project's documentation, a specification such as a PEP, release notes, a named and dated benchmark, a survey, an article, a code repository, or other. */
export type VersusSourceKind = 'documentation' | 'specification' | 'release-notes' | 'benchmark' | 'survey' | 'article' | 'repository' | 'other';

/** A named set of priorities, such as "Real-time chat". */
export interface VersusPreset {
  /** Stable identifier used in attributes and share links. */
  'id': string;
  /** Label on the preset button. */
  'label': string;
  /** Criterion id to importance (`"normal"`, `"high"` or `"critical"`); criteria not named are off. */
  'priorities': Record<string, VersusImportance>;
}

/** From 0 (poor) to 10 (excellent), at most one decimal, such as 7.5. */
export type VersusScoreValue = number;

/** How one contender does on one criterion. */
export interface VersusScore {
  /** What the score rests on: `"cited"` (the evidence below), `"source"` (the attributed source) or `"estimate"` (the author's own judgement). Stated, never inferred from the evidence. */
  'basis'?: VersusBasis | null;
  /** What the cited sources say, for a `"cited"` score (1 to 5 entries). */
  'evidence'?: VersusEvidence[];
  /** One sentence saying why. */
  'reason': string;
  /** From 0 (poor) to 10 (excellent), at most one decimal. */
  'score': VersusScoreValue;
}

/** A source a score may cite: a page a reader can open and check. */
export interface VersusSource {
  /** Stable identifier that evidence uses to cite it, such as "pep-779". */
  'id': string;
  /** What kind of source it is, so a reader can weigh it. */
  'kind'?: VersusSourceKind | null;
  /** When it was published or last revised: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  'published'?: string | null;
  /** Who published it, such as "Node.js" or "Python Software Foundation". */
  'publisher'?: string | null;
  /** The source's own title, such as "Modules: TypeScript". */
  'title': string;
  /** Where a reader can read it; only http and https are accepted. */
  'url': string;
}
