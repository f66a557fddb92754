import { slugify } from "@coproduce/domain";
import { defineCommand } from "../command/define-command.js";
import { permission } from "../command/permissions.js";
import { UserErrorCode, UserErrorException } from "../command/user-error.js";
import { Provider } from "./provider.entity.js";

export interface ProviderValues {
  name: string;
  kind: string;
  identifierScheme?: string | null;
  identifier?: string | null;
  website?: string | null;
}

/** Organisations are shared between councils: any council's officer may register one. */
const anyOfficer = permission(
  "officers of any council, and administrators",
  true,
  (actor) => actor.kind === "officer" || actor.kind === "administrator",
);

/**
 * Registers an organisation that bids for services. One registration per identifier (scheme + id),
 * e.g. GB-CHC 1100123; audited under the officer's council.
 */
export const providerCreate = defineCommand({
  name: "providerCreate",
  who: anyOfficer,
  load: async (tx, _input: ProviderValues) => ({ councilKey: tx.actor.councilKey ?? null }),
  async run(tx, fields) {
    const manager = tx.manager;
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
    const base = slugify(fields.name, "provider");
    let slug = base;
    for (let n = 2; await manager.existsBy(Provider, { slug }); n++) slug = `${base}-${n}`;
    return manager.save(
      Object.assign(new Provider(), {
        slug,
        name: fields.name.trim(),
        kind: fields.kind,
        identifierScheme: scheme,
        identifier,
        website: fields.website ?? null,
      }),
    );
  },
  audit: (provider) => ({
    entityType: "Provider",
    entityId: provider.key,
    after: {
      name: provider.name,
      kind: provider.kind,
      identifierScheme: provider.identifierScheme,
      identifier: provider.identifier,
    },
  }),
});
