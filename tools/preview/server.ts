// The local preview: the built sidebar next to a plain view of an emulated spreadsheet holding the
// sample journal, with google.script.run wired to dist/Code.js running in the emulator.
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type SeedCell, type Services, type World, createServices, createWorld } from "../emulator";
import { sampleSheets } from "./document";
import { newToken, refusal } from "./guard";
import { shellPage } from "./page";
import { runServerFunction } from "./run";
import { renderSheetsView } from "./sheetsView";
import { withShim } from "./shim";

export interface PreviewOptions {
  /** 0 (default): any free port. */
  port?: number;
  /** Journal rows (header first) instead of the sample journal. */
  journalRows?: SeedCell[][];
  rolesRows?: SeedCell[][] | null;
  /** A new, empty spreadsheet instead of the sample journal. */
  blank?: boolean;
  codePath?: string;
  htmlDir?: string;
  /**
   * Tests only: server functions whose answer the test makes, given the arguments and the answer of
   * dist/Code.js (run first, as always). Sent to the page like any other answer, through JSON.
   */
  answers?: Record<string, (args: unknown[], real: unknown) => unknown>;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
  world: World;
  /** Services on the previewed document, for tests to look at it (their calls are not the add-on's). */
  services: Services;
  /** Server functions called so far, in order. */
  calls: string[];
  /** Delays every server function's answer (to watch the page wait, as on a slow network). */
  setLatency(ms: number): void;
}

const MAX_BODY = 5_000_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) reject(new Error("requête trop grosse"));
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    "Content-Type": `${type}; charset=utf-8`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    // the pages may be framed by the preview's own shell only
    "X-Frame-Options": "SAMEORIGIN",
  });
  res.end(body);
}

const json = (res: ServerResponse, value: unknown, status = 200) => send(res, status, "application/json", JSON.stringify(value));

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const world = createWorld({ name: "Bénévolat (aperçu local)", timeZone: "Europe/Paris", sheets: sampleSheets(options) });
  const runOptions = { codePath: options.codePath, htmlDir: options.htmlDir };
  const menu = runServerFunction(world, "onOpen", [{ authMode: "NONE" }], { ...runOptions, authMode: "NONE" }).services.handle.ui.menus;
  const items = (menu[0]?.entries ?? []).flatMap((e) => (e.kind === "item" ? [{ caption: e.caption, functionName: e.functionName }] : []));
  let sidebarHtml = "";
  const runMenu = (fn: string) => {
    const ui = runServerFunction(world, fn, [], runOptions).services.handle.ui;
    const shown = ui.shown.find((s) => s.kind === "sidebar");
    if (shown) sidebarHtml = shown.content;
    const alert = ui.alerts.map((a) => [a.title, a.prompt].filter(Boolean).join("\n\n")).join("\n");
    return { sidebar: Boolean(shown), alert };
  };
  runMenu("showSidebar");
  const calls: string[] = [];
  let latency = 0;
  const token = newToken();
  let port = 0;

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const path = url.pathname;
      const refused = refusal(req, port, token);
      if (refused) {
        // in the shape the page reads: google.script.run's failure, the menu's alert
        if (req.method === "POST") return json(res, path.startsWith("/menu/") ? { error: refused } : { ok: false, error: refused }, 403);
        return send(res, 403, "text/plain", refused);
      }
      if (req.method === "GET" && path === "/") return send(res, 200, "text/html", shellPage(items, token));
      if (req.method === "GET" && path === "/sidebar") return send(res, 200, "text/html", withShim(sidebarHtml, token));
      if (req.method === "GET" && path === "/sheets") return send(res, 200, "text/html", renderSheetsView(world, url.searchParams.get("sheet")));
      const run = /^\/(run|menu)\/([A-Za-z][A-Za-z0-9_]*)$/.exec(path);
      if (req.method === "POST" && run) {
        const fn = run[2]!;
        if (run[1] === "menu") {
          if (!items.some((i) => i.functionName === fn)) return json(res, { error: `Pas dans le menu : ${fn}` });
          return json(res, runMenu(fn));
        }
        const body = await readBody(req);
        const args = (JSON.parse(body || "{}") as { args?: unknown[] }).args ?? [];
        calls.push(fn);
        let reply: unknown;
        try {
          const value = runServerFunction(world, fn, args, runOptions).value ?? null;
          const answer = options.answers?.[fn];
          reply = { ok: true, value: answer ? answer(args, value) : value };
        } catch (error) {
          reply = { ok: false, error: (error as Error).message };
        }
        if (latency) await new Promise((resolve) => setTimeout(resolve, latency));
        return json(res, reply);
      }
      send(res, 404, "text/plain", "Introuvable");
    } catch (error) {
      send(res, 500, "text/plain", (error as Error).message);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    world,
    services: createServices({ world }),
    calls,
    setLatency: (ms) => {
      latency = ms;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
