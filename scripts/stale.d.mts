/** Types of `stale.mjs`, for the TypeScript tests that check it. */
export function newestChange(paths: string[]): number;
export function isStale(output: string, sources: string[]): boolean;
