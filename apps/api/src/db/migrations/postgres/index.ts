import type { MigrationInterface } from "typeorm";
import { InitialSchema1795551112144 } from "./1795551112144-InitialSchema.js";

/** Migrations for postgres, in order. */
export const POSTGRES_MIGRATIONS: (new () => MigrationInterface)[] = [InitialSchema1795551112144];
