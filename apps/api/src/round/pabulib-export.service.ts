import type { DataSource } from "typeorm";
import { formatMinor, splitList } from "@coproduce/domain";
import type { PabulibInstance, PabulibProject, PabulibVote, PabulibVoteType } from "@coproduce/domain";
import { Round } from "./round.entity.js";
import { Bid } from "../bid/bid.entity.js";
import { Ballot } from "../ballot/ballot.entity.js";
import { BallotChoice } from "../ballot/ballot-choice.entity.js";

const VOTE_TYPE: Record<string, PabulibVoteType> = {
  approval: "approval",
  cumulative: "cumulative",
  ordinal: "ordinal",
  scoring: "scoring",
  choose_1: "choose-1",
};

interface StoredPabulib {
  meta?: Record<string, string>;
  projectColumns?: string[];
  voteColumns?: string[];
}

/**
 * Writes a round back as a Pabulib instance. Imported rounds keep their META, columns and voter
 * metadata verbatim (import → export → parse gives the same instance); rounds run in the app get
 * a minimal META and anonymous sequential voter ids (ballots are secret: no voter metadata).
 * Ballots are read in pages so a national-scale round does not sit in memory twice.
 */
export async function exportRoundAsPabulib(dataSource: DataSource, roundKey: number): Promise<PabulibInstance> {
  const round = await dataSource.getRepository(Round).findOneByOrFail({ key: roundKey });
  const stored = ((round.allocationParams ?? {}) as { pabulib?: StoredPabulib }).pabulib ?? {};
  const bids = await dataSource.getRepository(Bid).find({ where: { roundKey }, order: { key: "ASC" } });
  const externalIdOf = new Map(bids.map((b) => [b.key, b.externalId]));
  const voteType = VOTE_TYPE[round.ballotType ?? "approval"] ?? "approval";
  const cardinal = voteType === "cumulative" || voteType === "scoring";

  const projectColumns = stored.projectColumns ?? ["project_id", "cost", "name"];
  const projects: PabulibProject[] = bids.map((b) => {
    const costMinor = b.amountRequestedMinor;
    const fields: Record<string, string> = b.extra
      ? { ...b.extra }
      : { project_id: b.externalId, cost: formatMinor(costMinor), name: b.title };
    return {
      id: b.externalId,
      cost: costMinor / 100,
      costMinor,
      categories: splitList(fields.category ?? fields.categories),
      beneficiaries: splitList(fields.beneficiaries ?? fields.target),
      fields,
    };
  });

  const votes: PabulibVote[] = [];
  const page = 2000;
  for (let offset = 0; ; offset += page) {
    const ballots = await dataSource
      .getRepository(Ballot)
      .find({ where: { roundKey }, order: { key: "ASC" }, take: page, skip: offset });
    if (ballots.length === 0) break;
    const choices = await dataSource
      .getRepository(BallotChoice)
      .createQueryBuilder("c")
      .where("c.ballotKey IN (:...keys)", { keys: ballots.map((b) => b.key) })
      .orderBy("c.ballotKey", "ASC")
      .addOrderBy("c.rank", "ASC")
      .addOrderBy("c.key", "ASC")
      .getMany();
    const byBallot = new Map<number, BallotChoice[]>();
    for (const c of choices) {
      const list = byBallot.get(c.ballotKey) ?? [];
      list.push(c);
      byBallot.set(c.ballotKey, list);
    }
    for (const [i, ballot] of ballots.entries()) {
      const list = byBallot.get(ballot.key) ?? [];
      const imported = ballot.importedVoter ?? null;
      const voterId = imported?.voter_id ?? String(offset + i + 1);
      const extra: Record<string, string> = {};
      if (imported) for (const [k, v] of Object.entries(imported)) if (k !== "voter_id") extra[k] = v;
      const vote = list.map((c) => externalIdOf.get(c.bidKey) ?? String(c.bidKey));
      const hasPoints = cardinal || (stored.voteColumns ?? []).includes("points");
      votes.push({ voterId, vote, ...(hasPoints ? { points: list.map((c) => c.points) } : {}), extra });
    }
    if (ballots.length < page) break;
  }

  const meta: Record<string, string> = stored.meta
    ? { ...stored.meta }
    : {
        description: round.title,
        num_projects: String(projects.length),
        num_votes: String(votes.length),
        budget: formatMinor(round.potMinor),
        vote_type: voteType,
        rule: round.allocationRule ?? "greedy",
      };
  const voteColumns = stored.voteColumns ?? (cardinal ? ["voter_id", "vote", "points"] : ["voter_id", "vote"]);
  return {
    meta,
    budget: round.potMinor / 100,
    budgetMinor: round.potMinor,
    amountsWhole: round.potMinor % 100 === 0 && projects.every((p) => p.costMinor % 100 === 0),
    voteType,
    projectColumns,
    projects,
    voteColumns,
    votes,
    warnings: [],
    warningCount: 0,
    warningsByCode: {},
  };
}
