// npm run preview: serves the sidebar and the emulated spreadsheet on localhost.
// npm run preview -- --vide: a new, empty spreadsheet instead (the panel's « Commencer »).
import { startPreview } from "./server";

const port = Number(process.env.PORT ?? process.env.VALORISE_PORT ?? 0) || 0;
const blank = process.argv.includes("--vide");
const preview = await startPreview({ port, blank });
console.log(`Aperçu de Valorise : ${preview.url}`);
console.log(`Panneau à droite, classeur émulé (${blank ? "vide" : "journal d'exemple"}) à gauche. Ctrl+C pour arrêter.`);
