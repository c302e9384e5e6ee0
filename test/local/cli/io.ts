import type { Io } from "../../../src/local/cli/io";

/** An Io that keeps what the CLI writes. */
export function bufferIo(): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdout: () => out,
    stderr: () => err,
  };
}

/** Runs the command line in process: exit code, standard output and standard error. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import("../../../src/local/cli/main");
  const io = bufferIo();
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}
