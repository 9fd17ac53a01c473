// Reporting a month to Dinkes ("Laporkan bulan ini"): the answer of POST …/months/{month}/report.
import { z } from 'zod';
import { MonthCompleteness } from './dashboard.schema.ts';

export const MonthReported = z.object({
  /** The month as it stands now: reported (by whom, when), on time or not. */
  month: MonthCompleteness,
  /** False when it had been reported already: that first report stands, and nothing was written. */
  recorded: z.boolean(),
});
export type MonthReported = z.infer<typeof MonthReported>;
