/**
 * `pnpm bench:auth`: how fast secrets can be guessed over HTTP from one address, with the guessing
 * throttles off (as before) and on, and how much a storm of sign-ins slows a cheap concurrent query
 * with password hashing bounded (2 at once) and unbounded. A fresh SQLite database in a temporary
 * folder; prints Markdown tables (record them in BENCHMARKS.md).
 */
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { createDataSource } from "../db/data-source.js";
import { createApp } from "../server/app.js";
import { AttemptThrottle, THROTTLES, type ThrottleName } from "../auth/throttle.js";
import { Council } from "../council/council.entity.js";
import { UserAccount } from "../auth/user.entity.js";
import { hashing, hashPassword, MAX_CONCURRENT_HASHES } from "../auth/password.js";

const dir = mkdtempSync(join(tmpdir(), "coproduce-bench-auth-"));
const dataSource = createDataSource({ kind: "sqlite", location: join(dir, "bench.sqlite") });
await dataSource.initialize();
await dataSource.runMigrations();
const council = await dataSource
  .getRepository(Council)
  .save({ slug: "bench", name: "Bench", onsCode: null, region: null, orgIdentifier: null });
await dataSource.getRepository(UserAccount).save(
  Object.assign(new UserAccount(), {
    email: "officer@bench.example",
    displayName: "Bench officer",
    passwordHash: await hashPassword("the-right-password"),
    role: "officer",
    councilKey: council.key,
    disabledAt: null,
  }),
);

const off = Object.fromEntries(
  Object.keys(THROTTLES).map((name) => [name, { points: 1_000_000_000, duration: 1 }]),
) as Record<ThrottleName, { points: number; duration: number }>;

async function server(throttle: AttemptThrottle) {
  const app = await createApp(dataSource, { webDist: "/nonexistent", rateLimitPerMinute: 0, throttle });
  const listening = app.app.listen(0);
  const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/graphql`;
  return {
    url,
    async close() {
      await new Promise((resolve) => listening.close(resolve));
      await app.apollo.stop();
    },
  };
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, { userErrors?: { code: string }[] }> };
}

const LOGIN = `mutation($input: OfficerLoginInput!) { officerLogin(input: $input) { token userErrors { code } } }`;
const JOIN = `mutation($code: String!) { panelJoin(input: { invitationCode: $code }) { token userErrors { code } } }`;

/**
 * Sends guesses for `seconds` with `parallel` in flight; counts those the server actually checked
 * (answered INVALID_CREDENTIALS) against those refused.
 */
async function guess(url: string, kind: "password" | "code", seconds: number, parallel = 4) {
  const until = performance.now() + seconds * 1000;
  let checked = 0;
  let refused = 0;
  let n = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (performance.now() < until) {
        const i = n++;
        const body =
          kind === "password"
            ? await post(url, LOGIN, {
                input: { email: `guess${i % 50}@bench.example`, password: `wrong-${i}` },
              })
            : await post(url, JOIN, { code: `WRONG-${String(i).padStart(5, "0")}` });
        const code = Object.values(body.data ?? {})[0]?.userErrors?.[0]?.code;
        if (code === "INVALID_CREDENTIALS") checked++;
        else refused++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { checked, refused, elapsed, perSecond: checked / elapsed };
}

console.log("| secret | throttles | window | checked | refused | guesses/s in the window | sustained guesses/s |");
console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
for (const [label, throttle] of [
  ["off (as before)", AttemptThrottle.memory(off)],
  ["on", AttemptThrottle.memory()],
] as const) {
  for (const kind of ["password", "code"] as const) {
    const s = await server(throttle);
    const r = await guess(s.url, kind, 10);
    await s.close();
    const shape = kind === "password" ? THROTTLES.loginAddress : THROTTLES.panelJoinAddress;
    const sustained = label === "on" ? (shape.points / shape.duration).toFixed(3) : r.perSecond.toFixed(1);
    console.log(
      `| ${kind === "password" ? "officer password" : "invitation code"} | ${label} | ${r.elapsed.toFixed(1)} s | ${r.checked} | ${r.refused} | ${r.perSecond.toFixed(1)} | ${sustained} |`,
    );
  }
}

/** p50/p95 of a cheap query while `storm` sign-ins (wrong passwords) run at once. */
async function latencyUnderStorm(url: string, storm: number) {
  const cheap = `{ councils(first: 1) { totalCount } }`;
  const samples: number[] = [];
  let running = true;
  if (storm === 0) setTimeout(() => (running = false), 3000);
  const logins = Promise.all(
    Array.from({ length: storm }, (_, i) =>
      post(url, LOGIN, { input: { email: `storm${i}@bench.example`, password: "wrong-password" } }),
    ),
  ).then(() => {
    if (storm > 0) running = false;
  });
  while (running) {
    const t = performance.now();
    await post(url, cheap);
    samples.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 5));
  }
  await logins;
  const sorted = samples.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: samples.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

console.log("");
console.log("| scrypt at once | sign-in storm | cheap queries sampled | p50 | p95 | max |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const limit of [1_000, MAX_CONCURRENT_HASHES]) {
  hashing.limit = limit;
  const s = await server(AttemptThrottle.memory(off));
  const idle = await latencyUnderStorm(s.url, 0);
  const r = await latencyUnderStorm(s.url, 40);
  await s.close();
  const label = limit === 1_000 ? "unbounded" : String(limit);
  console.log(`| ${label} | 40 | ${r.n} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.max.toFixed(1)} ms |`);
  if (idle.n > 0 && limit === MAX_CONCURRENT_HASHES)
    console.log(
      `| (idle) | 0 | ${idle.n} | ${idle.p50.toFixed(1)} ms | ${idle.p95.toFixed(1)} ms | ${idle.max.toFixed(1)} ms |`,
    );
}

await dataSource.destroy();
rmSync(dir, { recursive: true, force: true });
