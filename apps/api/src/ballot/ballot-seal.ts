import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { StoredChoice } from "./ballot-rules.js";

/**
 * Sealed envelopes of the mixing pool (ADR 0008): AES-256-GCM under a key derived from the server
 * secret `BALLOT_SEAL_SECRET` (or, when it is not set, `VOTER_TOKEN_SECRET`). The secret is
 * configuration, never stored in the database, so a copy of the database cannot open a pending
 * envelope. Every replica must share the secret (like the voter-token secret). Without either
 * secret the envelope is only encoded (`p1.`), not encrypted, and the pool protects less: the
 * server warns at start-up (see `ballotSealConfigured`).
 */
export interface Envelope {
  /** hashToken(receipt): the ballot's public receipt hash. */
  receiptHash: string;
  choices: StoredChoice[];
  /** True when this envelope replaces the mixed ballot with the same receipt (a changed ballot). */
  replaces: boolean;
  /** The voter's answers the round records, frozen at voting time (absent: not recorded / kept from the replaced ballot). */
  ageBand?: string | null;
  sex?: string | null;
}

function sealKey(): Buffer | null {
  const secret = process.env.BALLOT_SEAL_SECRET || process.env.VOTER_TOKEN_SECRET;
  if (!secret || secret.length < 16) return null;
  return createHmac("sha256", secret).update("coproduce ballot seal v1").digest();
}

export function ballotSealConfigured(): boolean {
  return sealKey() !== null;
}

export function sealEnvelope(envelope: Envelope): string {
  const plain = Buffer.from(JSON.stringify(envelope), "utf8");
  const key = sealKey();
  if (!key) return `p1.${plain.toString("base64url")}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(
    ".",
  );
}

export function openEnvelope(sealed: string): Envelope {
  const [version, ...parts] = sealed.split(".");
  if (version === "p1") return JSON.parse(Buffer.from(parts[0] ?? "", "base64url").toString("utf8")) as Envelope;
  const key = sealKey();
  if (version !== "v1" || parts.length !== 3 || !key)
    throw new Error("A sealed ballot cannot be opened: BALLOT_SEAL_SECRET is missing or changed");
  const [iv, tag, body] = parts.map((p) => Buffer.from(p, "base64url")) as [Buffer, Buffer, Buffer];
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8")) as Envelope;
}
