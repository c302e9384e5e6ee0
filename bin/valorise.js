#!/usr/bin/env node
// Valorise command line. The code lives in dist-local/cli.js, built from src/local/cli/main.ts
// by `npm run build`.
import { existsSync } from "node:fs";

const cli = new URL("../dist-local/cli.js", import.meta.url);

// `valorise rapport … | head`: a closed pipe is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

if (!existsSync(cli)) {
  process.stderr.write("Valorise n'est pas construit : lancez « npm run build » dans le dossier du projet.\n");
  process.exit(1);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
