// Evaluated before any entity module: entities pick column types from DATABASE_URL at import time.
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/coproduce_bench";
export {};
