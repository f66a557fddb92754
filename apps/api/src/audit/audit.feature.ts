import { defineFeature } from "../feature.js";
import { AuditLogEntry } from "./audit-log.entity.js";
import { AuditEntryResolver, AuditResolver } from "./audit.resolver.js";

/** The audit log every command writes to, readable by the council's officers. */
export const auditFeature = defineFeature({
  name: "audit",
  entities: [AuditLogEntry],
  resolvers: [AuditResolver, AuditEntryResolver],
});
