// Who may use the preview server. It listens on 127.0.0.1 only, but any web page the user opens
// can send requests there: a form or a fetch() in "no-cors" mode reaches a server without a
// preflight, and a DNS name rebound to 127.0.0.1 makes a page of another site load ours. So:
// - every request must name the preview's own host (Host header): a rebound name is refused;
// - a POST, which runs server functions, must come from the preview's own pages: an Origin or a
//   Sec-Fetch-Site header saying otherwise is refused, and the page's per-run token must be sent
//   in a header. A custom header also makes a browser ask first (CORS preflight) before sending a
//   cross-origin call, and the preview never answers yes.
// References: the Fetch standard (fetch.spec.whatwg.org: the Origin header is sent on every POST;
// "CORS-safelisted request-header"), and Sec-Fetch-Site (W3C Fetch Metadata Request Headers; MDN,
// developer.mozilla.org/docs/Web/HTTP/Headers/Sec-Fetch-Site: same-origin, same-site, cross-site or
// none, sent to potentially trustworthy URLs such as 127.0.0.1, refusals answered with 403).
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** The header in which the preview's pages send the token. */
export const TOKEN_HEADER = "x-valorise-jeton";

export function newToken(): string {
  return randomBytes(24).toString("hex");
}

const hostsOf = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`];

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== "string" || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/** Why the request is refused (French, for the 403 answer), or null when it may be served. */
export function refusal(req: IncomingMessage, port: number, token: string): string | null {
  const hosts = hostsOf(port);
  const host = (req.headers.host ?? "").toLowerCase();
  if (!hosts.includes(host)) {
    return `Adresse refusée : l'aperçu local s'ouvre à l'adresse http://${hosts[0]}/ (reçu : « ${host || "aucune"} »).`;
  }
  if (req.method === "GET" || req.method === "HEAD") return null;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return `Appel refusé : l'aperçu local n'exécute que les appels de ses propres pages, pas ceux de « ${origin} ».`;
  }
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin") {
    return `Appel refusé : l'aperçu local n'exécute que les appels de ses propres pages (le navigateur indique « ${site} »).`;
  }
  if (!sameToken(req.headers[TOKEN_HEADER], token)) {
    return "Appel refusé : jeton de l'aperçu absent ou périmé. Rechargez la page de l'aperçu (l'adresse affichée par « npm run preview »).";
  }
  return null;
}
