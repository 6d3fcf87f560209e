import { inject } from "vitest";

// Domain code reads its connection through lib/env (DATABASE_URL); point it at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
