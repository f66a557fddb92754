import type { DataSource } from "typeorm";
import { Loaders } from "./loaders.js";

/** Who is asking. Anonymous residents read public data; officers act within their council. */
export interface Viewer {
  kind: "anonymous" | "officer" | "analyst" | "administrator" | "panel_member";
  userKey?: number;
  councilKey?: number | null;
  memberKey?: number;
  roundKey?: number;
  /** The bearer token this request was authenticated with (so `logout` can revoke it). */
  tokenKey?: number;
}

export interface GraphQLContext {
  dataSource: DataSource;
  loaders: Loaders;
  viewer: Viewer;
}

export function createContext(dataSource: DataSource, viewer: Viewer = { kind: "anonymous" }): GraphQLContext {
  return { dataSource, loaders: new Loaders(dataSource), viewer };
}
