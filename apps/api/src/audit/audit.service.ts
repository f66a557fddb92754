import type { EntityManager } from "typeorm";
import { AuditLogEntry } from "./audit-log.entity.js";
import type { Viewer } from "../auth/actor.js";
import { actorOf } from "../auth/actor.js";

export interface AuditInput {
  councilKey: number | null;
  roundKey?: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Every mutation writes one audit entry in the same transaction as its change (who, what, when, before/after ids). */
export async function recordAudit(manager: EntityManager, viewer: Viewer, input: AuditInput): Promise<void> {
  const entry = Object.assign(new AuditLogEntry(), {
    councilKey: input.councilKey,
    roundKey: input.roundKey ?? null,
    actor: actorOf(viewer),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
    before: input.before ?? null,
    after: input.after ?? null,
  });
  await manager.save(entry);
}
