// google.script.run as promises. Calls are asynchronous and may finish in any order.

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

export function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const r = runner()
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    (r[name] as (...a: unknown[]) => void)(...args);
  });
}
