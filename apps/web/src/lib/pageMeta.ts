import { watchEffect } from "vue";
import { t } from "../i18n";

/**
 * The document's title and description (and their Open Graph copies for link previews): what the
 * page shows, most specific first — "A service for young offenders… — Lambeth — Coproduce". The
 * router sets the route's generic title on every navigation; a page with data calls `usePageMeta`.
 * The server writes the same tags into the HTML it sends (apps/api server/page-meta.ts).
 */
export interface PageMeta {
  /** What the page shows, most specific first (e.g. [round title, council name]). */
  readonly title: string | readonly string[];
  readonly description?: string;
}

export function pageTitle(title: string | readonly string[]): string {
  const parts = (typeof title === "string" ? [title] : [...title]).filter((p) => p.trim() !== "");
  return [...parts, t("app.name")].join(" — ");
}

function setMeta(attribute: "name" | "property", key: string, content: string): void {
  let el = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (!el) {
    el = document.createElement("meta");
    el.setAttribute(attribute, key);
    document.head.appendChild(el);
  }
  el.content = content;
}

export function setPageMeta(meta: PageMeta): void {
  if (typeof document === "undefined") return;
  const title = pageTitle(meta.title);
  const description = meta.description ?? t("app.description");
  document.title = title;
  setMeta("name", "description", description);
  setMeta("property", "og:title", title);
  setMeta("property", "og:description", description);
  setMeta("property", "og:type", "website");
  setMeta("property", "og:site_name", t("app.name"));
  setMeta("property", "og:url", window.location.href);
}

/** Keeps the page's title and description in step with its data (null: leave the route's). */
export function usePageMeta(get: () => PageMeta | null): void {
  watchEffect(() => {
    const meta = get();
    if (meta) setPageMeta(meta);
  });
}
