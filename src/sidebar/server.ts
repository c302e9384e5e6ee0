// google.script.run as promises. Calls are asynchronous and may finish in any order.
import type { SidebarServer } from "../contract/sidebar";

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [name: string]: unknown;
}

function runner(): Runner {
  const g = (window as unknown as { google?: { script?: { run?: Runner } } }).google;
  if (!g?.script?.run) throw new Error("google.script.run indisponible : ouvrez le panneau depuis Extensions > Valorise.");
  return g.script.run;
}

/** What the page says when google.script.run itself fails: every server function answers its own errors in French. */
const CALL_FAILED = "Google Sheets n'a pas pu joindre Valorise (réseau, délai dépassé ou autorisation) : réessayez ; si cela se reproduit, fermez et rouvrez le panneau.";

/** A server function by its name in the contract: tsc checks the name and gives the result's type. */
export function call<K extends keyof SidebarServer>(name: K, ...args: Parameters<SidebarServer[K]>): Promise<ReturnType<SidebarServer[K]>> {
  return new Promise((resolve, reject) => {
    const r = runner()
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarServer[K]>))
      .withFailureHandler((error) => {
        // Google's own message (network, time limit, authorisation) is in English: kept for the console, said in French
        console.error(error);
        reject(new Error(CALL_FAILED));
      });
    (r[name] as (...a: unknown[]) => void)(...args);
  });
}
