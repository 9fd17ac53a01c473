-- The district in the key of every large table (docs/scale.md, "Past one database"): a Puskesmas-year
-- names its district, and each of its targets, values, scores and results names it too, so a
-- distributed PostgreSQL can keep a district's rows on one node. Existing rows take the district the
-- Puskesmas belongs to (its parent).
ALTER TABLE "assessments" ADD COLUMN "district_id" integer;--> statement-breakpoint
UPDATE "assessments" SET "district_id" = "org_units"."parent_id" FROM "org_units" WHERE "org_units"."id" = "assessments"."puskesmas_id";--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "district_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_district_id_key" UNIQUE("district_id","id");--> statement-breakpoint
ALTER TABLE "targets" DROP CONSTRAINT "targets_assessment_id_assessments_id_fk";--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "district_id" integer;--> statement-breakpoint
UPDATE "targets" SET "district_id" = "assessments"."district_id" FROM "assessments" WHERE "assessments"."id" = "targets"."assessment_id";--> statement-breakpoint
ALTER TABLE "targets" ALTER COLUMN "district_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "targets" DROP CONSTRAINT "targets_pkey";--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_pkey" PRIMARY KEY("district_id","assessment_id","stage","indicator_code");--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_assessment_fk" FOREIGN KEY ("district_id","assessment_id") REFERENCES "public"."assessments"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_values" DROP CONSTRAINT "monthly_values_assessment_id_assessments_id_fk";--> statement-breakpoint
ALTER TABLE "monthly_values" ADD COLUMN "district_id" integer;--> statement-breakpoint
UPDATE "monthly_values" SET "district_id" = "assessments"."district_id" FROM "assessments" WHERE "assessments"."id" = "monthly_values"."assessment_id";--> statement-breakpoint
ALTER TABLE "monthly_values" ALTER COLUMN "district_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "monthly_values" DROP CONSTRAINT "monthly_values_pkey";--> statement-breakpoint
ALTER TABLE "monthly_values" ADD CONSTRAINT "monthly_values_pkey" PRIMARY KEY("district_id","assessment_id","stage","indicator_code","month");--> statement-breakpoint
ALTER TABLE "monthly_values" ADD CONSTRAINT "monthly_values_assessment_fk" FOREIGN KEY ("district_id","assessment_id") REFERENCES "public"."assessments"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rubric_scores" DROP CONSTRAINT "rubric_scores_assessment_id_assessments_id_fk";--> statement-breakpoint
ALTER TABLE "rubric_scores" ADD COLUMN "district_id" integer;--> statement-breakpoint
UPDATE "rubric_scores" SET "district_id" = "assessments"."district_id" FROM "assessments" WHERE "assessments"."id" = "rubric_scores"."assessment_id";--> statement-breakpoint
ALTER TABLE "rubric_scores" ALTER COLUMN "district_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "rubric_scores" DROP CONSTRAINT "rubric_scores_pkey";--> statement-breakpoint
ALTER TABLE "rubric_scores" ADD CONSTRAINT "rubric_scores_pkey" PRIMARY KEY("district_id","assessment_id","stage","indicator_code");--> statement-breakpoint
ALTER TABLE "rubric_scores" ADD CONSTRAINT "rubric_scores_assessment_fk" FOREIGN KEY ("district_id","assessment_id") REFERENCES "public"."assessments"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" DROP CONSTRAINT "assessment_results_assessment_id_assessments_id_fk";--> statement-breakpoint
ALTER TABLE "assessment_results" ADD COLUMN "district_id" integer;--> statement-breakpoint
UPDATE "assessment_results" SET "district_id" = "assessments"."district_id" FROM "assessments" WHERE "assessments"."id" = "assessment_results"."assessment_id";--> statement-breakpoint
ALTER TABLE "assessment_results" ALTER COLUMN "district_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_results" DROP CONSTRAINT "assessment_results_pkey";--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_pkey" PRIMARY KEY("district_id","assessment_id","stage");--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_assessment_fk" FOREIGN KEY ("district_id","assessment_id") REFERENCES "public"."assessments"("district_id","id") ON DELETE no action ON UPDATE no action;
