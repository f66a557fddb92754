import { afterAll, beforeAll } from "vitest";
import { openTestDatabase, type TestDatabase } from "./database.js";
import { TestClient } from "./graphql.js";

/**
 * The database and GraphQL client most spec files share: an empty migrated database (SQLite, or
 * PostgreSQL per TEST_DATABASE_URL) and a client of the real server, opened before the file's tests and
 * closed after them. Call it once at the top of the file: `const { db, client } = specClient();`.
 */
export function specClient(): { readonly db: TestDatabase; readonly client: TestClient } {
  let db: TestDatabase | undefined;
  let client: TestClient | undefined;
  beforeAll(async () => {
    db = await openTestDatabase();
    client = await TestClient.create(db.dataSource);
  });
  afterAll(async () => {
    await client?.stop();
    await db?.close();
  });
  return { db: opened(() => db, "the test database"), client: opened(() => client, "the test client") };
}

/** Stands for what a hook opens later: each property read goes to it (methods bound to it). */
function opened<T extends object>(current: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_, property) {
      const target = current();
      if (!target) throw new Error(`${what} is opened in beforeAll: use it inside a test or a hook`);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
