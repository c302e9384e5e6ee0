import { JournalError } from "../../core/journal/columns";
import { RolesError } from "../../core/roles/table";
import { AliasError } from "../../core/aliases/table";
import { AssociationError } from "../../core/associations/table";
import { PeriodError } from "../../core/period/period";
import { ReportError } from "../../core/report/associationGroups";
import { SettingsError } from "../../core/settings/valuation";
import { RateTableError } from "../../core/valuation/rateTable";
import { RateError } from "../../core/valuation/rates";
import { ReaderError } from "../readers";
import { UsageError, parseArgs } from "./args";
import { type Io, processIo } from "./io";
import { runRapport } from "./rapport";
import { USAGE } from "./usage";

/**
 * Runs the command line and returns the exit code: 0 success, 1 unreadable file or invalid
 * journal (French message on stderr), 2 usage error (message and usage text on stderr).
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === "help") {
      io.out(USAGE);
      return 0;
    }
    return await runRapport(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (
      error instanceof ReaderError || error instanceof JournalError || error instanceof RolesError || error instanceof AliasError ||
      error instanceof SettingsError || error instanceof RateTableError || error instanceof RateError || error instanceof AssociationError ||
      error instanceof PeriodError
    ) {
      io.err(`Erreur : ${error.message}\n`);
      return 1;
    }
    if (error instanceof ReportError) {
      // the core names no option: the command line says which one chooses the association
      io.err(`Erreur : ${error.message}${error.needsChoice ? " Option --association NOM." : ""}\n`);
      return 2;
    }
    io.err(`Erreur inattendue : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
