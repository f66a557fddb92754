import {
  MAX_KEPT_WARNINGS,
  PABULIB_VOTE_TYPES,
  PabulibParseError,
  type PabulibErrorCode,
  type PabulibInstance,
  type PabulibWarning,
  type PabulibWarningCode,
  type PabulibProject,
  type PabulibVote,
  type PabulibVoteType,
} from "./types.js";

export interface PabulibParseOptions {
  /**
   * Check the META ballot constraints (min/max length, points, sum of points, sum of cost) on
   * every vote, and num_projects/num_votes against the rows. Default true.
   */
  readonly checkConstraints?: boolean;
  /**
   * `false` (default): lenient — real files break their own rules, so a ballot over
   * `max_sum_cost`, a project named twice in a vote (the repeat is dropped), an unknown project in
   * a vote (dropped), num_projects/num_votes that disagree with the rows, a META section without
   * its `key;value` header line and a repeated META key (the first value is kept) become warnings
   * with their line and field. `true`: each of these is a PabulibParseError.
   */
  readonly strict?: boolean;
}

/** Splits a pabulib list field (`,`-separated); empty or `None` is the empty list. */
export function splitList(value: string | undefined): string[] {
  const t = (value ?? "").trim();
  if (t === "" || t === "None") return [];
  return t
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const AMOUNT = /^\+?(\d+)(?:\.(\d*))?$/;

/**
 * An amount in minor units (1/100), exactly: "969245.38" → 96924538. Undefined when the text is
 * not a plain decimal with at most two significant decimals (e.g. "1e5", "0.125"): then the
 * caller falls back to the number.
 */
export function amountToMinor(text: string): number | undefined {
  const m = AMOUNT.exec(text.trim());
  if (!m) return undefined;
  const decimals = (m[2] ?? "").replace(/0+$/, "");
  if (decimals.length > 2) return undefined;
  const minor = Number(m[1]!) * 100 + Number(decimals.padEnd(2, "0"));
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** Splits one CSV record (`;`-separated, `"`-quoted). Returns undefined if a quote is still open. */
export function splitRecord(text: string): string[] | undefined {
  if (!text.includes('"')) return text.split(";");
  const fields: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      i += 1;
      continue;
    }
    if (ch === ";") {
      fields.push(field);
      field = "";
      atFieldStart = true;
      i += 1;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i += 1;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

type Section = "start" | "META" | "PROJECTS" | "VOTES";

const NUMERIC_META = [
  "budget",
  "num_projects",
  "num_votes",
  "min_length",
  "max_length",
  "min_sum_cost",
  "max_sum_cost",
  "min_points",
  "max_points",
  "min_sum_points",
  "max_sum_points",
  "default_score",
] as const;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function parseNumber(text: string, line: number, field: string, what: string): number {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) {
    throw new PabulibParseError(`${what} must be a number, got "${text}"`, line, field, "INVALID_NUMBER");
  }
  return Number(trimmed);
}

/**
 * The incremental parser: feed it physical lines (without line terminators) in order, then call
 * `finish()`. Holds only the instance being built, so a file can be streamed line by line.
 */
export class PabulibLineParser {
  private section: Section = "start";
  private lineNo = 0;
  private lastContentLine = 0;
  private pending: { text: string; line: number } | undefined;
  private header: string[] | undefined;
  private headerLine = 0;
  private readonly meta: Record<string, string> = {};
  private readonly metaLines = new Map<string, number>();
  private projectColumns: string[] = [];
  private readonly projects: PabulibProject[] = [];
  private readonly projectIndex = new Map<string, PabulibProject>();
  private voteColumns: string[] = [];
  private readonly votes: PabulibVote[] = [];
  private readonly voterIds = new Set<string>();
  private budget = 0;
  private voteType: PabulibVoteType = "approval";
  private limits: Partial<Record<(typeof NUMERIC_META)[number], number>> = {};
  private budgetMinor = 0;
  private readonly check: boolean;
  private readonly strict: boolean;
  private readonly warnings: PabulibWarning[] = [];
  private warningCount = 0;
  private readonly warningsByCode: Partial<Record<PabulibWarningCode, number>> = {};

  constructor(options: PabulibParseOptions = {}) {
    this.check = options.checkConstraints ?? true;
    this.strict = options.strict ?? false;
  }

  /** A deviation: an error in strict mode, else a warning (counted, the first MAX_KEPT_WARNINGS kept). */
  private deviation(
    message: string,
    line: number,
    field: string | undefined,
    errorCode: PabulibErrorCode,
    warningCode: PabulibWarningCode,
  ): void {
    // A trailing "(…)" says what the lenient parser did about it: not part of a strict error.
    if (this.strict) throw new PabulibParseError(message.replace(/ \([^()]*\)$/, ""), line, field, errorCode);
    this.warningCount += 1;
    this.warningsByCode[warningCode] = (this.warningsByCode[warningCode] ?? 0) + 1;
    if (this.warnings.length < MAX_KEPT_WARNINGS) this.warnings.push({ line, field, code: warningCode, message });
  }

  /** One physical line (a trailing `\r` is ignored). */
  push(rawLine: string): void {
    this.lineNo += 1;
    let line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (this.lineNo === 1 && line.startsWith("\uFEFF")) line = line.slice(1);
    if (this.pending) {
      const text = `${this.pending.text}\n${line}`;
      const fields = splitRecord(text);
      if (fields === undefined) {
        this.pending = { text, line: this.pending.line };
        return;
      }
      const start = this.pending.line;
      this.pending = undefined;
      this.lastContentLine = this.lineNo;
      this.record(fields, start);
      return;
    }
    const trimmed = line.trim();
    if (trimmed === "") return;
    this.lastContentLine = this.lineNo;
    const marker = trimmed.toUpperCase();
    if (marker === "META" || marker === "PROJECTS" || marker === "VOTES") {
      this.enterSection(marker, this.lineNo);
      return;
    }
    if (this.section === "start") {
      throw new PabulibParseError(
        `expected the META section header, got "${line.slice(0, 40)}"`,
        this.lineNo,
        undefined,
        "SECTION",
      );
    }
    const fields = splitRecord(line);
    if (fields === undefined) {
      this.pending = { text: line, line: this.lineNo };
      return;
    }
    this.record(fields, this.lineNo);
  }

  finish(): PabulibInstance {
    if (this.pending) {
      throw new PabulibParseError(
        "unterminated quoted field",
        this.pending.line,
        this.columnAt(this.pending.text),
        "SYNTAX",
      );
    }
    const end = this.lastContentLine + 1;
    if (this.section !== "VOTES") {
      const missing = this.section === "start" ? "META" : this.section === "META" ? "PROJECTS" : "VOTES";
      throw new PabulibParseError(`missing ${missing} section`, end, undefined, "SECTION");
    }
    if (this.header === undefined) throw new PabulibParseError("missing VOTES header line", end, undefined, "SECTION");
    if (this.check && this.limits.num_votes !== undefined && this.limits.num_votes !== this.votes.length) {
      this.deviation(
        `META says ${this.limits.num_votes} votes but the VOTES section has ${this.votes.length}`,
        this.metaLines.get("num_votes") ?? 0,
        "num_votes",
        "COUNT_MISMATCH",
        "COUNT_MISMATCH",
      );
    }
    const amountsWhole = this.budgetMinor % 100 === 0 && this.projects.every((p) => p.costMinor % 100 === 0);
    return {
      meta: this.meta,
      budget: this.budget,
      budgetMinor: this.budgetMinor,
      amountsWhole,
      voteType: this.voteType,
      projectColumns: this.projectColumns,
      projects: this.projects,
      voteColumns: this.voteColumns,
      votes: this.votes,
      warnings: this.warnings,
      warningCount: this.warningCount,
      warningsByCode: this.warningsByCode,
    };
  }

  private columnAt(text: string): string | undefined {
    const index = (text.split("\n")[0] ?? "").split(";").length - 1;
    return this.header?.[index];
  }

  private enterSection(name: "META" | "PROJECTS" | "VOTES", line: number): void {
    const order: Section[] = ["start", "META", "PROJECTS", "VOTES"];
    const expected = order[order.indexOf(this.section) + 1];
    if (name !== expected) {
      throw new PabulibParseError(
        `section ${name} out of order (expected ${expected ?? "end of file"})`,
        line,
        undefined,
        "SECTION",
      );
    }
    if (this.section !== "start" && this.header === undefined) {
      throw new PabulibParseError(`section ${this.section} has no header line`, line, undefined, "SECTION");
    }
    if (name === "PROJECTS") this.closeMeta(line);
    if (name === "VOTES") this.closeProjects(line);
    this.section = name;
    this.header = undefined;
  }

  private record(fields: string[], line: number): void {
    if (
      this.header === undefined &&
      this.section === "META" &&
      fields.length === 2 &&
      fields[0]!.trim() !== "key" &&
      fields[0]!.trim() !== ""
    ) {
      // Real files (Warsaw 2017–2019) go straight from META to the first key;value row.
      this.deviation(
        `the META section has no "key;value" header line (read as a key;value row)`,
        line,
        "key",
        "MISSING_FIELD",
        "META_HEADER",
      );
      this.header = ["key", "value"];
      this.headerLine = line;
    }
    if (this.header === undefined) {
      const names = fields.map((f) => f.trim());
      const seen = new Set<string>();
      for (const name of names) {
        if (name === "")
          throw new PabulibParseError(`empty column name in the ${this.section} header`, line, undefined, "SYNTAX");
        if (seen.has(name))
          throw new PabulibParseError(
            `column "${name}" appears twice in the ${this.section} header`,
            line,
            name,
            "DUPLICATE",
          );
        seen.add(name);
      }
      this.header = names;
      this.headerLine = line;
      const required =
        this.section === "META"
          ? ["key", "value"]
          : this.section === "PROJECTS"
            ? ["project_id", "cost"]
            : ["voter_id", "vote"];
      for (const column of required) {
        if (!seen.has(column)) {
          throw new PabulibParseError(
            `the ${this.section} header must have a "${column}" column`,
            line,
            column,
            "MISSING_FIELD",
          );
        }
      }
      if (this.section === "PROJECTS") {
        // The format renamed `target` to `beneficiaries` (the checker rejects `target` since April 2026).
        const t = names.indexOf("target");
        if (t !== -1 && !seen.has("beneficiaries")) {
          names[t] = "beneficiaries";
          if (!this.strict)
            this.deviation(
              `PROJECTS column "target" is now called "beneficiaries" (read as beneficiaries)`,
              line,
              "target",
              "MISSING_FIELD",
              "RENAMED_FIELD",
            );
        }
        this.projectColumns = names;
      }
      if (this.section === "VOTES") this.voteColumns = names;
      return;
    }
    if (fields.length !== this.header.length) {
      throw new PabulibParseError(
        `expected ${this.header.length} fields (${this.header.join(";")}), got ${fields.length}`,
        line,
        this.header[Math.min(fields.length, this.header.length - 1)],
        "SYNTAX",
      );
    }
    if (this.section === "META") this.metaRow(fields, line);
    else if (this.section === "PROJECTS") this.projectRow(fields, line);
    else this.voteRow(fields, line);
  }

  private metaRow(fields: string[], line: number): void {
    const header = this.header!;
    const key = fields[header.indexOf("key")]!.trim();
    const value = fields[header.indexOf("value")]!;
    if (key === "") throw new PabulibParseError("empty META key", line, "key", "MISSING_FIELD");
    if (this.metaLines.has(key)) {
      this.deviation(
        `META key "${key}" appears twice (the first value is kept)`,
        line,
        key,
        "DUPLICATE",
        "DUPLICATE_META_KEY",
      );
      return;
    }
    this.meta[key] = value;
    this.metaLines.set(key, line);
  }

  private closeMeta(line: number): void {
    for (const key of NUMERIC_META) {
      const value = this.meta[key];
      if (value === undefined || value.trim() === "") continue;
      const n = parseNumber(value, this.metaLines.get(key)!, key, `META ${key}`);
      if (key !== "default_score" && n < 0) {
        throw new PabulibParseError(`META ${key} must not be negative`, this.metaLines.get(key)!, key, "INVALID_VALUE");
      }
      this.limits[key] = n;
    }
    if (this.limits.budget === undefined)
      throw new PabulibParseError("META has no budget", line, "budget", "MISSING_FIELD");
    this.budget = this.limits.budget;
    this.budgetMinor = amountToMinor(this.meta.budget!) ?? Math.round(this.budget * 100);
    const voteType = this.meta.vote_type?.trim();
    if (voteType === undefined)
      throw new PabulibParseError("META has no vote_type", line, "vote_type", "MISSING_FIELD");
    if (!(PABULIB_VOTE_TYPES as readonly string[]).includes(voteType)) {
      throw new PabulibParseError(
        `unknown vote_type "${voteType}" (expected one of ${PABULIB_VOTE_TYPES.join(", ")})`,
        this.metaLines.get("vote_type")!,
        "vote_type",
        "INVALID_VALUE",
      );
    }
    this.voteType = voteType as PabulibVoteType;
    for (const [lo, hi] of [
      ["min_length", "max_length"],
      ["min_points", "max_points"],
      ["min_sum_points", "max_sum_points"],
      ["min_sum_cost", "max_sum_cost"],
    ] as const) {
      const a = this.limits[lo];
      const b = this.limits[hi];
      if (a !== undefined && b !== undefined && a > b) {
        throw new PabulibParseError(
          `META ${lo} (${a}) exceeds ${hi} (${b})`,
          this.metaLines.get(hi)!,
          hi,
          "CONSTRAINT",
        );
      }
    }
  }

  private projectRow(fields: string[], line: number): void {
    const header = this.header!;
    const record: Record<string, string> = {};
    header.forEach((name, i) => (record[name] = fields[i]!));
    const id = record.project_id!.trim();
    if (id === "") throw new PabulibParseError("empty project_id", line, "project_id", "MISSING_FIELD");
    if (this.projectIndex.has(id))
      throw new PabulibParseError(`project "${id}" appears twice`, line, "project_id", "DUPLICATE");
    const cost = parseNumber(record.cost!, line, "cost", `cost of project "${id}"`);
    if (cost < 0) throw new PabulibParseError(`cost of project "${id}" is negative`, line, "cost", "INVALID_VALUE");
    const project: PabulibProject = {
      id,
      cost,
      costMinor: amountToMinor(record.cost!) ?? Math.round(cost * 100),
      categories: splitList(record.category ?? record.categories),
      beneficiaries: splitList(record.beneficiaries),
      fields: record,
    };
    this.projects.push(project);
    this.projectIndex.set(id, project);
  }

  private closeProjects(line: number): void {
    const n = this.limits.num_projects;
    if (this.check && n !== undefined && n !== this.projects.length) {
      this.deviation(
        `META says ${n} projects but the PROJECTS section has ${this.projects.length}`,
        this.metaLines.get("num_projects") ?? line,
        "num_projects",
        "COUNT_MISMATCH",
        "COUNT_MISMATCH",
      );
    }
  }

  /** The VOTES header's column positions, worked out once per header (not once per row). */
  private voteLayout?: {
    readonly header: readonly string[];
    readonly voterId: number;
    readonly vote: number;
    readonly points: number;
    readonly extra: readonly (readonly [string, number])[];
  };
  /** Per project id, the row (1-based vote count) that last named it: repeats within a vote, without a Set per row. */
  private readonly namedIn = new Map<string, number>();

  private voteRow(fields: string[], line: number): void {
    const header = this.header!;
    let cols = this.voteLayout;
    if (cols?.header !== header) {
      const extra: [string, number][] = [];
      let voterIdAt = -1;
      let voteAt = -1;
      let pointsAt = -1;
      header.forEach((name, i) => {
        if (name === "voter_id") voterIdAt = i;
        else if (name === "vote") voteAt = i;
        else if (name === "points") pointsAt = i;
        else extra.push([name, i]);
      });
      cols = this.voteLayout = { header, voterId: voterIdAt, vote: voteAt, points: pointsAt, extra };
    }
    // (A column named twice: the last one wins, as when the row was read name by name.)
    const extra: Record<string, string> = {};
    for (const [name, i] of cols.extra) extra[name] = fields[i]!;
    const voterId = cols.voterId < 0 ? "" : fields[cols.voterId]!.trim();
    const voteText = cols.vote < 0 ? "" : fields[cols.vote]!;
    const pointsText: string | undefined = cols.points < 0 ? undefined : fields[cols.points]!;
    if (voterId === "") throw new PabulibParseError("empty voter_id", line, "voter_id", "MISSING_FIELD");
    if (this.voterIds.has(voterId))
      throw new PabulibParseError(`voter "${voterId}" appears twice`, line, "voter_id", "DUPLICATE");
    this.voterIds.add(voterId);
    let vote = voteText.trim() === "" ? [] : voteText.split(",").map((s) => s.trim());
    let points: number[] | undefined;
    if (pointsText !== undefined && !(pointsText.trim() === "" && vote.length === 0)) {
      points = pointsText.split(",").map((p) => parseNumber(p, line, "points", "each point"));
      if (points.length !== vote.length) {
        throw new PabulibParseError(
          `${points.length} points for ${vote.length} voted projects`,
          line,
          "points",
          "SYNTAX",
        );
      }
    }
    const stamp = this.votes.length + 1;
    let drop: Set<number> | undefined;
    vote.forEach((id, k) => {
      if (id === "") throw new PabulibParseError("empty project id in the vote list", line, "vote", "SYNTAX");
      if (!this.projectIndex.has(id)) {
        this.deviation(
          `vote names unknown project "${id}" (dropped)`,
          line,
          "vote",
          "UNKNOWN_PROJECT",
          "UNKNOWN_PROJECT",
        );
        (drop ??= new Set()).add(k);
        return;
      }
      // Points on a cumulative ballot add up, so naming a project twice is meaningful there (real
      // files do it: Częstochowa 2020 has "579,579,579,579;1,1,1,1"); elsewhere it is a deviation
      // (Warsaw 2022 Wola): the repeat is dropped, the first mention kept.
      if (this.namedIn.get(id) === stamp && this.voteType !== "cumulative") {
        this.deviation(
          `vote names project "${id}" twice (the repeat is dropped)`,
          line,
          "vote",
          "DUPLICATE",
          "DUPLICATE_IN_VOTE",
        );
        (drop ??= new Set()).add(k);
        return;
      }
      this.namedIn.set(id, stamp);
    });
    if (drop !== undefined) {
      const d = drop;
      vote = vote.filter((_, k) => !d.has(k));
      if (points !== undefined) points = points.filter((_, k) => !d.has(k));
    }
    if ((this.voteType === "cumulative" || this.voteType === "scoring") && points === undefined) {
      throw new PabulibParseError(`a ${this.voteType} vote needs a "points" column`, line, "points", "MISSING_FIELD");
    }
    if (this.check) this.checkVote(vote, points, line);
    this.votes.push(points === undefined ? { voterId, vote, extra } : { voterId, vote, points, extra });
  }

  private checkVote(vote: string[], points: number[] | undefined, line: number): void {
    const l = this.limits;
    const fail = (message: string, field: string): void =>
      this.deviation(message, line, field, "CONSTRAINT", "CONSTRAINT");
    if (this.voteType === "choose-1" && vote.length !== 1)
      fail(`a choose-1 vote names exactly one project, this one names ${vote.length}`, "vote");
    if (l.min_length !== undefined && vote.length < l.min_length)
      fail(`vote lists ${vote.length} projects, fewer than min_length ${l.min_length}`, "vote");
    if (l.max_length !== undefined && vote.length > l.max_length)
      fail(`vote lists ${vote.length} projects, more than max_length ${l.max_length}`, "vote");
    if (l.min_sum_cost !== undefined || l.max_sum_cost !== undefined) {
      // In minor units, exactly (costs and limits may have grosze).
      let total = 0;
      for (const id of vote) total += this.projectIndex.get(id)!.costMinor;
      const lo =
        l.min_sum_cost === undefined ? undefined : (amountToMinor(this.meta.min_sum_cost!) ?? l.min_sum_cost * 100);
      const hi =
        l.max_sum_cost === undefined ? undefined : (amountToMinor(this.meta.max_sum_cost!) ?? l.max_sum_cost * 100);
      const units = (minor: number): string => (minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2));
      if (lo !== undefined && total < lo)
        fail(`voted projects cost ${units(total)}, less than min_sum_cost ${l.min_sum_cost}`, "vote");
      if (hi !== undefined && total > hi)
        fail(`voted projects cost ${units(total)}, more than max_sum_cost ${l.max_sum_cost}`, "vote");
    }
    if (points !== undefined) {
      let sum = 0;
      for (const p of points) {
        if (this.voteType === "cumulative" && p < 0)
          throw new PabulibParseError(`negative points (${p}) in a cumulative vote`, line, "points", "CONSTRAINT");
        if (l.min_points !== undefined && p < l.min_points)
          fail(`${p} points, below min_points ${l.min_points}`, "points");
        if (l.max_points !== undefined && p > l.max_points)
          fail(`${p} points, above max_points ${l.max_points}`, "points");
        sum += p;
      }
      if (l.min_sum_points !== undefined && sum < l.min_sum_points)
        fail(`points sum to ${sum}, below min_sum_points ${l.min_sum_points}`, "points");
      if (l.max_sum_points !== undefined && sum > l.max_sum_points)
        fail(`points sum to ${sum}, above max_sum_points ${l.max_sum_points}`, "points");
    }
  }
}

/** Splits arbitrary text chunks into lines (`\n`; a `\r` before it is dropped by the parser). */
async function* chunksToLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = "";
  for await (const chunk of chunks) {
    rest += chunk;
    let start = 0;
    let nl = rest.indexOf("\n", start);
    while (nl !== -1) {
      yield rest.slice(start, nl);
      start = nl + 1;
      nl = rest.indexOf("\n", start);
    }
    rest = rest.slice(start);
  }
  if (rest !== "") yield rest;
}

/** Parses a stream of text chunks of any size (e.g. a file read stream with an encoding set). */
export async function parsePabulib(
  chunks: AsyncIterable<string>,
  options?: PabulibParseOptions,
): Promise<PabulibInstance> {
  return parsePabulibLines(chunksToLines(chunks), options);
}

/** Parses a stream of lines without terminators (e.g. `node:readline` over a file stream). */
export async function parsePabulibLines(
  lines: AsyncIterable<string>,
  options?: PabulibParseOptions,
): Promise<PabulibInstance> {
  const parser = new PabulibLineParser(options);
  for await (const line of lines) parser.push(line);
  return parser.finish();
}

/** Parses a whole `.pb` document held in memory. */
export function parsePabulibString(text: string, options?: PabulibParseOptions): PabulibInstance {
  const parser = new PabulibLineParser(options);
  for (const line of text.split("\n")) parser.push(line);
  return parser.finish();
}
