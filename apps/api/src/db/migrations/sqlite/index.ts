import type { MigrationInterface } from "typeorm";
import { InitialSchema1795552531079 } from "./1795552531079-InitialSchema.js";

/** Migrations for sqlite, in order. */
export const SQLITE_MIGRATIONS: (new () => MigrationInterface)[] = [InitialSchema1795552531079];
