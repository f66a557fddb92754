import type { MigrationInterface } from "typeorm";
import { InitialSchema1795552537459 } from "./1795552537459-InitialSchema.js";

/** Migrations for postgres, in order. */
export const POSTGRES_MIGRATIONS: (new () => MigrationInterface)[] = [InitialSchema1795552537459];
