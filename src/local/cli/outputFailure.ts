import { OutputError } from "../export/outputError";
import type { Io } from "./io";

/**
 * The output files not written: the OutputError said on stderr, its exit code returned. Any other
 * error, or the defect an OutputError holds, is thrown on (main reports it as a defect).
 */
export function outputFailure(error: unknown, io: Io): number {
  if (!(error instanceof OutputError)) throw error;
  io.err(`Erreur : ${error.message}\n`);
  if (error.defect !== undefined) throw error.defect;
  return error.exitCode;
}
