// Types of e2e/pixels.mjs, for the Playwright suite's TypeScript.

/** The colour covering most of a PNG (base64) and the share the others cover; runs in a page. */
export function coloursOfPng(base64: string): Promise<{ main: string; rest: number }>;
