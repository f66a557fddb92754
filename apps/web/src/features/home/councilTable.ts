/**
 * Home's councils table: every council, with its rounds, awards and money awarded within the
 * page's filters (from the same spending query as the chart, so they reconcile). A council
 * with nothing in the filters still has its row, with zero rounds — never dropped.
 */
import { moneyList, t } from "../../i18n";

export interface CouncilInput {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly region?: string | null;
  readonly population?: number | null;
}
export interface SpendingRowInput {
  readonly key?: string | null;
  readonly roundCount: number;
  readonly awardCount: number;
  readonly awarded: readonly { readonly amountMinor: number; readonly currency: string }[];
}
export interface CouncilTableRow {
  readonly council: CouncilInput;
  readonly rounds: number;
  readonly awards: number;
  /** "£414,700", "zł 995,079", "£1,000 + B£500"; "none" when nothing was awarded. */
  readonly awarded: string;
}

export function councilTable(councils: readonly CouncilInput[], rows: readonly SpendingRowInput[]): CouncilTableRow[] {
  return councils.map((c) => {
    const r = rows.find((x) => x.key === c.id);
    return {
      council: c,
      rounds: r?.roundCount ?? 0,
      awards: r?.awardCount ?? 0,
      awarded: r && r.awarded.length ? moneyList(r.awarded) : t("home.none"),
    };
  });
}
