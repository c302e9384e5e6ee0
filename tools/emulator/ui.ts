// Ui and Menu: everything shown is recorded in the execution's UI log.

import { Button, ButtonSet } from "./enums";
import { asApi, type Execution } from "./execution";
import { FakeHtmlOutput } from "./html";
import { untracked } from "./tracked";
import type { MenuRecord, ShownHtml } from "./uiLog";

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type UiApi = Pick<Ui, "createAddonMenu" | "createMenu" | "alert" | "showSidebar" | "showModalDialog" | "showModelessDialog">;
type MenuApi = Pick<Menu, "addItem" | "addSeparator" | "addSubMenu" | "addToUi">;

export class FakeMenu implements MenuApi {
  readonly record: MenuRecord;

  constructor(
    private readonly execution: Execution,
    caption: string | null,
  ) {
    this.record = { caption, addon: caption === null, entries: [] };
  }

  addItem(caption: string, functionName: string): Menu {
    this.record.entries.push({ kind: "item", caption, functionName });
    return asApi<Menu>(this);
  }

  addSeparator(): Menu {
    this.record.entries.push({ kind: "separator" });
    return asApi<Menu>(this);
  }

  addSubMenu(menu: Menu): Menu {
    const sub = untracked(menu) as unknown;
    if (!(sub instanceof FakeMenu)) throw new Error("Invalid argument: menu");
    this.record.entries.push({ kind: "subMenu", menu: sub.record });
    return asApi<Menu>(this);
  }

  addToUi(): void {
    this.execution.ui.menus.push(this.record);
  }
}

export class FakeUi implements UiApi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly execution: Execution) {}

  createAddonMenu(): Menu {
    return asApi(this.execution.track(new FakeMenu(this.execution, null), "Menu"));
  }

  createMenu(caption: string): Menu {
    return asApi(this.execution.track(new FakeMenu(this.execution, caption), "Menu"));
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(first: string, second?: string | GoogleAppsScript.Base.ButtonSet, third?: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    const hasTitle = third !== undefined;
    const buttons = String((hasTitle ? third : second) ?? ButtonSet.OK);
    const response = this.execution.ui.pendingAlertResponses.shift() ?? Button.OK;
    this.execution.ui.alerts.push({ title: hasTitle ? first : null, prompt: hasTitle ? String(second) : first, buttons, response });
    return asApi(response);
  }

  private show(kind: ShownHtml["kind"], userInterface: HtmlOutput, title?: string): void {
    const output = untracked(userInterface) as unknown;
    if (!(output instanceof FakeHtmlOutput)) throw new Error("Invalid argument: userInterface");
    this.execution.ui.shown.push({ kind, title: title ?? output.title, content: output.content, width: output.width, height: output.height });
  }

  showSidebar(userInterface: HtmlOutput): void {
    this.show("sidebar", userInterface);
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.show("modalDialog", userInterface, title);
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.show("modelessDialog", userInterface, title);
  }
}
