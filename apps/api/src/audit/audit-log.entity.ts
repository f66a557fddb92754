import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAtColumn, JsonColumn } from "../db/columns.js";

/** Every mutation writes one entry: who, what, when, and the ids before/after. Readable by that council's officers. */
@Entity("audit_log")
@Index(["councilKey", "createdAt"])
export class AuditLogEntry {
  @PrimaryGeneratedColumn()
  key: number;

  @Index()
  @Column({ type: "integer", nullable: true })
  councilKey: number | null;

  @Index()
  @Column({ type: "integer", nullable: true })
  roundKey: number | null;

  /** `user:<key>`, `member:<key>` or `system`. */
  @Column({ type: "varchar", length: 60 })
  actor: string;

  /** The mutation, e.g. `roundAdvancePhase`. */
  @Column({ type: "varchar", length: 80 })
  action: string;

  @Column({ type: "varchar", length: 60 })
  entityType: string;

  @Column({ type: "varchar", length: 60, nullable: true })
  entityId: string | null;

  @JsonColumn({ nullable: true })
  before: Record<string, unknown> | null;

  @JsonColumn({ nullable: true })
  after: Record<string, unknown> | null;

  @CreatedAtColumn()
  createdAt: Date;
}
