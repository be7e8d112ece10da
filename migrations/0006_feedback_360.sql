CREATE TABLE "behaviour_expectations" (
	"employee_id" integer NOT NULL,
	"period_id" integer NOT NULL,
	"value" text NOT NULL,
	"expectation" text NOT NULL,
	"set_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "behaviour_expectations_employee_id_period_id_value_pk" PRIMARY KEY("employee_id","period_id","value")
);
--> statement-breakpoint
CREATE TABLE "continuous_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_id" integer NOT NULL,
	"giver_id" integer,
	"kind" text NOT NULL,
	"values" text[] NOT NULL,
	"body" text NOT NULL,
	"batch_on" date,
	CONSTRAINT "continuous_feedback_kind_check" CHECK ("continuous_feedback"."kind" in ('appreciation', 'suggestion'))
);
--> statement-breakpoint
CREATE TABLE "continuous_feedback_waiting" (
	"recipient_id" integer NOT NULL,
	"giver_id" integer NOT NULL,
	"since" date NOT NULL,
	CONSTRAINT "continuous_feedback_waiting_recipient_id_giver_id_pk" PRIMARY KEY("recipient_id","giver_id")
);
--> statement-breakpoint
CREATE TABLE "feedback_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" integer NOT NULL,
	"ratee_id" integer NOT NULL,
	"category" text NOT NULL,
	"value" text NOT NULL,
	"indicator" smallint NOT NULL,
	"score" smallint,
	CONSTRAINT "feedback_answers_category_check" CHECK ("feedback_answers"."category" in ('peer', 'subordinate')),
	CONSTRAINT "feedback_answers_indicator_check" CHECK ("feedback_answers"."indicator" between 1 and 3),
	CONSTRAINT "feedback_answers_score_check" CHECK ("feedback_answers"."score" is null or "feedback_answers"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "feedback_assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cycle_id" integer NOT NULL,
	"ratee_id" integer NOT NULL,
	"rater_id" integer NOT NULL,
	"relation" text NOT NULL,
	"status" text DEFAULT 'asked' NOT NULL,
	"reason" text,
	CONSTRAINT "feedback_assignments_relation_check" CHECK ("feedback_assignments"."relation" in ('appraiser', 'peer', 'subordinate', 'self')),
	CONSTRAINT "feedback_assignments_status_check" CHECK ("feedback_assignments"."status" in ('proposed', 'asked', 'declined', 'submitted'))
);
--> statement-breakpoint
CREATE TABLE "feedback_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" integer NOT NULL,
	"ratee_id" integer NOT NULL,
	"category" text NOT NULL,
	"value" text,
	"body" text NOT NULL,
	CONSTRAINT "feedback_comments_category_check" CHECK ("feedback_comments"."category" in ('peer', 'subordinate'))
);
--> statement-breakpoint
CREATE TABLE "feedback_cycles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_cycles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"period_id" integer NOT NULL,
	"unit_id" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"closes_on" date NOT NULL,
	"min_raters" smallint DEFAULT 3 NOT NULL,
	"peers_per_ratee" smallint DEFAULT 4 NOT NULL,
	"max_peer_requests" smallint DEFAULT 6 NOT NULL,
	"include_self" boolean DEFAULT false NOT NULL,
	"opened_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "feedback_cycles_status_check" CHECK ("feedback_cycles"."status" in ('open', 'closed')),
	CONSTRAINT "feedback_cycles_min_raters_check" CHECK ("feedback_cycles"."min_raters" >= 3)
);
--> statement-breakpoint
CREATE TABLE "feedback_named_ratings" (
	"cycle_id" integer NOT NULL,
	"ratee_id" integer NOT NULL,
	"rater_id" integer NOT NULL,
	"relation" text NOT NULL,
	"value" text NOT NULL,
	"rating" text,
	"score" smallint,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_named_ratings_cycle_id_ratee_id_rater_id_value_pk" PRIMARY KEY("cycle_id","ratee_id","rater_id","value"),
	CONSTRAINT "feedback_named_ratings_relation_check" CHECK ("feedback_named_ratings"."relation" in ('appraiser', 'self')),
	CONSTRAINT "feedback_named_ratings_rating_check" CHECK ("feedback_named_ratings"."rating" is null or "feedback_named_ratings"."rating" in ('below', 'meets', 'above'))
);
--> statement-breakpoint
CREATE TABLE "feedback_pending" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" integer NOT NULL,
	"ratee_id" integer NOT NULL,
	"category" text NOT NULL,
	"body" text NOT NULL,
	CONSTRAINT "feedback_pending_category_check" CHECK ("feedback_pending"."category" in ('peer', 'subordinate'))
);
--> statement-breakpoint
ALTER TABLE "behaviour_expectations" ADD CONSTRAINT "behaviour_expectations_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_expectations" ADD CONSTRAINT "behaviour_expectations_period_id_performance_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."performance_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behaviour_expectations" ADD CONSTRAINT "behaviour_expectations_set_by_employees_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "continuous_feedback" ADD CONSTRAINT "continuous_feedback_recipient_id_employees_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "continuous_feedback" ADD CONSTRAINT "continuous_feedback_giver_id_employees_id_fk" FOREIGN KEY ("giver_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "continuous_feedback_waiting" ADD CONSTRAINT "continuous_feedback_waiting_recipient_id_employees_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "continuous_feedback_waiting" ADD CONSTRAINT "continuous_feedback_waiting_giver_id_employees_id_fk" FOREIGN KEY ("giver_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_cycle_id_feedback_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."feedback_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_ratee_id_employees_id_fk" FOREIGN KEY ("ratee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_assignments" ADD CONSTRAINT "feedback_assignments_cycle_id_feedback_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."feedback_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_assignments" ADD CONSTRAINT "feedback_assignments_ratee_id_employees_id_fk" FOREIGN KEY ("ratee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_assignments" ADD CONSTRAINT "feedback_assignments_rater_id_employees_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_comments" ADD CONSTRAINT "feedback_comments_cycle_id_feedback_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."feedback_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_comments" ADD CONSTRAINT "feedback_comments_ratee_id_employees_id_fk" FOREIGN KEY ("ratee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_cycles" ADD CONSTRAINT "feedback_cycles_period_id_performance_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."performance_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_cycles" ADD CONSTRAINT "feedback_cycles_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_named_ratings" ADD CONSTRAINT "feedback_named_ratings_cycle_id_feedback_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."feedback_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_named_ratings" ADD CONSTRAINT "feedback_named_ratings_ratee_id_employees_id_fk" FOREIGN KEY ("ratee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_named_ratings" ADD CONSTRAINT "feedback_named_ratings_rater_id_employees_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_pending" ADD CONSTRAINT "feedback_pending_cycle_id_feedback_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."feedback_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_pending" ADD CONSTRAINT "feedback_pending_ratee_id_employees_id_fk" FOREIGN KEY ("ratee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "continuous_feedback_recipient_idx" ON "continuous_feedback" USING btree ("recipient_id","batch_on");--> statement-breakpoint
CREATE INDEX "feedback_answers_ratee_idx" ON "feedback_answers" USING btree ("cycle_id","ratee_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_assignments_unique" ON "feedback_assignments" USING btree ("cycle_id","ratee_id","rater_id");--> statement-breakpoint
CREATE INDEX "feedback_assignments_rater_idx" ON "feedback_assignments" USING btree ("rater_id","cycle_id");--> statement-breakpoint
CREATE INDEX "feedback_comments_ratee_idx" ON "feedback_comments" USING btree ("cycle_id","ratee_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_cycles_period_unit_unique" ON "feedback_cycles" USING btree ("period_id",coalesce("unit_id", 0));--> statement-breakpoint
CREATE INDEX "feedback_pending_ratee_idx" ON "feedback_pending" USING btree ("cycle_id","ratee_id","category");