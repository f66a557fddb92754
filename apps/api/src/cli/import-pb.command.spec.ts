import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CliError, EXIT, type CliIo } from "./command.js";
import { areaSlugOf, defaultSlug, importPbCommand } from "./import-pb.command.js";
import { Area } from "../area/area.entity.js";
import { openDatabase } from "../db/bootstrap.js";
import { scratchDatabase } from "../test/processes.js";
import { Council } from "../council/council.entity.js";
import { Round } from "../round/round.entity.js";
import { Ballot } from "../ballot/ballot.entity.js";

const sharedDir = process.env.COPRODUCE_SHARED_DIR ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const ALL = `${sharedDir}/data/pabulib-all`;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t) };
  try {
    const code = await importPbCommand.run(args, io);
    return { code, out, err };
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, out, err: err + error.message };
    throw error;
  }
}

// The command opens the database named by DATABASE_URL itself: a scratch database of the run's kind
// (a SQLite file, or a PostgreSQL database of its own).
describe("import-pb: .pb.gz, directories, lenient and strict", () => {
  const dir = mkdtempSync(join(tmpdir(), "coproduce-import-pb-"));
  const files = join(dir, "files");
  const saved = { url: process.env.DATABASE_URL, seed: process.env.COPRODUCE_SEED };
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    scratch = await scratchDatabase();
    process.env.DATABASE_URL = scratch.url;
    process.env.COPRODUCE_SEED = "none";
    const ds = await openDatabase(undefined, { seed: false });
    await ds
      .getRepository(Council)
      .save({ slug: "warszawa", name: "Warszawa", onsCode: null, region: null, orgIdentifier: null });
    await ds.destroy();
    // A directory with two real files (gzip, as shipped) and one plain .pb.
    mkdirSync(files);
    copyFileSync(`${ALL}/poland_warszawa_2018_rembertow.pb.gz`, join(files, "poland_warszawa_2018_rembertow.pb.gz"));
    copyFileSync(`${ALL}/poland_warszawa_2017_przyczolek-grochowski.pb.gz`, join(files, "grochowski-2017.pb.gz"));
    writeFileSync(
      join(files, "tiny.pb"),
      [
        "META",
        "key;value",
        "budget;10",
        "vote_type;approval",
        "PROJECTS",
        "project_id;cost",
        "a;5",
        "VOTES",
        "voter_id;vote",
        "1;a",
        "",
      ].join("\n"),
    );
  });
  afterAll(async () => {
    process.env.DATABASE_URL = saved.url;
    process.env.COPRODUCE_SEED = saved.seed;
    await scratch?.drop();
  });

  it("--strict rejects a Warsaw 2018 file with ballots over max_sum_cost (today's behaviour)", async () => {
    const r = await run([join(files, "poland_warszawa_2018_rembertow.pb.gz"), "--council", "warszawa", "--strict"]);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.err).toMatch(/line \d+, field "vote": voted projects cost \d+, more than max_sum_cost 700000/);
  });

  it("imports a whole directory leniently, reporting each file's warnings with line and field", async () => {
    const r = await run([files, "--council", "warszawa"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain("3 files: 3 imported, 0 rejected");
    // Rembertów 2018: 6 ballots over max_sum_cost 700000 (counted with awk over the file) + `target` renamed.
    expect(r.err).toContain("poland_warszawa_2018_rembertow.pb.gz: 7 warnings (1 RENAMED_FIELD, 6 CONSTRAINT)");
    expect(r.err).toContain("grochowski-2017.pb.gz: 2 warnings (1 META_HEADER, 1 RENAMED_FIELD)");
    const ds = await openDatabase(undefined, { seed: false });
    try {
      const round = await ds.getRepository(Round).findOneByOrFail({ slug: "warszawa-pb-grochowski-2017" });
      // Budget 102533.36 PLN in the file: exactly 10253336 grosze.
      expect(round.potMinor).toBe(10253336);
      const stored = (round.allocationParams as { pabulib: { warningCount: number } }).pabulib;
      expect(stored.warningCount).toBe(2);
      const rembertow = await ds
        .getRepository(Round)
        .findOneByOrFail({ slug: "warszawa-pb-poland-warszawa-2018-rembertow" });
      expect(await ds.getRepository(Ballot).countBy({ roundKey: rembertow.key })).toBe(1517);
    } finally {
      await ds.destroy();
    }
  });

  it("reads a .pb.gz it was given directly", async () => {
    const gz = join(dir, "again.pb.gz");
    writeFileSync(gz, gzipSync(readFileSync(join(files, "tiny.pb"))));
    const r = await run([gz, "--council", "warszawa"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('imported 1 projects and 1 ballots as round "warszawa-pb-again"');
  });

  it("--council-from-unit: one council per META unit, one area per district, a round per file", async () => {
    const unitDir = join(dir, "units");
    mkdirSync(unitDir);
    // Two Warsaw Wawer files and one Gdańsk file: councils warszawa (existing) and gdansk (created).
    for (const name of ["poland_warszawa_2018_wawer", "poland_warszawa_2019_wawer", "poland_gdansk_2020_rudniki"])
      copyFileSync(`${ALL}/${name}.pb.gz`, join(unitDir, `${name}.pb.gz`));
    const r = await run([unitDir, "--council-from-unit"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain("3 files: 3 imported, 0 rejected");
    const ds = await openDatabase(undefined, { seed: false });
    try {
      const councils = await ds.getRepository(Council).find({ order: { slug: "ASC" } });
      expect(councils.map((c) => [c.slug, c.name])).toEqual([
        ["gdansk", "Gdańsk"],
        ["warszawa", "Warszawa"],
      ]);
      const warszawa = councils.find((c) => c.slug === "warszawa")!;
      const wawer = await ds.getRepository(Area).findOneByOrFail({ councilKey: warszawa.key, slug: "wawer" });
      const rounds = await ds.getRepository(Round).findBy({ areaKey: wawer.key });
      expect(rounds.map((x) => x.slug).sort()).toEqual([
        "warszawa-pb-poland-warszawa-2018-wawer",
        "warszawa-pb-poland-warszawa-2019-wawer",
      ]);
    } finally {
      await ds.destroy();
    }
  });

  it("shortens a round slug longer than the column with a hash, keeping it unique", () => {
    const long =
      "poland_poznan_2023_12-antoninek-zieliniec-kobylepole-glowna-ostrow-tumski-srodka-zawady-komandoria-warszawskie-pomet-maltanskie.pb.gz";
    const slug = defaultSlug("poznan", long);
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug).toMatch(/^poznan-pb-poland-poznan-2023-12-antoninek-.*-[0-9a-f]{8}$/);
    expect(defaultSlug("poznan", long.replace("12-", "13-"))).not.toBe(slug);
    expect(defaultSlug("warszawa", "poland_warszawa_2018_wawer.pb.gz")).toBe("warszawa-pb-poland-warszawa-2018-wawer");
  });

  it("shortens an area slug longer than its 80-character column with a hash (Poznań 2023's districts)", () => {
    const district =
      "Antoninek-Zieliniec-Kobylepole, Główna, Ostrów Tumski-Śródka-Zawady-Komandoria, Warszawskie-Pomet-Maltańskie";
    const slug = areaSlugOf(district);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^antoninek-zieliniec-.*-[0-9a-f]{8}$/);
    expect(areaSlugOf(district.replace("Główna", "Glowna 2"))).not.toBe(slug);
    expect(areaSlugOf("Wawer")).toBe("wawer");
  });
});
