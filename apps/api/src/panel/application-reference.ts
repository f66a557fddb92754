import { randomBytes } from "node:crypto";
import {
  APPLICATION_REFERENCE_RANDOM_BYTES,
  applicationReference,
  normaliseApplicationReference,
} from "@coproduce/domain";
import { hashToken } from "../auth/token.js";

/**
 * An applicant's reference code (`AP-XXXX-XXXX-XXXX`, 60 random bits from a secure source), shown
 * once when they apply; only {@link hashApplicationReference} of it is stored, like voter tokens.
 */
export function generateApplicationReference(): string {
  return applicationReference(randomBytes(APPLICATION_REFERENCE_RANDOM_BYTES));
}

/** The stored hash of a reference as typed (null when it cannot be a reference). */
export function hashApplicationReference(typed: string): string | null {
  const normal = normaliseApplicationReference(typed);
  return normal === null ? null : hashToken(`application:${normal}`);
}
