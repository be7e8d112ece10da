CREATE TABLE "performance_evaluations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "performance_evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"employee_id" integer NOT NULL,
	"period_id" integer NOT NULL,
	"appraiser_id" integer NOT NULL,
	"suggested_result" text,
	"result_rating" text,
	"behaviour_rating" text,
	"predikat" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_evaluations_ratings_check" CHECK (("performance_evaluations"."suggested_result" is null or "performance_evaluations"."suggested_result" in ('below', 'meets', 'above'))
        and ("performance_evaluations"."result_rating" is null or "performance_evaluations"."result_rating" in ('below', 'meets', 'above'))
        and ("performance_evaluations"."behaviour_rating" is null or "performance_evaluations"."behaviour_rating" in ('below', 'meets', 'above'))),
	CONSTRAINT "performance_evaluations_predikat_check" CHECK ("performance_evaluations"."predikat" is null or "performance_evaluations"."predikat" in ('sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'))
);
--> statement-breakpoint
ALTER TABLE "dialog_requests" ADD COLUMN "held_by" integer;--> statement-breakpoint
ALTER TABLE "dialog_requests" ADD COLUMN "agreement" text;--> statement-breakpoint
ALTER TABLE "dialog_requests" ADD COLUMN "follow_up" text;--> statement-breakpoint
ALTER TABLE "dialog_requests" ADD COLUMN "next_review_on" date;--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "head_id" integer;--> statement-breakpoint
ALTER TABLE "performance_evaluations" ADD CONSTRAINT "performance_evaluations_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_evaluations" ADD CONSTRAINT "performance_evaluations_period_id_performance_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."performance_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_evaluations" ADD CONSTRAINT "performance_evaluations_appraiser_id_employees_id_fk" FOREIGN KEY ("appraiser_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "performance_evaluations_employee_period_unique" ON "performance_evaluations" USING btree ("employee_id","period_id");--> statement-breakpoint
CREATE INDEX "performance_evaluations_period_idx" ON "performance_evaluations" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "performance_evaluations_appraiser_idx" ON "performance_evaluations" USING btree ("appraiser_id");--> statement-breakpoint
ALTER TABLE "dialog_requests" ADD CONSTRAINT "dialog_requests_held_by_employees_id_fk" FOREIGN KEY ("held_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_head_id_employees_id_fk" FOREIGN KEY ("head_id") REFERENCES "public"."employees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_units_head_idx" ON "org_units" USING btree ("head_id");--> statement-breakpoint
CREATE INDEX "org_units_path_prefix_idx" ON "org_units" USING btree ("path" text_pattern_ops);