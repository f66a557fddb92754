import { defineFeature } from "../feature.js";
import { UserAccount } from "./user.entity.js";
import { AuthToken } from "./auth-token.entity.js";
import { AuthResolver } from "./auth.resolver.js";
import { analystKeyCreate, logout, officerLogin, panelJoin, userAccountCreate } from "./auth.commands.js";

/** Accounts and sign-in: officers, administrators, analyst keys, panel members' invitation codes. */
export const authFeature = defineFeature({
  name: "auth",
  entities: [UserAccount, AuthToken],
  resolvers: [AuthResolver],
  commands: [officerLogin, logout, panelJoin, analystKeyCreate, userAccountCreate],
});
