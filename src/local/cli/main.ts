import { ReportError } from "../../core/report/associationGroups";
import { UserError } from "../../core/userError";
import { UsageError, parseArgs } from "./args";
import { type Io, processIo } from "./io";
import { runDocuments } from "./documents";
import { runRapport } from "./rapport";
import { USAGE } from "./usage";

/** Said for a defect instead of the engine's message (RangeError, BigInt, "Maximum call stack"…), which is never shown. */
export const UNEXPECTED =
  "Erreur inattendue : Valorise s'est arrêté sur un cas qu'il ne sait pas expliquer, un défaut à corriger. " +
  "Signalez-la avec la commande lancée et le fichier lu, ou quelques lignes qui la reproduisent ; " +
  "relancée avec VALORISE_DEBUG=1, la commande ajoute le détail technique à joindre.";

/**
 * Runs the command line and returns the exit code: 0 success, 1 unreadable file or invalid
 * journal (French message on stderr), 2 usage error (message and usage text on stderr).
 * Every refusal is a UserError, printed as it is; anything else is a defect: UNEXPECTED, and the
 * stack only when the environment sets VALORISE_DEBUG=1.
 */
export async function main(argv: readonly string[], io: Io = processIo, env: Record<string, string | undefined> = process.env): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === "help") {
      io.out(USAGE);
      return 0;
    }
    if (command.kind === "rapport") return await runRapport(command, io);
    return await runDocuments({ ...command, kind: command.kind }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ReportError) {
      // the core names no option: the command line says which one chooses the association
      io.err(`Erreur : ${error.message}${error.needsChoice ? " Option --association NOM." : ""}\n`);
      return 2;
    }
    if (error instanceof UserError) {
      io.err(`Erreur : ${error.message}\n`);
      return 1;
    }
    io.err(`${UNEXPECTED}\n`);
    if (env.VALORISE_DEBUG === "1") io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
