import { UserError } from "../../core/userError";

/**
 * The report files were not written, or not all of them: a French message that names each file.
 * `exitCode` 2 when another command line would do (another --sortie, --ecraser), 1 when writing
 * failed. `defect` holds an error that is no file-system problem: a real defect, reported as such.
 */
export class OutputError extends UserError {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly defect?: unknown,
  ) {
    super(message);
  }
}
