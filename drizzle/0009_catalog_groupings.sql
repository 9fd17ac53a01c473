ALTER TABLE "catalog_versions" ADD COLUMN "groupings" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_versions" ADD COLUMN "averages_by" text;