/**
 * Kiosk mode of the booth: an officer opens a kiosk session (`kioskSessionStart`) and opens the
 * booth at its kiosk address on a supervised device. The token travels in the address's fragment,
 * which browsers never send to the server; the booth keeps it for the tab (sessionStorage) and
 * takes it out of the address bar.
 */

/** The booth's address, as printed on each voter-code slip. */
export function boothAddress(origin: string, slug: string): string {
  return `${origin}/rounds/${encodeURIComponent(slug)}/vote`;
}

/** The kiosk's address: the booth with the kiosk token in the fragment. */
export function kioskAddress(origin: string, slug: string, token: string): string {
  return `${boothAddress(origin, slug)}#kiosk=${encodeURIComponent(token)}`;
}

/** The kiosk token in a booth address's fragment (`#kiosk=…`), or null. */
export function kioskTokenFromHash(hash: string): string | null {
  const m = /(?:^#|&)kiosk=([^&]+)/.exec(hash);
  if (!m) return null;
  try {
    const token = decodeURIComponent(m[1]!);
    return token.length >= 10 && token.length <= 200 ? token : null;
  } catch {
    return null;
  }
}

/** Where a tab keeps its kiosk token, per round. */
export const kioskStorageKey = (slug: string): string => `coproduce.kiosk.${slug}`;

/** Seconds the done page of a kiosk stays up before the booth clears itself for the next voter. */
export const KIOSK_RESET_SECONDS = 90;
