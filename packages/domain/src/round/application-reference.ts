/**
 * Application reference codes (what an applicant to a round's panel keeps to check their
 * application): "AP-" and twelve characters of Crockford's base-32 alphabet (no I, L, O or U, so
 * nothing is misread), in three groups of four: 60 random bits, e.g. `AP-7K3M-Q9XD-2HWB`. The API
 * stores only a hash of the code; with the lookups throttled per address, guessing one is hopeless.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const APPLICATION_REFERENCE_RANDOM_BYTES = 8;
const CHARS = 12;

/** The reference code for eight random bytes (the API draws them from a secure source; 60 bits are used). */
export function applicationReference(random: Uint8Array): string {
  if (random.length < APPLICATION_REFERENCE_RANDOM_BYTES)
    throw new Error(`A reference needs ${APPLICATION_REFERENCE_RANDOM_BYTES} random bytes`);
  let bits = 0n;
  for (let i = 0; i < APPLICATION_REFERENCE_RANDOM_BYTES; i++) bits = (bits << 8n) | BigInt(random[i]!);
  let code = "";
  for (let i = 0; i < CHARS; i++) {
    code = ALPHABET[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return `AP-${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * A reference as typed by a person, in its canonical form: any case, spaces or dashes, the easily
 * confused letters read as Crockford does (O → 0, I and L → 1), the "AP" prefix optional. Null
 * when it cannot be a reference (the API then answers "not found" without looking).
 */
export function normaliseApplicationReference(typed: string): string | null {
  let text = typed.toUpperCase().replace(/[\s-]+/g, "");
  if (text.startsWith("AP") && text.length === CHARS + 2) text = text.slice(2);
  text = text.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!new RegExp(`^[0-9A-HJKMNP-TV-Z]{${CHARS}}$`).test(text)) return null;
  return `AP-${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
}
