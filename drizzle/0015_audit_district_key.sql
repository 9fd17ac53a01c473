-- The audit trail keyed by district like the value tables (docs/scale.md, "Past one database"): one
-- row per change of any value makes it as large as they are. Existing entries take their
-- Puskesmas-year's district, else their unit's (a Puskesmas' parent, a district itself, a province or
-- the country itself); an entry that names neither (none is written so) takes the root of the tree.
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_assessment_id_assessments_id_fk";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "district_id" integer;--> statement-breakpoint
UPDATE "audit_log" SET "district_id" = "assessments"."district_id" FROM "assessments" WHERE "assessments"."id" = "audit_log"."assessment_id";--> statement-breakpoint
UPDATE "audit_log" SET "district_id" = CASE WHEN "org_units"."level" = 'puskesmas' THEN "org_units"."parent_id" ELSE "org_units"."id" END FROM "org_units" WHERE "audit_log"."district_id" IS NULL AND "org_units"."id" = "audit_log"."org_unit_id";--> statement-breakpoint
UPDATE "audit_log" SET "district_id" = (SELECT min("id") FROM "org_units" WHERE "parent_id" IS NULL) WHERE "district_id" IS NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "district_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_pkey" PRIMARY KEY("district_id","id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_assessment_fk" FOREIGN KEY ("district_id","assessment_id") REFERENCES "public"."assessments"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
DROP INDEX "audit_log_assessment_idx";--> statement-breakpoint
DROP INDEX "audit_log_org_unit_idx";--> statement-breakpoint
CREATE INDEX "audit_log_assessment_idx" ON "audit_log" USING btree ("district_id","assessment_id","entity");--> statement-breakpoint
CREATE INDEX "audit_log_org_unit_idx" ON "audit_log" USING btree ("district_id","org_unit_id","entity");
