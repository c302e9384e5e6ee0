export const EXEMPT_DIRS: string[];
export function sourceOf(testPath: string): string | null;
export function misplacedTests(testPaths: readonly string[], exists: (source: string) => boolean): { file: string; source: string | null }[];
export function testFiles(root: string): string[];
export function main(root?: string, say?: (message: string) => void): number;
