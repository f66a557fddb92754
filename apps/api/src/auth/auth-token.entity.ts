import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CodeColumn, CreatedAtColumn, InstantColumn } from "../db/columns.js";

/**
 * A bearer token (login session or analyst API key). Only a SHA-256 hash of the token is stored;
 * tokens expire. The server keeps no state of its own: any replica can check any token.
 */
@Entity("auth_token")
export class AuthToken {
  @PrimaryGeneratedColumn()
  key: number;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 128 })
  tokenHash: string;

  /** session | api_key | panel */
  @CodeColumn()
  kind: string;

  @Index()
  @Column({ type: "integer", nullable: true })
  userKey: number | null;

  @Index()
  @Column({ type: "integer", nullable: true })
  memberKey: number | null;

  @InstantColumn()
  expiresAt: Date;

  @CreatedAtColumn()
  createdAt: Date;
}
