import "reflect-metadata";

// The entities choose column types by database kind at import time (db/columns.ts): align
// DATABASE_URL with the test database before any entity module loads.
if (process.env.TEST_DATABASE_URL?.startsWith("postgres") && !process.env.DATABASE_URL?.startsWith("postgres")) {
  process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
}
process.env.NODE_ENV = "test";
