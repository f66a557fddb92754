import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePabulibString } from "../pabulib/parser.js";
import { projectReasonsReference } from "../../test/reasons-reference.js";
import { allocate, type AllocateOptions } from "./allocate.js";
import { allocationInstanceFromPabulib } from "./instance.js";
import { projectReasons } from "./reasons.js";

// The reason facts replay Equal Shares over one common denominator (fast); the reference replays
// it with a reduced fraction at every step (as before). Both must give the same facts, exactly, on
// real elections — approval and cumulative, whole złoty and grosze, with and without add1.
const sharedDir = process.env.COPRODUCE_SHARED_DIR ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const PABULIB = `${sharedDir}/data/pabulib/`;
const FILES = [
  "poland_gdansk_2020_.pb",
  "poland_warszawa_2018_las.pb",
  "poland_krakow_2018_czyzyny.pb",
  "poland_czestochowa_2020_grabowka.pb",
  "poland_katowice_2020_zaleze.pb",
  "france_toulouse_2019_.pb",
];
const RULES: AllocateOptions[] = [
  { rule: "mes", completion: "add1u", add1Options: ["integral", "exhaustive"], tieBreak: ["maxVotes", "minCost"] },
  { rule: "mes", tieBreak: ["maxVotes", "minCost"] },
  { rule: "greedy", tieBreak: ["maxVotes", "minCost"] },
];

describe("reason facts: common-denominator replay = reduced-fraction reference", () => {
  for (const file of FILES) {
    it(file, () => {
      const instance = allocationInstanceFromPabulib(parsePabulibString(readFileSync(PABULIB + file, "utf8")));
      let mesProjects = 0;
      for (const options of RULES) {
        const result = allocate(instance, options);
        const fast = projectReasons(instance, result, 100);
        const reference = projectReasonsReference(instance, result, 100);
        expect(fast).toEqual(reference);
        mesProjects += fast.filter((r) => r.mes !== undefined).length;
      }
      // The Equal Shares facts were compared, not only the greedy ones.
      expect(mesProjects).toBeGreaterThan(0);
    });
  }
});
