type ClaspConfig = Record<string, unknown> | null;
type Refusal = { refusal: string };

export const PLACEHOLDER: string;
export const ROOT_DIR: string;
export const TITLE: string;
export const CREATE_ARGS: string[];
export function scriptIdOf(input: unknown): string | null;
export function readProjectFile(file: string): { config: ClaspConfig; text: string | null } | (Refusal & { config?: undefined; text?: undefined });
export function realScriptId(config: ClaspConfig | undefined): string | null;
export function attachProject(current: ClaspConfig, input: string | undefined, replace: boolean): Refusal | { refusal?: undefined; text: string | null; message: string };
export function prepareCreate(current: ClaspConfig): Refusal | { refusal?: undefined; text: string };
export function checkCreated(after: ClaspConfig): Refusal | { refusal?: undefined; id: string };
export function checkAttached(current: ClaspConfig): Refusal | { refusal?: undefined; id: string };
export function main(
  argv: string[],
  options?: {
    dir?: string;
    clasp?: (args: string[], cwd: string) => number;
    say?: (message: string) => void;
    complain?: (message: string) => void;
  },
): number;
