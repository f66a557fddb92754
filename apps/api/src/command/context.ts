import type { DataSource } from "typeorm";
import type { Viewer } from "../auth/actor.js";

/** The time as commands see it: injected, so tests and replays can fix it. */
export interface Clock {
  now(): Date;
  /** Today's civil date (UTC), `YYYY-MM-DD`. */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => new Date().toISOString().slice(0, 10),
};

/**
 * Everything a command needs, and nothing of the transport that called it: the same command runs
 * from a GraphQL resolver, the CLI or a test.
 */
export interface CommandContext {
  readonly actor: Viewer;
  readonly clock: Clock;
  readonly db: DataSource;
  /** Called after the command's transaction committed (GraphQL: forget the request's cached loads). */
  readonly afterCommit?: () => void;
}

/** The operator at the command line: audited as `cli:<command>`. */
export function cliContext(db: DataSource, command: string, clock: Clock = systemClock): CommandContext {
  return { actor: { kind: "system", label: `cli:${command}` }, clock, db };
}
