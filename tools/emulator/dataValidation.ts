// SpreadsheetApp.newDataValidation(): the rules a script puts on cells, kept as data for tests to read
// back (criteria, arguments, whether invalid input is only warned about, the help text). Sheets applies
// a rule to what a person types; a script's setValues is not checked against it (the rule's
// Range.setDataValidation page says nothing of scripts' writes), so neither does the emulator.

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type BuilderApi = Pick<
  Builder,
  "requireDate" | "requireNumberGreaterThanOrEqualTo" | "requireNumberBetween" | "requireValueInList" | "setAllowInvalid" | "setHelpText" | "build"
>;

/** The criteria names Apps Script's DataValidationCriteria enum gives them. */
export type Criteria = "DATE_IS_VALID_DATE" | "NUMBER_GREATER_THAN_OR_EQUAL_TO" | "NUMBER_BETWEEN" | "VALUE_IN_LIST";

export class FakeDataValidation implements Pick<Rule, "getCriteriaValues" | "getAllowInvalid" | "getHelpText"> {
  constructor(
    readonly criteria: Criteria,
    private readonly values: unknown[],
    private readonly allowInvalid: boolean,
    private readonly helpText: string | null,
  ) {}

  /** The criteria's name (the real method returns the enum member, which is its name). */
  getCriteriaType(): Criteria {
    return this.criteria;
  }

  getCriteriaValues(): any[] {
    return [...this.values];
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  /** null when none was set, as documented (@types has string). */
  getHelpText(): string {
    return this.helpText as string;
  }
}

export class FakeDataValidationBuilder implements BuilderApi {
  private criteria: Criteria | undefined;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText: string | null = null;

  private require(criteria: Criteria, values: unknown[]): Builder {
    this.criteria = criteria;
    this.values = values;
    return this as unknown as Builder;
  }

  requireDate(): Builder {
    return this.require("DATE_IS_VALID_DATE", []);
  }

  requireNumberGreaterThanOrEqualTo(number: number): Builder {
    return this.require("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }

  requireNumberBetween(start: number, end: number): Builder {
    return this.require("NUMBER_BETWEEN", [start, end]);
  }

  /** showDropdown defaults to true, as documented. */
  requireValueInList(values: string[], showDropdown = true): Builder {
    return this.require("VALUE_IN_LIST", [values, showDropdown]);
  }

  setAllowInvalid(allowInvalidData: boolean): Builder {
    this.allowInvalid = allowInvalidData;
    return this as unknown as Builder;
  }

  setHelpText(helpText: string): Builder {
    this.helpText = helpText;
    return this as unknown as Builder;
  }

  build(): Rule {
    // Sheets refuses a rule without criteria (no documented message: an Error, as the engine would throw)
    if (!this.criteria) throw new Error("Exception: The data validation rule has no criteria.");
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText) as unknown as Rule;
  }
}
