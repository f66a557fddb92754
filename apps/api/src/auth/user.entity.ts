import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { CodeColumn, CreatedAtColumn, InstantColumn, ForeignKey } from "../db/columns.js";
import { Council } from "../council/council.entity.js";

/**
 * An account: a council officer (scoped to one council), an analyst (read-only API key with higher
 * limits) or an administrator. Passwords are stored only as a memory-hard KDF hash (scrypt).
 * Panel members have no account: they join a round with a single-use invitation code.
 */
@Entity("user_account")
export class UserAccount {
  @PrimaryGeneratedColumn()
  key: number;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 200 })
  email: string;

  @Column({ type: "varchar", length: 200 })
  displayName: string;

  @Column({ type: "varchar", length: 300 })
  passwordHash: string;

  /** officer | analyst | administrator */
  @CodeColumn()
  role: string;

  @ForeignKey(() => Council, "council", { onDelete: "CASCADE", nullable: true })
  councilKey: number | null;
  council?: Relation<Council> | null;

  @InstantColumn({ nullable: true })
  disabledAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
