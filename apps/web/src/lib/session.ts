import { ref } from "vue";

/**
 * Who is signed in on this browser. An officer's session token lives in sessionStorage (gone when the
 * tab closes); a panel member's device session is remembered in localStorage, so closing the tab or
 * the browser does not sign them out for the rest of the round (they leave with "Leave this device").
 */
const KEY = "coproduce.token";
const VIEWER_KEY = "coproduce.viewer";
const DEVICE_KEY = "coproduce.device";

type StorageName = "sessionStorage" | "localStorage";

function store(name: StorageName): Storage | undefined {
  try {
    return globalThis[name] ?? undefined;
  } catch {
    return undefined;
  }
}

function readFrom(key: string): string | null {
  try {
    return store("sessionStorage")?.getItem(key) ?? store("localStorage")?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(name: StorageName, key: string, value: string): void {
  try {
    store(name)?.setItem(key, value);
  } catch {
    /* storage unavailable: keep it in memory only */
  }
}

function forget(key: string): void {
  for (const name of ["sessionStorage", "localStorage"] as const) {
    try {
      store(name)?.removeItem(key);
    } catch {
      /* ignore */
    }
  }
}

export const sessionToken = ref<string | null>(readFrom(KEY));

export function getToken(): string | null {
  return sessionToken.value;
}

/** Keeps the token for this tab, or (remember) on this device until signing out. */
export function setToken(token: string, remember = false): void {
  sessionToken.value = token;
  forget(KEY);
  write(remember ? "localStorage" : "sessionStorage", KEY, token);
}

export function clearToken(): void {
  sessionToken.value = null;
  forget(KEY);
}

/** Who signed in (from the login payload), kept beside the token for the console's header. */
export interface SessionViewer {
  readonly role: string;
  readonly displayName: string | null;
  readonly councilSlug: string | null;
  readonly councilName: string | null;
}

function readViewer(): SessionViewer | null {
  try {
    const raw = readFrom(VIEWER_KEY);
    return raw ? (JSON.parse(raw) as SessionViewer) : null;
  } catch {
    return null;
  }
}

export const sessionViewer = ref<SessionViewer | null>(readFrom(KEY) ? readViewer() : null);

export function signIn(token: string, viewer: SessionViewer, options: { remember?: boolean } = {}): void {
  const remember = options.remember ?? false;
  setToken(token, remember);
  sessionViewer.value = viewer;
  forget(VIEWER_KEY);
  write(remember ? "localStorage" : "sessionStorage", VIEWER_KEY, JSON.stringify(viewer));
}

export function signOut(): void {
  clearToken();
  sessionViewer.value = null;
  forget(VIEWER_KEY);
}

/**
 * This device's random id (kept in localStorage): sent with a panel member's invitation code, so the
 * same code typed again on the same device signs them in again. Not a secret on its own.
 */
export function deviceId(): string {
  const known = store("localStorage")?.getItem(DEVICE_KEY);
  if (known && /^[0-9a-f]{32}$/.test(known)) return known;
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  write("localStorage", DEVICE_KEY, id);
  return id;
}
