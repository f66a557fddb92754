import type { MigrationInterface } from "typeorm";
import { InitialSchema1795551111135 } from "./1795551111135-InitialSchema.js";

/** Migrations for sqlite, in order. */
export const SQLITE_MIGRATIONS: (new () => MigrationInterface)[] = [InitialSchema1795551111135];
