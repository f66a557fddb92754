import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAtColumn, InstantColumn } from "../db/columns.js";

/**
 * An account's sign-in state, beside the account (one row per account that ever failed a sign-in or
 * enrolled a second factor): consecutive failures and the lockout they caused, and the TOTP secret.
 */
@Entity("account_security")
export class AccountSecurity {
  @PrimaryColumn({ type: "integer" })
  userKey: number;

  /** Consecutive failed sign-ins since the last success, lockout or unlock. */
  @Column({ type: "integer", default: 0 })
  failedLogins: number;

  /** Signing in is refused (ACCOUNT_LOCKED) until then, or until an unlock. */
  @InstantColumn({ nullable: true })
  lockedUntil: Date | null;

  /** The TOTP secret (base32), from enrolment; in use once `totpEnabledAt` is set. */
  @Column({ type: "varchar", length: 120, nullable: true })
  totpSecret: string | null;

  @InstantColumn({ nullable: true })
  totpEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code is never accepted twice. */
  @Column({ type: "integer", nullable: true })
  totpLastStep: number | null;
}

/** A single-use recovery code for two-factor sign-in; only its SHA-256 hash is stored. */
@Entity("recovery_code")
export class RecoveryCode {
  @PrimaryGeneratedColumn()
  key: number;

  @Index()
  @Column({ type: "integer" })
  userKey: number;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 128 })
  codeHash: string;

  @InstantColumn({ nullable: true })
  usedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * Who must sign in with a second factor: `instance` (every officer and administrator) or
 * `council:<key>` (that council's officers). Set by administrators (`twoFactorRequire`).
 */
@Entity("two_factor_requirement")
export class TwoFactorRequirement {
  @PrimaryColumn({ type: "varchar", length: 60 })
  scope: string;

  @InstantColumn()
  requiredSince: Date;

  /** The actor who required it (audit-log form: `user:<key>`, `cli:…`). */
  @Column({ type: "varchar", length: 60 })
  requiredBy: string;
}
