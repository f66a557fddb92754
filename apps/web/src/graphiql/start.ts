/**
 * What the analyst's console opens with. A link can carry the query, its variables and request headers in
 * its fragment (`/graphql#q=…&variables=…&headers=…`): a fragment never reaches the server, so a token in
 * it is not logged, and `?query=` stays a GraphQL GET request. Without one the console shows a first
 * query over the public data.
 */
export interface ConsoleStart {
  query: string;
  variables?: string;
  headers?: string;
}

/** The first query, under a comment line (the page's hint, in the reader's words: app.consoleHint). */
export function firstQuery(hint: string): string {
  const lines: string[] = [];
  for (const word of hint.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + word.length < 72) lines[last] += ` ${word}`;
    else lines.push(`# ${word}`);
  }
  return `${lines.join("\n")}
{
  councils(first: 10) {
    totalCount
    nodes { slug name population }
  }
  rounds(first: 5, filterBy: { council: "lambeth" }) {
    nodes { slug title phase pot { amountMinor currency } }
  }
}
`;
}

export function consoleStart(fragment: string, hint: string): ConsoleStart {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const query = params.get("q");
  const variables = params.get("variables") ?? undefined;
  const headers = params.get("headers") ?? undefined;
  return { query: query ?? firstQuery(hint), ...(variables ? { variables } : {}), ...(headers ? { headers } : {}) };
}
