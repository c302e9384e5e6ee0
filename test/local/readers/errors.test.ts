import { describe, expect, it } from "vitest";
import { ReaderError, inputLimitError, readProblem } from "../../../src/local/readers/errors";
import { UserError } from "../../../src/core/userError";

describe("reader errors", () => {
  it("are user errors: every entry point shows their French message as it is", () => {
    expect(new ReaderError("Fichier introuvable")).toBeInstanceOf(UserError);
  });

  it("tell the engine's size and depth limits in French, and nothing else", () => {
    const tooLong = Object.assign(new RangeError("Cannot create a string longer than 0x1fffffe8 characters"), { code: "ERR_STRING_TOO_LONG" });
    expect(inputLimitError(tooLong)?.message).toBe("fichier trop volumineux pour être lu en mémoire : découpez le journal, par exemple par année.");
    expect(inputLimitError(new RangeError("Invalid string length"))).toBeInstanceOf(ReaderError);
    expect(inputLimitError(new RangeError("Maximum call stack size exceeded"))?.message).toMatch(/^fichier illisible : ses données sont imbriquées trop profondément/);
    // a defect keeps its nature: the entry point says « Erreur inattendue »
    expect(inputLimitError(new RangeError("The number Infinity cannot be converted to a BigInt"))).toBeUndefined();
    expect(inputLimitError(new TypeError("Invalid string length"))).toBeUndefined();
  });

  it("name a system error by its code, never by Node's English sentence", () => {
    expect(readProblem("ERR_FS_FILE_TOO_LARGE")).toBe("fichier trop volumineux (2 Go ou plus) : découpez le journal, par exemple par année");
    expect(readProblem("ENAMETOOLONG")).toBe("nom de fichier trop long");
    expect(readProblem("EWHATEVER")).toBe("erreur du système (code EWHATEVER)");
    expect(readProblem(undefined)).toBe("erreur du système");
  });
});
