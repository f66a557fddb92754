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
