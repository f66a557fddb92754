/**
 * Seeds the demo database once for the whole end-to-end run (the seed is the slow part of a server
 * start) and hands its path to every test file, which then starts its own server on a copy of it
 * (harness `freshServer`). Run alone (`vitest run e2e/x.e2e.ts`) a file still gets it from here.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import type { TestProject } from "vitest/node";
import { seedOnce } from "./harness";

declare module "vitest" {
  export interface ProvidedContext {
    e2eSeededDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const file = await seedOnce();
  project.provide("e2eSeededDatabase", file);
  return () => rmSync(dirname(file), { recursive: true, force: true });
}
