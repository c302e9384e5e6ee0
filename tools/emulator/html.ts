// HtmlService: outputs and templates read from "<name>.html" files in a directory
// (the build output, dist/ by default). Templates support <? ?>, <?= ?> and <?!= ?>.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SandboxMode, XFrameOptionsMode } from "./enums";
import { asApi, type Execution } from "./execution";

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type HtmlOutputApi = Pick<
  HtmlOutput,
  "getContent" | "setContent" | "append" | "clear" | "getTitle" | "setTitle" | "getWidth" | "setWidth" | "getHeight" | "setHeight" | "addMetaTag" | "setXFrameOptionsMode" | "setSandboxMode" | "setFaviconUrl"
>;
type HtmlTemplateApi = Pick<HtmlTemplate, "evaluate" | "getRawContent" | "getCode">;
type HtmlServiceApi = Pick<GoogleAppsScript.HTML.HtmlService, "createHtmlOutput" | "createHtmlOutputFromFile" | "createTemplate" | "createTemplateFromFile" | "getUserAgent">;

export class FakeHtmlOutput implements HtmlOutputApi {
  title = "";
  width: number | null = null;
  height: number | null = null;
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(public content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = content;
    return asApi<HtmlOutput>(this);
  }

  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return asApi<HtmlOutput>(this);
  }

  clear(): HtmlOutput {
    this.content = "";
    return asApi<HtmlOutput>(this);
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = title;
    return asApi<HtmlOutput>(this);
  }

  getWidth(): number {
    return this.width ?? 0;
  }

  setWidth(width: number): HtmlOutput {
    this.width = width;
    return asApi<HtmlOutput>(this);
  }

  getHeight(): number {
    return this.height ?? 0;
  }

  setHeight(height: number): HtmlOutput {
    this.height = height;
    return asApi<HtmlOutput>(this);
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name, content });
    return asApi<HtmlOutput>(this);
  }

  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    return asApi<HtmlOutput>(this);
  }

  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    return asApi<HtmlOutput>(this);
  }

  setFaviconUrl(_iconUrl: string): HtmlOutput {
    return asApi<HtmlOutput>(this);
  }
}

const escapeHtml = (value: unknown) =>
  String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Turns a template into the body of a sloppy-mode function (scriptlets may use `with`). */
export function compileTemplate(raw: string): string {
  let code = "var __out = '';\nwith (__scope) { with (__fields) {\n";
  const scriptlet = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let match = scriptlet.exec(raw); match; match = scriptlet.exec(raw)) {
    code += `__out += ${JSON.stringify(raw.slice(last, match.index))};\n`;
    if (match[1] === "=") code += `__out += __escape(${match[2]});\n`;
    else if (match[1] === "!=") code += `__out += String(${match[2]});\n`;
    else code += `${match[2]}\n`;
    last = scriptlet.lastIndex;
  }
  code += `__out += ${JSON.stringify(raw.slice(last))};\n} }\nreturn __out;`;
  return code;
}

// Template state lives outside the instance: every own property of a template is a
// field visible to scriptlets (template.raw = ... must not clobber the source).
const templateState = new WeakMap<object, { execution: Execution; raw: string }>();

export class FakeHtmlTemplate implements HtmlTemplateApi {
  [field: string]: unknown;

  constructor(execution: Execution, raw: string) {
    templateState.set(this, { execution, raw });
  }

  getRawContent(): string {
    return templateState.get(this)!.raw;
  }

  getCode(): string {
    return compileTemplate(this.getRawContent());
  }

  evaluate(): HtmlOutput {
    const { execution, raw } = templateState.get(this)!;
    const fields: Record<string, unknown> = { ...this };
    const render = new Function("__scope", "__fields", "__escape", compileTemplate(raw));
    const content = render(execution.templateScope, fields, escapeHtml) as string;
    return asApi(execution.track(new FakeHtmlOutput(content), "HtmlOutput"));
  }
}

export class FakeHtmlService implements HtmlServiceApi {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly execution: Execution) {}

  private readFile(filename: string): string {
    const path = join(this.execution.htmlDir, filename.endsWith(".html") ? filename : `${filename}.html`);
    if (!existsSync(path)) throw new Error(`No HTML file named ${filename} was found.`);
    return readFileSync(path, "utf8");
  }

  private output(content: string): HtmlOutput {
    return asApi(this.execution.track(new FakeHtmlOutput(content), "HtmlOutput"));
  }

  private template(raw: string): HtmlTemplate {
    return asApi(this.execution.track(new FakeHtmlTemplate(this.execution, raw), "HtmlTemplate"));
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    return this.output(typeof html === "string" ? html : html ? html.getBlob().getDataAsString() : "");
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return this.output(this.readFile(filename));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): HtmlTemplate {
    return this.template(typeof html === "string" ? html : html.getBlob().getDataAsString());
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return this.template(this.readFile(filename));
  }

  getUserAgent(): string {
    return "Mozilla/5.0 (emulated)";
  }
}
