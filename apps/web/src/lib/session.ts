import { ref } from "vue";

/** The officer's session token lives in sessionStorage (gone when the tab closes). */
const KEY = "coproduce.token";

function read(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export const sessionToken = ref<string | null>(read());

export function getToken(): string | null {
  return sessionToken.value;
}

export function setToken(token: string): void {
  sessionToken.value = token;
  try {
    globalThis.sessionStorage?.setItem(KEY, token);
  } catch {
    /* storage unavailable: keep the token in memory only */
  }
}

export function clearToken(): void {
  sessionToken.value = null;
  try {
    globalThis.sessionStorage?.removeItem(KEY);
  } catch {
    /* ignore */
  }
}

/** Who signed in (from the login payload), kept beside the token for the console's header. */
export interface SessionViewer {
  readonly role: string;
  readonly displayName: string | null;
  readonly councilSlug: string | null;
  readonly councilName: string | null;
}

const VIEWER_KEY = "coproduce.viewer";

function readViewer(): SessionViewer | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(VIEWER_KEY);
    return raw ? (JSON.parse(raw) as SessionViewer) : null;
  } catch {
    return null;
  }
}

export const sessionViewer = ref<SessionViewer | null>(read() ? readViewer() : null);

export function signIn(token: string, viewer: SessionViewer): void {
  setToken(token);
  sessionViewer.value = viewer;
  try {
    globalThis.sessionStorage?.setItem(VIEWER_KEY, JSON.stringify(viewer));
  } catch {
    /* memory only */
  }
}

export function signOut(): void {
  clearToken();
  sessionViewer.value = null;
  try {
    globalThis.sessionStorage?.removeItem(VIEWER_KEY);
  } catch {
    /* ignore */
  }
}
