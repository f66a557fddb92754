import type { GraphQLContext } from "../graphql/context.js";
import { requireSignedIn, forbidden } from "../common/authorize.js";
import { runCommand, type CommandResult } from "../common/command.js";
import { UserErrorCode, UserErrorException } from "../common/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { Provider } from "./provider.entity.js";

export interface ProviderFields {
  name: string;
  kind: string;
  identifierScheme?: string | null;
  identifier?: string | null;
  website?: string | null;
}

export function slugify(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 100) || "provider"
  );
}

/**
 * Registers an organisation (officers of any council, administrators). Organisations are shared
 * between councils; one registration per identifier (scheme + id), e.g. GB-CHC 1100123.
 */
export function createProvider(ctx: GraphQLContext, fields: ProviderFields): Promise<CommandResult<Provider>> {
  return runCommand(ctx, async (manager) => {
    requireSignedIn(ctx.viewer);
    if (ctx.viewer.kind !== "officer" && ctx.viewer.kind !== "administrator") throw forbidden();
    const scheme = fields.identifierScheme ?? null;
    const identifier = fields.identifier?.trim() || null;
    if ((scheme === null) !== (identifier === null)) {
      throw UserErrorException.of(
        UserErrorCode.REQUIRED,
        "Give both the identifier scheme and the identifier, or neither.",
        ["input", scheme === null ? "identifierScheme" : "identifier"],
      );
    }
    if (scheme !== null && identifier !== null) {
      const existing = await manager.findOneBy(Provider, { identifierScheme: scheme, identifier });
      if (existing)
        throw UserErrorException.of(
          UserErrorCode.DUPLICATE,
          `${existing.name} is already registered as ${scheme}-${identifier}.`,
          ["input", "identifier"],
        );
    }
    const base = slugify(fields.name);
    let slug = base;
    for (let n = 2; await manager.existsBy(Provider, { slug }); n++) slug = `${base}-${n}`;
    const provider = await manager.save(
      Object.assign(new Provider(), {
        slug,
        name: fields.name.trim(),
        kind: fields.kind,
        identifierScheme: scheme,
        identifier,
        website: fields.website ?? null,
      }),
    );
    await recordAudit(manager, ctx.viewer, {
      councilKey: ctx.viewer.councilKey ?? null,
      action: "provider.create",
      entityType: "Provider",
      entityId: provider.key,
      after: { name: provider.name, kind: provider.kind, identifierScheme: scheme, identifier },
    });
    return provider;
  });
}
