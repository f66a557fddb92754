import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { hashToken } from "../auth/token.js";

/**
 * Resident voter tokens for participatory-budgeting rounds (printed on poll cards or sent by the
 * council): `<roundKey>.<nonce>.<signature>`, an HMAC-SHA256 of the round and nonce under the
 * server secret `VOTER_TOKEN_SECRET`. Stateless: any replica can check a token, and nothing about
 * who received which token is stored. The ballot_participation row keeps only the token's hash.
 * Without the secret configured, resident voting is off.
 */
function secret(): string | null {
  const s = process.env.VOTER_TOKEN_SECRET;
  return s && s.length >= 16 ? s : null;
}

function sign(key: string, payload: string): string {
  return createHmac("sha256", key).update(payload, "utf8").digest("base64url");
}

export function voterTokensEnabled(): boolean {
  return secret() !== null;
}

export function issueVoterToken(roundKey: number): string {
  const key = secret();
  if (!key) throw new Error("VOTER_TOKEN_SECRET is not configured");
  const payload = `${roundKey}.${randomBytes(12).toString("base64url")}`;
  return `${payload}.${sign(key, payload)}`;
}

/** The voter reference for a valid token of `roundKey`, or null. */
export function voterRefOfToken(roundKey: number, token: string): string | null {
  const key = secret();
  if (!key) return null;
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== String(roundKey)) return null;
  const expected = Buffer.from(sign(key, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2] ?? "");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return `token:${hashToken(token)}`;
}
