/**
 * Global ids: opaque to clients (documented as such), they encode the type name and the key so
 * `node(id:)` can find any object. base64url("Round:42").
 */
export function toGlobalId(typeName: string, id: number | string): string {
  return Buffer.from(`${typeName}:${id}`, "utf8").toString("base64url");
}

export function fromGlobalId(globalId: string): { typeName: string; id: number } | null {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, "base64url").toString("utf8");
  } catch {
    return null;
  }
  const sep = decoded.indexOf(":");
  if (sep <= 0) return null;
  const id = Number(decoded.slice(sep + 1));
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return { typeName: decoded.slice(0, sep), id };
}
