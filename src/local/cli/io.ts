import { visibleControls } from "./print";

/** Where the CLI writes: the process streams, or buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * The same Io, with the control characters of what it writes shown escaped (visibleControls), line
 * feeds kept: text from the journal (names, cells quoted in messages, paths) cannot act on the
 * terminal. JSON output stays valid and reads back the same.
 */
function terminalIo(io: Io): Io {
  return {
    out: (text) => io.out(visibleControls(text, true)),
    err: (text) => io.err(visibleControls(text, true)),
  };
}

export const processIo: Io = terminalIo({
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
});
