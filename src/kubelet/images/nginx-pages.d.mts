// Types for nginx-pages.mjs (plain JS so the server programs run without a build step).
export function welcomePage(version: string): string;
export function serverErrorPage(version: string): string;
export function errorPage(status: number, version: string): string;
export const REASONS: Record<number, string>;
