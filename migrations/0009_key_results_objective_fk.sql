-- One foreign key (objective, owner, period) instead of three: a key result's owner and period are its
-- objective's, and an import checks one key per row instead of three.
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_id_owner_period_unique" UNIQUE("id","owner_id","period_id");--> statement-breakpoint
ALTER TABLE "key_results" DROP CONSTRAINT "key_results_objective_id_objectives_id_fk";--> statement-breakpoint
ALTER TABLE "key_results" DROP CONSTRAINT "key_results_owner_id_employees_id_fk";--> statement-breakpoint
ALTER TABLE "key_results" DROP CONSTRAINT "key_results_period_id_performance_periods_id_fk";--> statement-breakpoint
ALTER TABLE "key_results" ADD CONSTRAINT "key_results_objective_fk" FOREIGN KEY ("objective_id","owner_id","period_id") REFERENCES "public"."objectives"("id","owner_id","period_id") ON DELETE no action ON UPDATE no action;
