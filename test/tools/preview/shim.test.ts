import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { shimScript } from "../../../tools/preview/shim";

/** The preview's google.script.run in a bare context: records what it would POST. */
function loadShim() {
  const posted: unknown[] = [];
  const headers: Record<string, string>[] = [];
  const window: Record<string, unknown> = { parent: { postMessage() {} } };
  const fetch = (_url: string, init: { body: string; headers: Record<string, string> }) => {
    posted.push(JSON.parse(init.body));
    headers.push(init.headers);
    return Promise.resolve({ json: () => Promise.resolve({ ok: true, value: null }) });
  };
  runInNewContext(shimScript("jeton-de-test").replace(/^<script>|<\/script>$/g, ""), { window, fetch, Proxy, Promise, Object, Array, JSON, String, Date, setTimeout });
  const run = (window.google as { script: { run: any } }).script.run;
  return { run, posted, headers };
}

describe("google.script.run in the preview", () => {
  it("fails, as Apps Script does, when a Date is among the arguments, even inside an object", async () => {
    const { run, posted } = loadShim();
    const error = await new Promise<Error>((resolve, reject) => {
      run.withSuccessHandler(() => reject(new Error("succès inattendu"))).withFailureHandler(resolve).saveSettings({ a: [new Date(0)] });
    });
    expect(error.message).toMatch(/Date/);
    expect(posted).toEqual([]);
  });

  it("sends plain values to the server", async () => {
    const { run, posted, headers } = loadShim();
    await new Promise((resolve, reject) => run.withSuccessHandler(resolve).withFailureHandler(reject).saveSettings({ a: [1, "x", true, null] }));
    expect(posted).toEqual([{ args: [{ a: [1, "x", true, null] }] }]);
    // the preview's token, without which the server refuses the call
    expect(headers).toEqual([{ "Content-Type": "application/json", "x-valorise-jeton": "jeton-de-test" }]);
  });
});
