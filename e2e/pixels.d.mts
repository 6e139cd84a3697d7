// Types of e2e/pixels.mjs, for the Playwright suite's TypeScript.

/** The track a switch draws at its start, beside its label. */
export const SWITCH_TRACK: { width: number; height: number };
/** The middle of the disclosure button's circle. */
export const INFO_CIRCLE: { width: number; height: number; x: number };
/** The colour covering most of a PNG (base64), or of the part of it at its start and centred, and the share the others cover; runs in a page. */
export function coloursOfPng(input: { base64: string; part?: { width: number; height: number; x?: number } | null }): Promise<{ main: string; rest: number }>;
