CREATE TABLE "assessment_results" (
	"assessment_id" integer NOT NULL,
	"stage" text NOT NULL,
	"service" double precision,
	"management" double precision,
	"quality" double precision,
	"service_category" text,
	"management_category" text,
	"quality_category" text,
	"overall_category" text,
	"kelompok" text,
	"detail" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assessment_results_pkey" PRIMARY KEY("assessment_id","stage"),
	CONSTRAINT "assessment_results_stage_check" CHECK ("assessment_results"."stage" in ('self', 'verified')),
	CONSTRAINT "assessment_results_service_category_check" CHECK ("assessment_results"."service_category" in ('Baik', 'Cukup', 'Kurang')),
	CONSTRAINT "assessment_results_management_category_check" CHECK ("assessment_results"."management_category" in ('Baik', 'Cukup', 'Kurang')),
	CONSTRAINT "assessment_results_quality_category_check" CHECK ("assessment_results"."quality_category" in ('Baik', 'Cukup', 'Kurang')),
	CONSTRAINT "assessment_results_overall_category_check" CHECK ("assessment_results"."overall_category" in ('Baik', 'Cukup', 'Kurang')),
	CONSTRAINT "assessment_results_kelompok_check" CHECK ("assessment_results"."kelompok" in ('I', 'II', 'III'))
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"puskesmas_id" integer NOT NULL,
	"year" integer NOT NULL,
	"catalog_version_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_puskesmas_year_key" UNIQUE("puskesmas_id","year"),
	CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" in ('draft', 'submitted', 'verified', 'locked'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"org_unit_id" integer,
	"assessment_id" integer,
	"entity" text NOT NULL,
	"entity_key" jsonb NOT NULL,
	"old_value" jsonb,
	"new_value" jsonb,
	"reason" text,
	CONSTRAINT "audit_log_entity_check" CHECK ("audit_log"."entity" in ('monthly_value', 'target', 'rubric_score', 'catalog', 'assessment'))
);
--> statement-breakpoint
CREATE TABLE "catalog_nodes" (
	"catalog_version_id" integer NOT NULL,
	"code" text NOT NULL,
	"parent_code" text,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"cluster" text NOT NULL,
	"definition" jsonb NOT NULL,
	CONSTRAINT "catalog_nodes_pkey" PRIMARY KEY("catalog_version_id","code"),
	CONSTRAINT "catalog_nodes_type_check" CHECK ("catalog_nodes"."type" in ('group', 'indicator'))
);
--> statement-breakpoint
CREATE TABLE "catalog_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"district_id" integer NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"source_document" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_versions_district_year_key" UNIQUE("district_id","year"),
	CONSTRAINT "catalog_versions_status_check" CHECK ("catalog_versions"."status" in ('draft', 'published'))
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"assessment_id" integer,
	"attached_to" text NOT NULL,
	"attached_key" text NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_path" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_files_attached_to_check" CHECK ("evidence_files"."attached_to" in ('indicator', 'rubric', 'meeting'))
);
--> statement-breakpoint
CREATE TABLE "monthly_values" (
	"assessment_id" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"month" text NOT NULL,
	"stage" text NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"value" double precision,
	"flag" boolean,
	"entered_by" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "monthly_values_pkey" PRIMARY KEY("assessment_id","stage","indicator_code","month"),
	CONSTRAINT "monthly_values_month_check" CHECK ("monthly_values"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "monthly_values_stage_check" CHECK ("monthly_values"."stage" in ('self', 'verified'))
);
--> statement-breakpoint
CREATE TABLE "org_units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" integer,
	"rawat_inap" boolean DEFAULT false NOT NULL,
	CONSTRAINT "org_units_code_unique" UNIQUE("code"),
	CONSTRAINT "org_units_level_check" CHECK ("org_units"."level" in ('province', 'district', 'puskesmas'))
);
--> statement-breakpoint
CREATE TABLE "rubric_scores" (
	"assessment_id" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"stage" text NOT NULL,
	"level" smallint,
	"percent" double precision,
	"note" text,
	"entered_by" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rubric_scores_pkey" PRIMARY KEY("assessment_id","stage","indicator_code"),
	CONSTRAINT "rubric_scores_level_check" CHECK ("rubric_scores"."level" in (0, 4, 7, 10)),
	CONSTRAINT "rubric_scores_stage_check" CHECK ("rubric_scores"."stage" in ('self', 'verified'))
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"assessment_id" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"target_value" double precision,
	"target_sasaran" double precision,
	"sasaran" double precision,
	"applicable" boolean DEFAULT true NOT NULL,
	"not_applicable_reason" text,
	"chosen" boolean,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_pkey" PRIMARY KEY("assessment_id","indicator_code")
);
--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_puskesmas_id_org_units_id_fk" FOREIGN KEY ("puskesmas_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_catalog_version_id_catalog_versions_id_fk" FOREIGN KEY ("catalog_version_id") REFERENCES "public"."catalog_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_nodes" ADD CONSTRAINT "catalog_nodes_catalog_version_id_catalog_versions_id_fk" FOREIGN KEY ("catalog_version_id") REFERENCES "public"."catalog_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_versions" ADD CONSTRAINT "catalog_versions_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_values" ADD CONSTRAINT "monthly_values_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_parent_id_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rubric_scores" ADD CONSTRAINT "rubric_scores_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_catalog_version_idx" ON "assessments" USING btree ("catalog_version_id");--> statement-breakpoint
CREATE INDEX "audit_log_assessment_idx" ON "audit_log" USING btree ("assessment_id","entity");--> statement-breakpoint
CREATE INDEX "audit_log_org_unit_idx" ON "audit_log" USING btree ("org_unit_id","entity");--> statement-breakpoint
CREATE INDEX "evidence_files_attachment_idx" ON "evidence_files" USING btree ("assessment_id","attached_to","attached_key");--> statement-breakpoint
CREATE INDEX "evidence_files_org_unit_idx" ON "evidence_files" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id");