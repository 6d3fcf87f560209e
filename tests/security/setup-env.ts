import { inject } from "vitest";

// The tests prepare principals and resources in the server's database with the app's own modules
// (lib/db, lib/auth/tickets), as test set-up — never to stand in for the app under test.
process.env.DATABASE_URL = inject("securityDatabaseUrl");
process.env.EMASK_DEPLOYMENT = "local";
