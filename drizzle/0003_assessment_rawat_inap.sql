-- Rawat inap becomes a property of each Puskesmas-year: existing years take the unit's current status.
ALTER TABLE "assessments" ADD COLUMN "rawat_inap" boolean;--> statement-breakpoint
UPDATE "assessments" SET "rawat_inap" = "org_units"."rawat_inap" FROM "org_units" WHERE "org_units"."id" = "assessments"."puskesmas_id";--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "rawat_inap" SET NOT NULL;
