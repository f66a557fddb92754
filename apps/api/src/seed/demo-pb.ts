import type { EntityManager } from "typeorm";

/** Imports the demo PB round from a real Pabulib file (wired to the pabulib importer). */
export async function importDemoPbRound(_manager: EntityManager): Promise<void> {
  // Filled in when the pabulib importer lands (see round/pabulib-import.service.ts).
}
