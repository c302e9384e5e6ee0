// The preview server runs server functions only for its own pages: a call from another web origin,
// a call without the page's token, or a request under another host name (DNS rebinding) is refused
// with a French message, and nothing runs.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Preview, startPreview } from "../../../tools/preview/server";

interface Answer {
  status: number;
  body: string;
}

let preview: Preview;
let port: number;
let token: string;

function send(method: string, path: string, headers: Record<string, string> = {}, body = ""): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A call as the sidebar's google.script.run makes it, with the headers given. */
const call = (fn: string, args: unknown[], headers: Record<string, string>) =>
  send("POST", `/run/${fn}`, { "Content-Type": "application/json", ...headers }, JSON.stringify({ args }));

const own = () => ({ Origin: `http://127.0.0.1:${port}`, "Sec-Fetch-Site": "same-origin", "x-valorise-jeton": token });

beforeAll(async () => {
  preview = await startPreview();
  port = Number(new URL(preview.url).port);
  const sidebar = await send("GET", "/sidebar");
  token = /"x-valorise-jeton": "([0-9a-f]+)"/.exec(sidebar.body)?.[1] ?? "";
}, 60_000);
afterAll(() => preview?.close());

/** Valid settings, as the page would save them: those it shows when it opens. */
async function settings(): Promise<unknown> {
  const state = JSON.parse((await call("getSidebarState", [], own())).body) as { ok: boolean; value: { settings: unknown } };
  expect(state.ok).toBe(true);
  return state.value.settings;
}

describe("the preview server", () => {
  it("runs the calls of its own pages: the sidebar's and the menu's", async () => {
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    expect((await send("GET", "/")).body).toContain(`"x-valorise-jeton": "${token}"`);
    const answer = await call("getSidebarState", [], own());
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { spreadsheetName: "Bénévolat (aperçu local)" } });
    const menu = await send("POST", "/menu/showSidebar", { Origin: `http://127.0.0.1:${port}`, "x-valorise-jeton": token });
    expect(menu.status).toBe(200);
    expect(JSON.parse(menu.body)).toMatchObject({ sidebar: true });
  });

  it("refuses, in French, a call POSTed by a page of another site, even with the token", async () => {
    const before = preview.calls.length;
    const valid = await settings();
    const answer = await call("saveSettings", [valid], { ...own(), Origin: "http://evil.example", "Sec-Fetch-Site": "cross-site" });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: "Appel refusé : l'aperçu local n'exécute que les appels de ses propres pages, pas ceux de « http://evil.example ».",
    });
    expect(preview.calls.slice(before)).toEqual(["getSidebarState"]);
    expect(preview.world.properties.document.size).toBe(0);
  });

  it("refuses a call the browser marks as cross-site, or that lacks the page's token", async () => {
    const valid = await settings();
    const before = preview.calls.length;
    const crossSite = await call("saveSettings", [valid], { ...own(), "Sec-Fetch-Site": "cross-site" });
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.body).error).toBe("Appel refusé : l'aperçu local n'exécute que les appels de ses propres pages (le navigateur indique « cross-site »).");
    // a form or a no-cors fetch() from a page that sends no Origin, or a stale page
    const attempts: Record<string, string>[] = [{}, { "x-valorise-jeton": "0".repeat(48) }, { Origin: `http://127.0.0.1:${port}` }];
    for (const headers of attempts) {
      const answer = await call("saveSettings", [valid], headers);
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).error).toMatch(/^Appel refusé : jeton de l'aperçu absent ou périmé\. Rechargez la page/);
    }
    const menu = await send("POST", "/menu/showSidebar", { Origin: "http://evil.example" });
    expect(menu.status).toBe(403);
    expect(JSON.parse(menu.body).error).toMatch(/^Appel refusé : .*« http:\/\/evil\.example »/);
    expect(preview.calls.slice(before)).toEqual([]);
    expect(preview.world.properties.document.size).toBe(0);
  });

  it("refuses any request under another host name (a name rebound to 127.0.0.1)", async () => {
    for (const method of ["GET", "POST"]) {
      const answer = await send(method, method === "GET" ? "/sidebar" : "/run/getSidebarState", { Host: `evil.example:${port}`, "x-valorise-jeton": token });
      expect(answer.status).toBe(403);
      expect(answer.body).toContain(`Adresse refusée : l'aperçu local s'ouvre à l'adresse http://127.0.0.1:${port}/ (reçu : « evil.example:${port} »).`);
      expect(answer.body).not.toContain(token);
    }
  });
});
