// What the user would have seen: menus added, sidebars and dialogs shown, alerts, toasts.

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "subMenu"; menu: MenuRecord };

export interface MenuRecord {
  /** null for the add-on menu (its title is the add-on's name). */
  caption: string | null;
  addon: boolean;
  entries: MenuEntry[];
}

export interface ShownHtml {
  kind: "sidebar" | "modalDialog" | "modelessDialog";
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: string;
  response: string;
}

export interface ToastRecord {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

export interface UiLog {
  menus: MenuRecord[];
  shown: ShownHtml[];
  alerts: AlertRecord[];
  toasts: ToastRecord[];
  /** Buttons the fake user will press on the next alerts, in order; OK when empty. */
  pendingAlertResponses: string[];
}

export function createUiLog(): UiLog {
  return { menus: [], shown: [], alerts: [], toasts: [], pendingAlertResponses: [] };
}
