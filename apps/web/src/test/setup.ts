import { config } from "@vue/test-utils";
import { i18n } from "../i18n";
import cy from "../i18n/locales/cy.json";

// In the app Welsh is loaded on first use (loadLocale); specs switch to it synchronously.
i18n.global.setLocaleMessage("cy", cy as never);

// Every component under test speaks through vue-i18n, as in the app (English messages).
config.global.plugins = [i18n];
