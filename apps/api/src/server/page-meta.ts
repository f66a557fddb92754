import { formatMoney, type Money } from "@coproduce/domain";
import type { DataSource } from "typeorm";
import { bigintOf, exactSum, run, sqlFor } from "../db/sql.js";
import { fromGlobalId } from "../graphql/node-id.js";

/**
 * What the server writes into the dashboard's HTML shell for a public address, before any
 * JavaScript runs: the HTTP status (404 for an unknown route or an unknown slug/id, found with one
 * indexed lookup), the page's title and description (with their Open Graph copies for link
 * previews) and its essential content — for a round its title, council, pot and amount awarded,
 * and the page's main table (a round's awards, a council's rounds, a provider's awards, the
 * councils on Home) — so the page reads without JavaScript and in search engines. The client's app
 * then mounts over the essentials (server-side injection into the shell, not full SSR with hydration).
 */
export interface PageMeta {
  status: 200 | 404;
  /** What the page shows, most specific first, without the site name. */
  title: string[];
  description: string;
  /** The essential content as [heading, ...paragraphs] (plain text; escaped when written). */
  essentials: string[];
  /** The page's main table, as plain text cells (escaped when written); at most `TABLE_ROWS` rows. */
  table?: EssentialTable;
}

export interface EssentialTable {
  caption: string;
  head: string[];
  rows: string[][];
  /** Said under the table when it shows only the first rows ("… and 12 more"). */
  more?: string;
}

/** Rows written into the HTML; the full list is one click away in the app (and in the CSV/GraphQL). */
export const TABLE_ROWS = 50;

const SITE = "Coproduce";
const DEFAULT_DESCRIPTION = "Coproduce: where public money went, who decided, and whether it worked.";

const STATIC: Record<string, { title: string[]; heading: string }> = {
  "/": { title: ["Where the money went"], heading: "Where the money went" },
  "/councils": { title: ["Councils"], heading: "Councils" },
  "/rounds": { title: ["All rounds"], heading: "All rounds" },
  "/search": { title: ["Search"], heading: "Search" },
  "/outcomes": { title: ["Did it work?"], heading: "Did it work?" },
  "/compare": { title: ["Compare councils and rounds"], heading: "Compare councils and rounds" },
  "/officer": { title: ["Officer console"], heading: "Officer console" },
  "/panel": { title: ["Your panel"], heading: "Your panel" },
  "/accessibility": { title: ["Accessibility statement"], heading: "Accessibility statement for Coproduce" },
};

const NOT_FOUND: PageMeta = {
  status: 404,
  title: ["Page not found"],
  description: "There is no page at this address on Coproduce.",
  essentials: ["Page not found", "There is no page at this address. See where the money went: /"],
};

/** The titles of a round's own forms (the web's `routes.*` messages in English). */
const FORM_TITLES: Record<string, string> = {
  apply: "Apply to the panel",
  vote: "Vote",
  propose: "Suggest a project",
  "proposals/status": "Check on your idea",
  application: "Check your application",
  receipt: "Check your receipt",
};
const ROUND_FORM = new RegExp(`^/rounds/([^/]{1,120})/(${Object.keys(FORM_TITLES).join("|")})$`);

/** The officer console's pages of one round, beside the round's own console page (extend when adding one). */
const OFFICER_ROUND_PAGES = ["applicants", "edit", "panel", "proposals", "sessions", "voting"];
const OFFICER_PAGE = new RegExp(`^/officer/(account|audit|rounds/new)$`);
const OFFICER_ROUND_PAGE = new RegExp(`^/officer/rounds/([^/]{1,120})(/(${OFFICER_ROUND_PAGES.join("|")}))?$`);

const moneyText = (items: readonly Money[]) => items.map((m) => formatMoney(m)).join(" and ");
const humanise = (s: string) => (s.charAt(0).toUpperCase() + s.slice(1)).replace(/_/g, " ");

/** A main table from rows fetched with `limit(TABLE_ROWS + 1)`: the extra row only says there are more. */
function tableOf(caption: string, head: string[], rows: string[][]): EssentialTable | undefined {
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, TABLE_ROWS);
  return {
    caption,
    head,
    rows: shown,
    ...(rows.length > TABLE_ROWS ? { more: "More in the full page and its CSV." } : {}),
  };
}

export async function pageMetaFor(dataSource: DataSource, path: string): Promise<PageMeta> {
  const clean = path.length > 1 ? path.replace(/\/+$/, "") : path;
  const fixed = STATIC[clean];
  if (fixed) {
    const meta: PageMeta = {
      status: 200,
      title: fixed.title,
      description: DEFAULT_DESCRIPTION,
      essentials: [fixed.heading],
    };
    if (clean === "/") return { ...meta, ...(await homeEssentials(dataSource)) };
    if (clean === "/rounds") return { ...meta, table: await roundsTable(dataSource) };
    return meta;
  }
  // The officer console's own pages (a round's task list, a new round, applicants, sessions and pay, editing a
  // round, the council's audit log, the account): signed-in
  // screens that say nothing public, so the shell is all the server sends.
  const console: PageMeta = {
    status: 200,
    title: ["Officer console"],
    description: DEFAULT_DESCRIPTION,
    essentials: ["Officer console"],
  };
  if (OFFICER_PAGE.test(clean)) return console;
  const k = sqlFor(dataSource);
  let m: RegExpExecArray | null;
  // A round's console pages exist for rounds that exist (withdrawn ones included: their record stays).
  if ((m = OFFICER_ROUND_PAGE.exec(clean))) {
    const [round] = await run(
      dataSource,
      k.selectFrom("round").select(["key"]).where("slug", "=", decodeURIComponent(m[1]!)),
    );
    return round ? console : NOT_FOUND;
  }
  // A round's forms (application, booth, proposals, receipt check): the round's own page meta under the form's name.
  if ((m = ROUND_FORM.exec(clean))) {
    const round = await pageMetaFor(dataSource, `/rounds/${m[1]!}`);
    if (round.status !== 200) return NOT_FOUND;
    const form = FORM_TITLES[m[2]!]!;
    return { ...round, title: [form, ...round.title], essentials: [form, ...round.essentials] };
  }
  if ((m = /^\/rounds\/([^/]{1,120})$/.exec(clean))) {
    const slug = decodeURIComponent(m[1]!);
    const [round] = await run(
      dataSource,
      k
        .selectFrom("round as r")
        .innerJoin("council as c", "c.key", "r.councilKey")
        .select(["r.key", "r.title", "r.year", "r.potMinor", "r.currency", "c.name as council"])
        .where("r.slug", "=", slug)
        .where("r.withdrawnAt", "is", null),
    );
    if (!round) return NOT_FOUND;
    const awardedRows = await run(
      dataSource,
      k
        .selectFrom("award as a")
        .select((eb) => ["a.currency", exactSum(dataSource, eb.ref("a.valueMinor")).as("amount")])
        .where("a.roundKey", "=", round.key)
        .groupBy("a.currency")
        .orderBy("a.currency"),
    );
    const pot = formatMoney({ amountMinor: Number(round.potMinor), currency: round.currency });
    const awarded = moneyText(
      awardedRows.map((r) => ({ currency: r.currency, amountMinor: Number(bigintOf(r.amount)) })),
    );
    const awards = await run(
      dataSource,
      k
        .selectFrom("award as a")
        .leftJoin("bid as b", "b.key", "a.bidKey")
        .leftJoin("provider as p", "p.key", "a.providerKey")
        .select(["a.valueMinor", "a.currency", "b.title as bid", "p.name as provider"])
        .where("a.roundKey", "=", round.key)
        .orderBy("a.valueMinor", "desc")
        .orderBy("a.key")
        .limit(TABLE_ROWS + 1),
    );
    return {
      status: 200,
      table: tableOf(
        `What ${round.title} awarded, largest first`,
        ["Awarded to", "Amount"],
        awards.map((a) => [
          [a.bid, a.provider].filter(Boolean).join(" — ") || "Award",
          formatMoney({ amountMinor: Number(a.valueMinor), currency: a.currency }),
        ]),
      ),
      title: [round.title, round.council],
      description: `${round.council}, ${round.year}: a pot of ${pot}${awarded ? `, ${awarded} awarded` : ""} — who decided, where the money went, and whether it worked.`,
      essentials: [
        round.title,
        `${round.council} · ${round.year}`,
        `Pot: ${pot}`,
        `Awarded: ${awarded || "nothing yet"}`,
      ],
    };
  }
  if ((m = /^\/councils\/([^/]{1,80})$/.exec(clean))) {
    const [council] = await run(
      dataSource,
      k.selectFrom("council").select(["key", "name"]).where("slug", "=", decodeURIComponent(m[1]!)),
    );
    if (!council) return NOT_FOUND;
    const rounds = await run(
      dataSource,
      k
        .selectFrom("round as r")
        .select(["r.key", "r.title", "r.year", "r.potMinor", "r.currency", "r.phase"])
        .where("r.councilKey", "=", council.key)
        .where("r.withdrawnAt", "is", null)
        .orderBy("r.year", "desc")
        .orderBy("r.title")
        .limit(TABLE_ROWS + 1),
    );
    return {
      status: 200,
      table: tableOf(
        `Rounds run by ${council.name}, newest first`,
        ["Year", "Round", "Stage", "Pot"],
        rounds.map((r) => [
          String(r.year),
          r.title,
          humanise(r.phase),
          formatMoney({ amountMinor: Number(r.potMinor), currency: r.currency }),
        ]),
      ),
      title: [council.name],
      description: `${council.name} on Coproduce: its rounds, the money awarded by ward and theme, who took part and whether it worked.`,
      essentials: [council.name],
    };
  }
  if ((m = /^\/providers\/([^/]{1,120})$/.exec(clean))) {
    const id = fromGlobalId(decodeURIComponent(m[1]!));
    if (!id || id.typeName !== "Provider") return NOT_FOUND;
    const [provider] = await run(dataSource, k.selectFrom("provider").select(["name"]).where("key", "=", id.id));
    if (!provider) return NOT_FOUND;
    const awards = await run(
      dataSource,
      k
        .selectFrom("award as a")
        .innerJoin("round as r", "r.key", "a.roundKey")
        .innerJoin("council as c", "c.key", "r.councilKey")
        .select(["a.valueMinor", "a.currency", "r.title", "r.year", "c.name as council"])
        .where("a.providerKey", "=", id.id)
        .where("r.withdrawnAt", "is", null)
        .orderBy("r.year", "desc")
        .orderBy("a.key")
        .limit(TABLE_ROWS + 1),
    );
    return {
      status: 200,
      table: tableOf(
        `Awards to ${provider.name}, newest first`,
        ["Year", "Round", "Council", "Awarded"],
        awards.map((a) => [
          String(a.year),
          a.title,
          a.council,
          formatMoney({ amountMinor: Number(a.valueMinor), currency: a.currency }),
        ]),
      ),
      title: [provider.name],
      description: `${provider.name}: every award it received through co-produced commissioning and participatory budgeting, and the outcomes of the services it runs.`,
      essentials: [provider.name],
    };
  }
  return NOT_FOUND;
}

/** Home: the money awarded in all (a headline per currency) and the councils, with their rounds and awards. */
async function homeEssentials(dataSource: DataSource): Promise<Pick<PageMeta, "essentials" | "table">> {
  const k = sqlFor(dataSource);
  const totals = await run(
    dataSource,
    k
      .selectFrom("award as a")
      .innerJoin("round as r", "r.key", "a.roundKey")
      .select((eb) => ["a.currency", exactSum(dataSource, eb.ref("a.valueMinor")).as("amount")])
      .where("r.withdrawnAt", "is", null)
      .groupBy("a.currency")
      .orderBy("a.currency"),
  );
  const councils = await run(
    dataSource,
    k
      .selectFrom("council as c")
      .leftJoin("round as r", (j) => j.onRef("r.councilKey", "=", "c.key").on("r.withdrawnAt", "is", null))
      .select((eb) => ["c.name", eb.fn.count<number>("r.key").as("rounds")])
      .groupBy(["c.key", "c.name"])
      .orderBy("c.name")
      .limit(TABLE_ROWS + 1),
  );
  const awarded = moneyText(totals.map((r) => ({ currency: r.currency, amountMinor: Number(bigintOf(r.amount)) })));
  return {
    essentials: ["Where the money went", `Awarded through Coproduce: ${awarded || "nothing yet"}`],
    table: tableOf(
      "Councils on Coproduce",
      ["Council", "Rounds"],
      councils.map((c) => [c.name, String(Number(c.rounds))]),
    ),
  };
}

/** All rounds: the newest first. */
async function roundsTable(dataSource: DataSource): Promise<EssentialTable | undefined> {
  const k = sqlFor(dataSource);
  const rounds = await run(
    dataSource,
    k
      .selectFrom("round as r")
      .innerJoin("council as c", "c.key", "r.councilKey")
      .select(["r.title", "r.year", "r.potMinor", "r.currency", "c.name as council"])
      .where("r.withdrawnAt", "is", null)
      .orderBy("r.year", "desc")
      .orderBy("r.key", "desc")
      .limit(TABLE_ROWS + 1),
  );
  return tableOf(
    "Every round, newest first",
    ["Round", "Council", "Year", "Pot"],
    rounds.map((r) => [
      r.title,
      r.council,
      String(r.year),
      formatMoney({ amountMinor: Number(r.potMinor), currency: r.currency }),
    ]),
  );
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function tableHtml(table: EssentialTable): string {
  const head = table.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const rows = table.rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join("")}</tr>`,
    )
    .join("");
  return `<table><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>${
    table.more ? `<p>${escapeHtml(table.more)}</p>` : ""
  }`;
}

/** The shell with the page's title, description, Open Graph tags and essentials written in. */
export function renderShell(shell: string, meta: PageMeta, url: string): string {
  const title = escapeHtml([...meta.title, SITE].join(" — "));
  const description = escapeHtml(meta.description);
  const og = [
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${SITE}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
  ].join("\n    ");
  const [heading = "", ...rest] = meta.essentials;
  const essentials = `<main class="container site-main" data-server-rendered><h1>${escapeHtml(heading)}</h1>${rest
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("")}${meta.table ? tableHtml(meta.table) : ""}</main>`;
  return shell
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>\n    ${og}`)
    .replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${description}" />`)
    .replace(/<div id="app"><\/div>/, `<div id="app">${essentials}</div>`);
}
