import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityManager } from "typeorm";
import { parsePabulibString } from "@coproduce/domain";
import { Council } from "../council/council.entity.js";
import { Area } from "../area/area.entity.js";
import { importPabulibRound } from "../round/pabulib-import.service.js";
import { SEED_DATA_DIR } from "./census.js";

export const DEMO_PB_FILE = "poland_warszawa_2018_las.pb";

/**
 * The demo's PB round: a real election (Warsaw, Wawer district, "Las" area, 2018: 12 projects,
 * 388 voters, greedy rule) imported from Pabulib exactly as `pnpm coproduce import-pb` would.
 */
export async function importDemoPbRound(manager: EntityManager): Promise<void> {
  const council = await manager.save(Object.assign(new Council(), {
    slug: "warszawa", name: "Miasto Stołeczne Warszawa", onsCode: null, region: "Poland (Pabulib data)", orgIdentifier: null,
  }));
  const area = await manager.save(Object.assign(new Area(), { councilKey: council.key, parentKey: null, slug: "wawer-las", name: "Wawer — Las", onsCode: null, kind: "neighbourhood" }));
  const instance = parsePabulibString(readFileSync(join(SEED_DATA_DIR, DEMO_PB_FILE), "utf8"));
  await importPabulibRound(manager, instance, {
    councilKey: council.key, areaKey: area.key, slug: "warszawa-2018-wawer-las", title: "Wawer — Las: participatory budget 2018",
    theme: "participatory_budgeting", source: `Pabulib: ${DEMO_PB_FILE} (pabulib.org)`,
  });
}
