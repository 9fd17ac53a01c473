// Reporting a month to Dinkes ("Laporkan bulan ini").
import { MonthReported } from '../../shared/api/month-reports.schema.ts';
import { path, request } from '../api.ts';

export function reportMonth(code: string, year: number, month: string) {
  return request('POST', path`/api/puskesmas/${code}/years/${year}/months/${month}/report`, MonthReported);
}
