CREATE TABLE "link_code_attempts" (
	"platform" text NOT NULL,
	"workspace" text DEFAULT '' NOT NULL,
	"external_user_id" text NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"attempts" integer NOT NULL,
	CONSTRAINT "link_code_attempts_platform_workspace_external_user_id_pk" PRIMARY KEY("platform","workspace","external_user_id")
);
