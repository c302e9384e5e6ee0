export { type CecAssessment, type CecStatus, STATUS_LABELS, assess } from "./assess";
export { type CecEngine, type CecOptions, type CecRights, cecEngine } from "./engine";
export { type CecReport, type CecReportLine, buildCecReport } from "./report";
export { CEC_HEADERS, cecTable } from "./table";
export { cecNotes } from "./notes";
export { CEC_RULES, cecRule, declarationDeadline, validationDeadline } from "./rules";
