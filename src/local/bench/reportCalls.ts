// Service calls of a full report generation through the emulator (filled in when the report
// writer lands).

export interface ReportCalls {
  rows: number;
  /** Every service call of the generation. */
  total: number;
  getValues: number;
  /** Largest number of cells one getValues read. */
  maxCellsPerRead: number;
  byMethod: Record<string, number>;
  ms: number;
}

export function reportServiceCalls(_sizes: number[], _code: string | undefined, log: (line: string) => void): ReportCalls[] {
  log("appels de service : génération du rapport pas encore disponible");
  return [];
}
