// The catalog authoring API's shapes (zod): a year's changes against last year, and what opening a
// year did per Puskesmas. The catalog document itself is shared/schemas/catalog-document.schema.ts.
import { z } from 'zod';

const Target = z.object({
  printed: z.string(),
  value: z.number().nullable(),
  comparator: z.string(),
  min: z.number().optional(),
  max: z.number().optional(),
});

export const CatalogChangeView = z.discriminatedUnion('change', [
  z.object({ change: z.literal('added'), code: z.string(), name: z.string() }),
  z.object({ change: z.literal('removed'), code: z.string(), name: z.string() }),
  z.object({ change: z.literal('renamed'), code: z.string(), from: z.string(), to: z.string() }),
  z.object({ change: z.literal('recoded'), code: z.string(), name: z.string(), from: z.string() }),
  z.object({
    change: z.literal('moved'),
    code: z.string(),
    name: z.string(),
    from: z.string(),
    to: z.string(),
  }),
  z.object({ change: z.literal('target'), code: z.string(), name: z.string(), from: Target, to: Target }),
  z.object({ change: z.literal('scoring'), code: z.string(), name: z.string(), fields: z.array(z.string()) }),
  z.object({ change: z.literal('group-added'), code: z.string(), name: z.string() }),
  z.object({ change: z.literal('group-removed'), code: z.string(), name: z.string() }),
  z.object({ change: z.literal('group-renamed'), code: z.string(), from: z.string(), to: z.string() }),
  z.object({ change: z.literal('averages'), code: z.string(), from: z.string(), to: z.string() }),
  z.object({
    change: z.literal('grouping'),
    code: z.string(),
    name: z.string(),
    what: z.enum(['added', 'removed', 'changed']),
  }),
]);

export const CatalogDiffView = z.object({
  previousYear: z.number().int().nullable(),
  status: z.enum(['draft', 'published']),
  changes: z.array(CatalogChangeView),
});

export const CatalogDraftView = z.object({
  year: z.number().int(),
  status: z.enum(['draft', 'published']),
  changes: z.array(CatalogChangeView),
});

export const YearOpenedView = z.object({
  year: z.number().int(),
  puskesmas: z.array(
    z.object({
      puskesmas: z.object({ code: z.string(), name: z.string() }),
      opened: z.boolean(),
      profileCopied: z.boolean(),
      choices: z.array(z.string()),
      actions: z.number().int(),
    }),
  ),
});

export const CatalogCopyBody = z.object({
  fromYear: z.number().int().min(2000).max(2100),
});
