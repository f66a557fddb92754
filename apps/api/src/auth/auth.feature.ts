import { defineFeature } from "../feature.js";
import { UserAccount } from "./user.entity.js";
import { AuthToken } from "./auth-token.entity.js";
import { AuthResolver } from "./auth.resolver.js";
import { analystKeyCreate, logout, officerLogin, panelJoin, userAccountCreate } from "./auth.commands.js";
import { AccountSecurity, RecoveryCode, TwoFactorRequirement } from "./account-security.entity.js";
import { SecurityResolver } from "./security.resolver.js";
import {
  accountUnlock,
  twoFactorDisable,
  twoFactorEnrolConfirm,
  twoFactorEnrolStart,
  twoFactorRequire,
} from "./security.commands.js";

/** Accounts and sign-in: officers, administrators, analyst keys, panel members' invitation codes. */
export const authFeature = defineFeature({
  name: "auth",
  entities: [UserAccount, AuthToken, AccountSecurity, RecoveryCode, TwoFactorRequirement],
  resolvers: [AuthResolver, SecurityResolver],
  commands: [
    officerLogin,
    logout,
    panelJoin,
    analystKeyCreate,
    userAccountCreate,
    accountUnlock,
    twoFactorEnrolStart,
    twoFactorEnrolConfirm,
    twoFactorDisable,
    twoFactorRequire,
  ],
});
