// npm run preview: serves the sidebar and the emulated spreadsheet on localhost.
import { startPreview } from "./server";

const port = Number(process.env.PORT ?? process.env.VALORISE_PORT ?? 0) || 0;
const preview = await startPreview({ port });
console.log(`Aperçu de Valorise : ${preview.url}`);
console.log("Panneau à droite, classeur émulé (journal d'exemple) à gauche. Ctrl+C pour arrêter.");
