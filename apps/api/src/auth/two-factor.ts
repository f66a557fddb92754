import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import { hashToken } from "./token.js";

/**
 * Two-factor sign-in (README, security): TOTP (RFC 6238: SHA-1, 6 digits, 30 s, as every
 * authenticator app expects) with otplib, and single-use recovery codes. A code is accepted one step
 * either side of now (clock drift) and never twice (the last accepted step is kept).
 */
export const TOTP_ISSUER = "Coproduce";
export const TOTP_TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** The time step of a valid code, or null (wrong, malformed, or not after `lastStep`). */
export async function acceptedTotpStep(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret, token, epochTolerance: TOTP_TOLERANCE_SECONDS });
  if (!result.valid) return null;
  const step = "timeStep" in result && typeof result.timeStep === "number" ? result.timeStep : null;
  if (step === null) return null;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** `xxxxx-xxxxx` from a 31-letter alphabet with no look-alikes (≈ 49 bits each). */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let code = "";
    for (const b of randomBytes(10)) code += ALPHABET[b % ALPHABET.length];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** Recovery codes compare case-insensitively, without spaces or dashes. */
export function hashRecoveryCode(code: string): string {
  return hashToken(`recovery:${code.toLowerCase().replace(/[\s-]/g, "")}`);
}

/** A TOTP code is six digits; anything else given as the second factor is taken as a recovery code. */
export function looksLikeTotp(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ""));
}
