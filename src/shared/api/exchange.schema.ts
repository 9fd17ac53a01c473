// The district's data exchange API (zod): which format and figures to export; an import's dry run.
import { z } from 'zod';

export const ExportQuery = z.object({
  format: z.enum(['dhis2-json', 'adx', 'fhir', 'xlsx']),
  stage: z.enum(['self', 'verified']).default('self'),
});

export { WorkbookUploadQuery as ImportUploadQuery } from './workbook.schema.ts';
