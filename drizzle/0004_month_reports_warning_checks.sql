CREATE TABLE "month_reports" (
	"assessment_id" integer NOT NULL,
	"month" text NOT NULL,
	"completed_at" timestamp with time zone,
	"reported_at" timestamp with time zone,
	"reported_by" text,
	CONSTRAINT "month_reports_pkey" PRIMARY KEY("assessment_id","month"),
	CONSTRAINT "month_reports_month_check" CHECK ("month_reports"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "warning_checks" (
	"assessment_id" integer NOT NULL,
	"warning_key" text NOT NULL,
	"note" text NOT NULL,
	"checked_by" text NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "warning_checks_pkey" PRIMARY KEY("assessment_id","warning_key")
);
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_entity_check";--> statement-breakpoint
ALTER TABLE "month_reports" ADD CONSTRAINT "month_reports_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warning_checks" ADD CONSTRAINT "warning_checks_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_entity_check" CHECK ("audit_log"."entity" in ('monthly_value', 'target', 'rubric_score', 'catalog', 'assessment', 'user', 'profile', 'month_report', 'warning_check'));