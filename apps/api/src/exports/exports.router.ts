/** HTTP downloads of the open-data exports: the same bytes as `coproduce export …`. */
import { Router, type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import { ExportNotFoundError, type ExportSelection } from "./export.service.js";
import {
  CSV_TABLES,
  ExportEmptyError,
  GROUP_BYS,
  csvTable,
  giving360Json,
  ocdsJson,
  type CsvTable,
} from "./formats.js";
import type { SpendingGroupBy } from "../analytics/spending.service.js";

function selectionOf(req: Request): ExportSelection {
  const one = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
  return { council: one(req.query.council), round: one(req.query.round) };
}

function fail(res: Response, error: unknown): void {
  if (error instanceof ExportNotFoundError) res.status(404).json({ error: error.message });
  else if (error instanceof ExportEmptyError) res.status(404).json({ error: error.message });
  else res.status(500).json({ error: "export failed" });
}

export function exportsRouter(dataSource: DataSource): Router {
  const router = Router();
  router.get("/ocds.json", async (req, res) => {
    try {
      res
        .type("application/json")
        .attachment("ocds.json")
        .send(await ocdsJson(dataSource, selectionOf(req)));
    } catch (error) {
      fail(res, error);
    }
  });
  router.get("/360giving.json", async (req, res) => {
    try {
      res
        .type("application/json")
        .attachment("360giving.json")
        .send(await giving360Json(dataSource, selectionOf(req)));
    } catch (error) {
      fail(res, error);
    }
  });
  router.get(/^\/([a-z]+)\.csv$/, async (req, res) => {
    const table = (req.params as Record<string, string>)[0] as CsvTable;
    if (!CSV_TABLES.includes(table)) {
      res.status(404).json({ error: `unknown table; one of ${CSV_TABLES.join(", ")}` });
      return;
    }
    const groupBy = (
      typeof req.query.groupBy === "string" ? req.query.groupBy.toLowerCase() : "council"
    ) as SpendingGroupBy;
    if (!GROUP_BYS.includes(groupBy)) {
      res.status(400).json({ error: `groupBy must be one of ${GROUP_BYS.join(", ")}` });
      return;
    }
    try {
      const stream = await csvTable(dataSource, table, selectionOf(req), groupBy);
      res.type("text/csv; charset=utf-8").attachment(`${table}.csv`);
      stream.on("error", () => res.destroy());
      stream.pipe(res);
    } catch (error) {
      fail(res, error);
    }
  });
  return router;
}
