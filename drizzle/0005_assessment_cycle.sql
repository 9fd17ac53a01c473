-- The assessment cycle (issue 9): statuses final and published, corrections as a 'verified' stage
-- laid over the Puskesmas' own rows, returns, reviews, feedback, Bab V analysis, RTL, meetings,
-- evidence kinds and database storage, published results.
ALTER TABLE "assessments" DROP CONSTRAINT "assessments_status_check";--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "finalised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
UPDATE "assessments" SET "status" = 'final', "finalised_at" = "locked_at" WHERE "status" = 'locked';--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" in ('draft', 'submitted', 'verified', 'final', 'published'));--> statement-breakpoint
ALTER TABLE "assessments" DROP COLUMN "locked_at";--> statement-breakpoint
CREATE TABLE "evidence_chunks" (
	"file_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "evidence_chunks_pkey" PRIMARY KEY("file_id","seq")
);
--> statement-breakpoint
CREATE TABLE "feedback_follow_ups" (
	"point_id" integer PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"status" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "feedback_follow_ups_status_check" CHECK ("feedback_follow_ups"."status" in ('belum', 'berjalan', 'selesai'))
);
--> statement-breakpoint
CREATE TABLE "feedback_letters" (
	"id" serial PRIMARY KEY NOT NULL,
	"assessment_id" integer NOT NULL,
	"number" text NOT NULL,
	"dated_on" date NOT NULL,
	"signer_name" text NOT NULL,
	"signer_title" text NOT NULL,
	"summary" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "feedback_letters_status_check" CHECK ("feedback_letters"."status" in ('draft', 'sent'))
);
--> statement-breakpoint
CREATE TABLE "feedback_points" (
	"id" serial PRIMARY KEY NOT NULL,
	"letter_id" integer NOT NULL,
	"scope" text NOT NULL,
	"code" text,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "feedback_points_scope_check" CHECK ("feedback_points"."scope" in ('overall', 'programme', 'indicator'))
);
--> statement-breakpoint
CREATE TABLE "gap_analyses" (
	"assessment_id" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"problem" text NOT NULL,
	"causes" jsonb NOT NULL,
	"urgency" smallint NOT NULL,
	"seriousness" smallint NOT NULL,
	"growth" smallint NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "gap_analyses_pkey" PRIMARY KEY("assessment_id","indicator_code"),
	CONSTRAINT "gap_analyses_usg_check" CHECK ("gap_analyses"."urgency" between 1 and 5 and "gap_analyses"."seriousness" between 1 and 5 and "gap_analyses"."growth" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "meeting_decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"text" text NOT NULL,
	"rtl_action_id" integer
);
--> statement-breakpoint
CREATE TABLE "meeting_participants" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"present" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"agenda" text NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "meetings_kind_check" CHECK ("meetings"."kind" in ('lokmin_bulanan', 'lokmin_tribulanan', 'review_kinerja', 'lintas_program'))
);
--> statement-breakpoint
CREATE TABLE "programme_analyses" (
	"assessment_id" integer NOT NULL,
	"programme_code" text NOT NULL,
	"text" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "programme_analyses_pkey" PRIMARY KEY("assessment_id","programme_code")
);
--> statement-breakpoint
CREATE TABLE "result_publications" (
	"id" serial PRIMARY KEY NOT NULL,
	"district_id" integer NOT NULL,
	"year" integer NOT NULL,
	"recap" jsonb NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_by" text,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text
);
--> statement-breakpoint
CREATE TABLE "returned_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"assessment_id" integer NOT NULL,
	"scope" text NOT NULL,
	"code" text NOT NULL,
	"comment" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"returned_by" text NOT NULL,
	"returned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"closed_by" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "returned_items_scope_check" CHECK ("returned_items"."scope" in ('indicator', 'programme')),
	CONSTRAINT "returned_items_status_check" CHECK ("returned_items"."status" in ('open', 'answered', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "rtl_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"assessment_id" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"person_in_charge" text NOT NULL,
	"start_on" date,
	"due_on" date,
	"budget_source" text,
	"status" text DEFAULT 'direncanakan' NOT NULL,
	"follow_up" text,
	"carried_from_id" integer,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rtl_actions_status_check" CHECK ("rtl_actions"."status" in ('direncanakan', 'berjalan', 'selesai', 'batal'))
);
--> statement-breakpoint
CREATE TABLE "verification_reviews" (
	"assessment_id" integer NOT NULL,
	"programme_code" text NOT NULL,
	"outcome" text NOT NULL,
	"reviewed_by" text NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_reviews_pkey" PRIMARY KEY("assessment_id","programme_code"),
	CONSTRAINT "verification_reviews_outcome_check" CHECK ("verification_reviews"."outcome" in ('accepted', 'corrected', 'returned'))
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_entity_check";--> statement-breakpoint
ALTER TABLE "evidence_files" DROP CONSTRAINT "evidence_files_attached_to_check";--> statement-breakpoint
ALTER TABLE "evidence_files" ALTER COLUMN "storage_path" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD COLUMN "kind" text DEFAULT 'document' NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD COLUMN "storage" text DEFAULT 'file' NOT NULL;--> statement-breakpoint
ALTER TABLE "monthly_values" ADD COLUMN "correction_reason" text;--> statement-breakpoint
ALTER TABLE "rubric_scores" ADD COLUMN "correction_reason" text;--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "stage" text DEFAULT 'self' NOT NULL;--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "correction_reason" text;--> statement-breakpoint
UPDATE "audit_log" SET "entity_key" = "entity_key" || '{"stage": "self"}'::jsonb WHERE "entity" = 'target' AND NOT ("entity_key" ? 'stage');--> statement-breakpoint
ALTER TABLE "evidence_chunks" ADD CONSTRAINT "evidence_chunks_file_id_evidence_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."evidence_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_follow_ups" ADD CONSTRAINT "feedback_follow_ups_point_id_feedback_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."feedback_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_letters" ADD CONSTRAINT "feedback_letters_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_points" ADD CONSTRAINT "feedback_points_letter_id_feedback_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."feedback_letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gap_analyses" ADD CONSTRAINT "gap_analyses_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_rtl_action_id_rtl_actions_id_fk" FOREIGN KEY ("rtl_action_id") REFERENCES "public"."rtl_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_analyses" ADD CONSTRAINT "programme_analyses_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_publications" ADD CONSTRAINT "result_publications_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returned_items" ADD CONSTRAINT "returned_items_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtl_actions" ADD CONSTRAINT "rtl_actions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rtl_actions" ADD CONSTRAINT "rtl_actions_carried_from_id_rtl_actions_id_fk" FOREIGN KEY ("carried_from_id") REFERENCES "public"."rtl_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_reviews" ADD CONSTRAINT "verification_reviews_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_letters_assessment_idx" ON "feedback_letters" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "feedback_points_letter_idx" ON "feedback_points" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "meeting_decisions_meeting_idx" ON "meeting_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_participants_meeting_idx" ON "meeting_participants" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_unit_year_idx" ON "meetings" USING btree ("org_unit_id","year");--> statement-breakpoint
CREATE INDEX "result_publications_district_year_idx" ON "result_publications" USING btree ("district_id","year");--> statement-breakpoint
CREATE INDEX "returned_items_assessment_idx" ON "returned_items" USING btree ("assessment_id","status");--> statement-breakpoint
CREATE INDEX "rtl_actions_assessment_idx" ON "rtl_actions" USING btree ("assessment_id");--> statement-breakpoint
ALTER TABLE "targets" DROP CONSTRAINT "targets_pkey";
--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_pkey" PRIMARY KEY("assessment_id","stage","indicator_code");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_entity_check" CHECK ("audit_log"."entity" in ('monthly_value', 'target', 'rubric_score', 'catalog', 'assessment', 'user', 'profile', 'month_report', 'warning_check', 'returned_item', 'verification_review', 'feedback', 'feedback_followup', 'gap_analysis', 'rtl_action', 'meeting', 'evidence', 'publication'));--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_kind_check" CHECK ("evidence_files"."kind" in ('document', 'photo', 'attendance', 'minutes'));--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_storage_check" CHECK ("evidence_files"."storage" in ('file', 'database'));--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_attached_to_check" CHECK ("evidence_files"."attached_to" in ('indicator', 'rubric', 'meeting', 'rtl_action', 'feedback_point', 'accreditation'));--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_stage_check" CHECK ("targets"."stage" in ('self', 'verified'));
