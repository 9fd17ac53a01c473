-- Store the categories exactly as the scoring engine names them (Baik / Cukup / Kurang), not lower-cased.
ALTER TABLE "assessment_results" DROP CONSTRAINT "assessment_results_service_category_check";--> statement-breakpoint
ALTER TABLE "assessment_results" DROP CONSTRAINT "assessment_results_management_category_check";--> statement-breakpoint
ALTER TABLE "assessment_results" DROP CONSTRAINT "assessment_results_quality_category_check";--> statement-breakpoint
ALTER TABLE "assessment_results" DROP CONSTRAINT "assessment_results_overall_category_check";--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_service_category_check" CHECK ("assessment_results"."service_category" in ('Baik', 'Cukup', 'Kurang'));--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_management_category_check" CHECK ("assessment_results"."management_category" in ('Baik', 'Cukup', 'Kurang'));--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_quality_category_check" CHECK ("assessment_results"."quality_category" in ('Baik', 'Cukup', 'Kurang'));--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_overall_category_check" CHECK ("assessment_results"."overall_category" in ('Baik', 'Cukup', 'Kurang'));