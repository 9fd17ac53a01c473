ALTER TABLE "org_units" DROP CONSTRAINT "org_units_level_check";--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_level_check" CHECK ("org_units"."level" in ('national', 'province', 'district', 'puskesmas'));--> statement-breakpoint
-- The country's unit, above every province: a ministry account is bound to it and reaches them all.
INSERT INTO "org_units" ("code", "name", "level") SELECT 'ID', 'Indonesia', 'national'
  WHERE NOT EXISTS (SELECT 1 FROM "org_units" WHERE "level" = 'national');--> statement-breakpoint
UPDATE "org_units" SET "parent_id" = (SELECT "id" FROM "org_units" WHERE "level" = 'national')
  WHERE "level" = 'province' AND "parent_id" IS NULL;
