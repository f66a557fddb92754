import { config } from "@vue/test-utils";
import { i18n } from "../i18n";

// Every component under test speaks through vue-i18n, as in the app (English messages).
config.global.plugins = [i18n];
