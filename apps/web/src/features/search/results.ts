/**
 * Search results as the page lists them: what each is, where it links, and one line of context.
 * Pure (the page renders it; results.spec.ts checks it).
 */
import { langAttr, roundText } from "../../i18n";

/** A round's title as search gives it: the original, its language and its translations (Welsh readers see theirs). */
type SearchedRound = {
  title: string;
  textLang?: string | null;
  translations?: readonly { lang: string; title?: string | null }[] | null;
};
export type ResultKind = "COUNCIL" | "ROUND" | "PB_PROJECT" | "BID" | "PROVIDER";

export type SearchNode =
  | { __typename: "Council"; id: string; slug: string; name: string; region?: string | null }
  | ({ __typename: "Round"; id: string; slug: string; year: number; council: { name: string } } & SearchedRound)
  | {
      __typename: "Bid";
      id: string;
      title: string;
      /** projectLang: the language the round's projects are written in (Polish for the Pabulib rounds). */
      round: { slug: string; projectLang?: string | null; council: { name: string } } & SearchedRound;
      provider?: { id: string; name: string } | null;
    }
  | {
      __typename: "Provider";
      id: string;
      name: string;
      kind: string;
      identifierScheme?: string | null;
      identifier?: string | null;
    };

export interface ResultItem {
  readonly key: string;
  readonly kind: ResultKind;
  /** Message key of the kind's label (search.kind.*). */
  readonly kindLabel: string;
  readonly title: string;
  /** The `lang` attribute the title needs on the page (a round's untranslated title on a Welsh page). */
  readonly titleLang?: string | undefined;
  readonly href: string;
  /** Words of context: the council, the round, the identifier. */
  readonly context: string;
}

/** A round's title for a reader of `locale`: its translation when there is one, else the original. */
function titleOf(round: SearchedRound, locale: string) {
  return roundText(
    { ...round, textLang: round.textLang ?? "en", translations: round.translations ?? [] },
    "title",
    locale,
  );
}

/** One result as the page lists it; round titles in the reader's language (`locale`) when translated. */
export function toResultItem(kind: ResultKind, node: SearchNode, locale = "en"): ResultItem {
  const kindLabel = `search.kind.${kind.toLowerCase()}`;
  switch (node.__typename) {
    case "Council":
      return {
        key: node.id,
        kind,
        kindLabel,
        title: node.name,
        href: `/councils/${node.slug}`,
        context: node.region ?? "",
      };
    case "Round": {
      const title = titleOf(node, locale);
      return {
        key: node.id,
        kind,
        kindLabel,
        title: title.text,
        titleLang: title.attr,
        href: `/rounds/${node.slug}`,
        context: `${node.council.name} · ${node.year}`,
      };
    }
    case "Bid":
      return {
        key: node.id,
        kind,
        kindLabel,
        title: node.title,
        titleLang: langAttr(node.round.projectLang ?? node.round.textLang, locale),
        href: `/rounds/${node.round.slug}#bids`,
        context: [node.provider?.name, titleOf(node.round, locale).text, node.round.council.name]
          .filter(Boolean)
          .join(" · "),
      };
    case "Provider":
      return {
        key: node.id,
        kind,
        kindLabel,
        title: node.name,
        href: `/providers/${node.id}`,
        context: node.identifierScheme && node.identifier ? `${node.identifierScheme}-${node.identifier}` : "",
      };
  }
}

/** The words the API corrected ("yuoth" → youth), for "Showing results for …". */
export function corrections(terms: readonly { typed: string; matched: readonly string[]; corrected: boolean }[]): {
  typed: string;
  matched: string;
}[] {
  return terms.filter((t) => t.corrected).map((t) => ({ typed: t.typed, matched: t.matched.join(" / ") }));
}
