import { defineFeature } from "../feature.js";
import { Provider } from "./provider.entity.js";
import { ProviderResolver } from "./provider.resolver.js";
import { providerCreate } from "./provider.commands.js";

/** Organisations that bid for services (shared between councils). */
export const providerFeature = defineFeature({
  name: "provider",
  entities: [Provider],
  resolvers: [ProviderResolver],
  nodeTypes: { Provider },
  commands: [providerCreate],
});
