CREATE TABLE "calendar_days" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_days_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"day" date NOT NULL,
	"unit_id" integer,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_kind_check" CHECK ("calendar_days"."kind" in ('holiday', 'collective-leave', 'workday'))
);
--> statement-breakpoint
CREATE TABLE "unit_schedules" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"paused" boolean,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "week_outcomes" (
	"employee_id" integer NOT NULL,
	"iso_week" text NOT NULL,
	"outcome" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "week_outcomes_employee_id_iso_week_pk" PRIMARY KEY("employee_id","iso_week"),
	CONSTRAINT "week_outcomes_outcome_check" CHECK ("week_outcomes"."outcome" in ('missed', 'leave', 'no-workday'))
);
--> statement-breakpoint
ALTER TABLE "leave_periods" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_schedules" ADD CONSTRAINT "unit_schedules_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "week_outcomes" ADD CONSTRAINT "week_outcomes_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_days_unique" ON "calendar_days" USING btree ("day",coalesce("unit_id", 0));--> statement-breakpoint
CREATE INDEX "calendar_days_unit_idx" ON "calendar_days" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "week_outcomes_week_idx" ON "week_outcomes" USING btree ("iso_week","outcome");