// A calendar date as the API sends it: 'YYYY-MM-DD', and a day that exists (no 31 April).
import { z } from 'zod';

export const CalendarDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'tanggal tidak ada di kalender');
