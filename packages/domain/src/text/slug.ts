/**
 * A URL-safe identifier from a title: lower-case ASCII letters and digits joined by single dashes,
 * accents dropped ("Łódź zieleń" → "odz-zielen"; letters with no ASCII base, like "ł", go), at most
 * 100 characters; `fallback` when nothing is left.
 */
export function slugify(text: string, fallback = "item"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
  return slug || fallback;
}
