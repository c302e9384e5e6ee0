import type { ActionSelection } from "../../core/journal/store";
import { type AssociationGroup, ReportError, actionsOfGroup, associationGroups, chooseGroups } from "../../core/report/associationGroups";
import { BLANK_LABELS } from "../../core/valuation/valuation";
import { ArgumentError, optionalText } from "./args";
import { unknownName } from "./knownName";
import type { JournalContext } from "./context";
import type { ParamSpec } from "./spec";

export const ASSOCIATION_PARAM: ParamSpec = {
  name: "association",
  type: "string",
  optional: true,
  description: "Association (alias compris) ; toutes si omise.",
};
/** For a figure in euros: never summed across associations. */
export const MONEY_ASSOCIATION_PARAM: ParamSpec = {
  name: "association",
  type: "string",
  optional: true,
  description: "Association, obligatoire si le journal en compte plusieurs.",
};

const title = (g: AssociationGroup) => g.name || BLANK_LABELS.association;

/** The association a function's last argument names (loosely, through the alias table), or undefined when omitted. */
function groupArg(value: unknown, ctx: JournalContext, groups: readonly AssociationGroup[]): AssociationGroup | undefined {
  const name = optionalText(value);
  if (name === undefined) return undefined;
  const key = ctx.journal.keys.association(name);
  // The rows with no association are named as the error below lists them
  if (key === ctx.journal.keys.association(BLANK_LABELS.association) && !groups.some((g) => g.key === key)) {
    const blank = groups.find((g) => !g.key);
    if (blank) return blank;
  }
  try {
    return chooseGroups(ctx.journal, groups, name)[0];
  } catch (error) {
    if (error instanceof ReportError) throw unknownName("association", name, groups.map(title), error.message);
    throw error;
  }
}

/** Hours and people: the named association's actions, or every association's when omitted. */
export function ofAssociation(actions: ActionSelection, value: unknown, ctx: JournalContext): ActionSelection {
  if (optionalText(value) === undefined) return actions;
  return actionsOfGroup(actions, groupArg(value, ctx, associationGroups(ctx.journal))!);
}

/**
 * Money: the named association; omitted, the journal must hold one association only. `example(name)`
 * is the call to suggest, such as `=BENEVOLAT_VALORISATION(Journal!A:O; 2025; ; ; "Club")`.
 */
export function oneAssociation(value: unknown, ctx: JournalContext, groups: readonly AssociationGroup[], example: (name: string) => string): AssociationGroup {
  const group = groupArg(value, ctx, groups) ?? (groups.length === 1 ? groups[0] : undefined);
  if (!group) {
    throw new ArgumentError(
      `Le journal compte ${groups.length} associations (${groups.map(title).join(", ")}) : indiquez l'association en dernier argument, ` +
        `par exemple ${example(title(groups.find((g) => g.key) ?? groups[0]!))}`,
    );
  }
  return group;
}
