/** HTTP downloads of the open-data exports: the same bytes as `coproduce export …`. */
import { Router, type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import { ExportNotFoundError, type ExportSelection } from "./export.service.js";
import {
  CSV_TABLES,
  ExportEmptyError,
  GROUP_BYS,
  PublicUrlError,
  csvTable,
  giving360Json,
  ocdsJson,
  publicUrlOf,
  type CsvTable,
} from "./formats.js";
import type { SpendingGroupBy } from "../analytics/spending.service.js";
import { logger } from "../server/logger.js";

/** Errors in the API's one shape (docs/operations.md): `{ errors: [{ message, extensions: { code } }] }`. */
function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function selectionOf(req: Request): ExportSelection {
  const one = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
  return { council: one(req.query.council), round: one(req.query.round) };
}

function fail(res: Response, error: unknown): void {
  if (error instanceof ExportNotFoundError || error instanceof ExportEmptyError)
    refuse(res, 404, "NOT_FOUND", error.message);
  else if (error instanceof PublicUrlError) refuse(res, 400, "BAD_USER_INPUT", error.message);
  else {
    logger.error({ err: error, reqId: res.locals.requestId as string | undefined }, "export failed");
    refuse(res, 500, "INTERNAL_SERVER_ERROR", "export failed");
  }
}

export function exportsRouter(dataSource: DataSource): Router {
  const router = Router();
  router.get("/ocds.json", async (req, res) => {
    try {
      const body = await ocdsJson(dataSource, selectionOf(req), { publicUrl: publicUrlOf(req) });
      res.type("application/json").attachment("ocds.json").send(body);
    } catch (error) {
      fail(res, error);
    }
  });
  router.get("/360giving.json", async (req, res) => {
    try {
      const body = await giving360Json(dataSource, selectionOf(req), { publicUrl: publicUrlOf(req) });
      res.type("application/json").attachment("360giving.json").send(body);
    } catch (error) {
      fail(res, error);
    }
  });
  router.get(/^\/([a-z]+)\.csv$/, async (req, res) => {
    const table = (req.params as Record<string, string>)[0] as CsvTable;
    if (!CSV_TABLES.includes(table)) {
      refuse(res, 404, "NOT_FOUND", `unknown table; one of ${CSV_TABLES.join(", ")}`);
      return;
    }
    const groupBy = (
      typeof req.query.groupBy === "string" ? req.query.groupBy.toLowerCase() : "council"
    ) as SpendingGroupBy;
    if (!GROUP_BYS.includes(groupBy)) {
      refuse(res, 400, "BAD_USER_INPUT", `groupBy must be one of ${GROUP_BYS.join(", ")}`);
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
