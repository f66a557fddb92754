import { hasReached, PHASES, type Phase } from "@coproduce/domain";
import type { Missing, Tx } from "../command/define-command.js";
import { Round } from "./round.entity.js";

/**
 * Shared by every command on a round: its scope (council + round) and phase helpers. Which action
 * a phase allows is the domain's table (packages/domain round/actions.ts), checked by the runner.
 */
export function phaseOf(round: Pick<Round, "key" | "phase">): Phase {
  const phase = round.phase as Phase;
  if (!PHASES.includes(phase)) throw new Error(`Round ${round.key} has an unknown phase ${round.phase}`);
  return phase;
}

/** True once the round has passed `phase` (strictly later). */
export function hasPassed(round: Pick<Round, "key" | "phase">, phase: Phase): boolean {
  return phaseOf(round) !== phase && hasReached(phaseOf(round), phase);
}

export interface RoundScope {
  councilKey: number;
  round: Round;
}

/** The scope of a command on a round given by key (locked when the command declares `locks: [Round]`). */
export async function roundScope(
  tx: Tx,
  roundKey: number,
  field: string[] = ["input", "round"],
  missing: Missing = "userError",
): Promise<RoundScope> {
  const round = await tx.find(Round, roundKey, { field, label: "round", missing });
  return { councilKey: round.councilKey, round };
}
