CREATE TABLE "checkin_feedback" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "checkin_feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"checkin_id" integer NOT NULL,
	"key_result_id" integer,
	"author_id" integer NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checkins" ADD COLUMN "support_needed" text;--> statement-breakpoint
ALTER TABLE "checkins" ADD COLUMN "appraiser_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dialog_requests" ADD COLUMN "proposed_for" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "appraiser_id" integer;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "salutation" text;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "checkin_notifications" text DEFAULT 'each' NOT NULL;--> statement-breakpoint
ALTER TABLE "key_results" ADD COLUMN "target_q_1" numeric(20, 4);--> statement-breakpoint
ALTER TABLE "key_results" ADD COLUMN "target_q_2" numeric(20, 4);--> statement-breakpoint
ALTER TABLE "key_results" ADD COLUMN "target_q_3" numeric(20, 4);--> statement-breakpoint
ALTER TABLE "key_results" ADD COLUMN "target_q_4" numeric(20, 4);--> statement-breakpoint
ALTER TABLE "key_results" ADD COLUMN "accumulation" text DEFAULT 'latest' NOT NULL;--> statement-breakpoint
ALTER TABLE "key_results" ADD COLUMN "result_kind" text DEFAULT 'main' NOT NULL;--> statement-breakpoint
ALTER TABLE "key_results" ADD COLUMN "aspect" text;--> statement-breakpoint
ALTER TABLE "checkin_feedback" ADD CONSTRAINT "checkin_feedback_checkin_id_checkins_id_fk" FOREIGN KEY ("checkin_id") REFERENCES "public"."checkins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_feedback" ADD CONSTRAINT "checkin_feedback_key_result_id_key_results_id_fk" FOREIGN KEY ("key_result_id") REFERENCES "public"."key_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_feedback" ADD CONSTRAINT "checkin_feedback_author_id_employees_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkin_feedback_checkin_idx" ON "checkin_feedback" USING btree ("checkin_id");--> statement-breakpoint
CREATE INDEX "checkin_feedback_author_idx" ON "checkin_feedback" USING btree ("author_id");--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_appraiser_id_employees_id_fk" FOREIGN KEY ("appraiser_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employees_appraiser_idx" ON "employees" USING btree ("appraiser_id");--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_salutation_check" CHECK ("employees"."salutation" is null or "employees"."salutation" in ('Bapak', 'Ibu'));--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_checkin_notifications_check" CHECK ("employees"."checkin_notifications" in ('each', 'daily'));--> statement-breakpoint
ALTER TABLE "key_results" ADD CONSTRAINT "key_results_accumulation_check" CHECK ("key_results"."accumulation" in ('cumulative', 'latest', 'average'));--> statement-breakpoint
ALTER TABLE "key_results" ADD CONSTRAINT "key_results_result_kind_check" CHECK ("key_results"."result_kind" in ('main', 'additional'));--> statement-breakpoint
ALTER TABLE "key_results" ADD CONSTRAINT "key_results_aspect_check" CHECK ("key_results"."aspect" is null or "key_results"."aspect" in ('quantity', 'quality', 'time', 'cost'));