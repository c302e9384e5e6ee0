// Session, ScriptApp and Logger.

import { AuthMode } from "./enums";

type SessionApi = Pick<GoogleAppsScript.Base.Session, "getScriptTimeZone" | "getActiveUser" | "getEffectiveUser" | "getActiveUserLocale" | "getTemporaryActiveUserKey">;
type ScriptAppApi = Pick<GoogleAppsScript.Script.ScriptApp, "getScriptId">;
type LoggerApi = Pick<GoogleAppsScript.Base.Logger, "log" | "getLog" | "clear">;

export interface SessionOptions {
  scriptTimeZone: string;
  userEmail: string;
  userLocale: string;
}

export class FakeSession implements SessionApi {
  constructor(
    private readonly options: SessionOptions,
    private readonly customFunction: boolean,
  ) {}

  getScriptTimeZone(): string {
    return this.options.scriptTimeZone;
  }

  /** Custom functions run anonymously: the active user's email is empty. */
  getActiveUser(): GoogleAppsScript.Base.User {
    const email = this.customFunction ? "" : this.options.userEmail;
    return { getEmail: () => email, getUserLoginId: () => email };
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    return { getEmail: () => this.options.userEmail, getUserLoginId: () => this.options.userEmail };
  }

  getActiveUserLocale(): string {
    return this.options.userLocale;
  }

  getTemporaryActiveUserKey(): string {
    return "emulated-temporary-user-key";
  }
}

export class FakeScriptApp implements ScriptAppApi {
  readonly AuthMode = AuthMode;

  getScriptId(): string {
    return "emulated-script-id";
  }
}

export class FakeLogger implements LoggerApi {
  constructor(private readonly lines: string[]) {}

  /** Logger.log(format, ...values) replaces %s, %d and %f like Apps Script. */
  log(data: any, ...values: any[]): GoogleAppsScript.Base.Logger {
    let message = typeof data === "string" ? data : JSON.stringify(data) ?? String(data);
    if (values.length) message = message.replace(/%[sdf]/g, () => String(values.shift()));
    this.lines.push(message);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }

  getLog(): string {
    return this.lines.join("\n");
  }

  clear(): void {
    this.lines.length = 0;
  }
}

export function createConsole(lines: string[]): Pick<Console, "log" | "info" | "warn" | "error" | "debug"> {
  const write = (level: string) => (...args: unknown[]) => {
    lines.push(`[${level}] ${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}`);
  };
  return { log: write("log"), info: write("info"), warn: write("warn"), error: write("error"), debug: write("debug") };
}
