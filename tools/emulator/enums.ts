// Apps Script enums. At run time they are objects whose members compare by identity and
// print their name; strings give the same behaviour for the add-on's uses.

function enumOf<const T extends string>(...names: T[]): { readonly [K in T]: K } {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as { readonly [K in T]: K };
}

export const ChartType = enumOf(
  "TIMELINE", "AREA", "BAR", "BUBBLE", "CANDLESTICK", "COLUMN", "COMBO", "GAUGE", "GEO", "HISTOGRAM",
  "RADAR", "LINE", "ORG", "PIE", "SCATTER", "SPARKLINE", "STEPPED_AREA", "TABLE", "TREEMAP", "WATERFALL",
);
export const Button = enumOf("CLOSE", "OK", "CANCEL", "YES", "NO");
export const ButtonSet = enumOf("OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL");
export const AuthMode = enumOf("NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL");
export const DeveloperMetadataVisibility = enumOf("DOCUMENT", "PROJECT");
export const SandboxMode = enumOf("EMULATED", "IFRAME", "NATIVE");
export const XFrameOptionsMode = enumOf("ALLOWALL", "DEFAULT");
