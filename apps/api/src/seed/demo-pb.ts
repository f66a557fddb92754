import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityManager } from "typeorm";
import { parsePabulibString } from "@coproduce/domain";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { importPabulibRound } from "../round/pabulib-import.service.js";
import { SEED_DATA_DIR } from "./census.js";

/**
 * The demo's PB rounds: real elections from Pabulib (pabulib.org), imported exactly as
 * `pnpm coproduce import-pb` would. Both official outcomes are reproduced by the allocation engine:
 * - Warsaw, Ochota — Stara Ochota 2019: approval ballots with voters' age and sex, greedy rule;
 * - Wieliczka "Green Million" 2023: the first city to use the Method of Equal Shares (MES + add1),
 *   so residents can read Equal Shares explanations ("why was my project not funded?").
 */
export const DEMO_PB_ROUNDS = [
  {
    file: "poland_warszawa_2019_stara-ochota.pb",
    council: { slug: "warszawa", name: "Miasto Stołeczne Warszawa" },
    area: { slug: "ochota-stara-ochota", name: "Ochota — Stara Ochota" },
    slug: "warszawa-2019-stara-ochota",
    title: "Stara Ochota: participatory budget 2019",
  },
  {
    file: "poland_wieliczka_2023_green-budget.pb",
    council: { slug: "wieliczka", name: "Gmina Wieliczka" },
    area: { slug: "wieliczka", name: "Wieliczka" },
    slug: "wieliczka-2023-green-million",
    title: "Wieliczka Green Million 2023 (Method of Equal Shares)",
  },
] as const;

export async function importDemoPbRounds(manager: EntityManager): Promise<{ rounds: number; projects: number }> {
  let projects = 0;
  for (const demo of DEMO_PB_ROUNDS) {
    const council = await manager.save(
      Object.assign(new Council(), {
        slug: demo.council.slug,
        name: demo.council.name,
        onsCode: null,
        region: "Poland (Pabulib data)",
        orgIdentifier: null,
      }),
    );
    const area = await manager.save(
      Object.assign(new Area(), {
        councilKey: council.key,
        parentKey: null,
        slug: demo.area.slug,
        name: demo.area.name,
        onsCode: null,
        kind: "neighbourhood",
      }),
    );
    const instance = parsePabulibString(readFileSync(join(SEED_DATA_DIR, demo.file), "utf8"));
    const imported = await importPabulibRound(manager, instance, {
      councilKey: council.key,
      areaKey: area.key,
      slug: demo.slug,
      title: demo.title,
      theme: "participatory_budgeting",
      source: `Pabulib: ${demo.file} (pabulib.org)`,
    });
    projects += imported.projects;
  }
  return { rounds: DEMO_PB_ROUNDS.length, projects };
}
