import { defineFeature } from "../feature.js";
import { CompensationEntry } from "./compensation-entry.entity.js";
import { Payment } from "./payment.entity.js";
import { CompensationResolver } from "./compensation.resolver.js";
import { compensationRateSet, paymentRecord } from "./compensation.commands.js";

/** Paying the panel: owed amounts from attendance, and payments. */
export const compensationFeature = defineFeature({
  name: "compensation",
  entities: [CompensationEntry, Payment],
  resolvers: [CompensationResolver],
  commands: [compensationRateSet, paymentRecord],
});
