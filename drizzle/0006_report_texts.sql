CREATE TABLE "report_texts" (
	"org_unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"section" text NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_texts_pkey" PRIMARY KEY("org_unit_id","year","section"),
	CONSTRAINT "report_texts_section_check" CHECK ("report_texts"."section" in ('kata-pengantar', 'pendahuluan', 'penutup'))
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_entity_check";--> statement-breakpoint
ALTER TABLE "report_texts" ADD CONSTRAINT "report_texts_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_entity_check" CHECK ("audit_log"."entity" in ('monthly_value', 'target', 'rubric_score', 'catalog', 'assessment', 'user', 'profile', 'month_report', 'warning_check', 'returned_item', 'verification_review', 'feedback', 'feedback_followup', 'gap_analysis', 'rtl_action', 'meeting', 'evidence', 'publication', 'report_text'));