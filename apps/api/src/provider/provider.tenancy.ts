import type { TenancyCase } from "../test/tenancy-matrix.js";

/** Tenancy cases of the provider feature: none (organisations are shared; see the exemption). */
export const tenancyCases: TenancyCase[] = [];

/** Mutations that act on no council's data, with the reason. */
export const tenancyExempt: Record<string, string> = {
  providerCreate:
    "organisations are shared by all councils: any officer may register one (analysts and panel members are refused; provider spec)",
};
