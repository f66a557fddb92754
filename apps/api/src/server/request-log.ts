import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import { logger } from "./logger.js";
import { metrics } from "./metrics.js";
import type { GraphQLContext } from "../graphql/context.js";

/** What a GraphQL request adds to its log line: nothing the client typed beyond the operation's name. */
export interface GraphQLLogFields {
  operationName?: string | null;
  operationType?: string;
  errorCodes?: string[];
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The route label of a path: a fixed set, so metrics never grow a label per URL. */
export function routeOf(path: string): string {
  if (path === "/graphql") return "/graphql";
  if (path === "/healthz" || path === "/metrics") return path;
  if (path.startsWith("/exports/")) return "/exports";
  if (/\.[a-z0-9]+$/i.test(path)) return "static";
  return "page";
}

/**
 * One id per request — the caller's `X-Request-Id` when it is a plain token, else a new UUID —
 * echoed in the `X-Request-Id` response header and on the request's log line, which is written
 * when the response ends: method, path (no query string), route, status, duration, bytes, and for
 * GraphQL the operation's type, name and error codes. Also counts the request in the metrics.
 */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const header = req.get("x-request-id");
  const id = header && REQUEST_ID.test(header) ? header : randomUUID();
  const started = process.hrtime.bigint();
  const path = req.path; // before a mounted router strips its prefix
  const graphql: GraphQLLogFields = {};
  res.locals.requestId = id;
  res.locals.graphql = graphql;
  res.setHeader("x-request-id", id);
  res.on("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeOf(path);
    metrics.requests.inc({ route, method: req.method, status: String(res.statusCode) });
    metrics.latency.observe({ route, method: req.method }, seconds);
    logger.info(
      {
        reqId: id,
        method: req.method,
        path: path.slice(0, 200),
        route,
        status: res.statusCode,
        ms: Math.round(seconds * 10_000) / 10,
        bytes: Number(res.getHeader("content-length") ?? 0) || undefined,
        ...(route === "/graphql" ? { graphql } : {}),
      },
      "request",
    );
  });
  next();
}

/** Fills the request's GraphQL log fields (the context carries them from the HTTP layer). */
export function requestLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const fields = contextValue.requestLog;
      if (!fields) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          fields.operationType = operation?.operation;
          // The name the client gave its operation, kept only when it is a plain identifier.
          fields.operationName = operationName && /^\w{1,100}$/.test(operationName) ? operationName : null;
          return Promise.resolve();
        },
        async willSendResponse({ response }) {
          if (response.body.kind === "single" && response.body.singleResult.errors?.length) {
            fields.errorCodes = [
              ...new Set(
                response.body.singleResult.errors.map((e) =>
                  typeof e.extensions?.code === "string" ? e.extensions.code : "UNKNOWN",
                ),
              ),
            ];
          }
          return Promise.resolve();
        },
      };
    },
  };
}
