import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { getToken } from "../lib/session";

/**
 * One urql client for the app. POST only: Apollo Server's CSRF protection rejects urql's default
 * GET queries (STACK.md). The officer's token, when logged in, goes in the Authorization header.
 */
export function createGraphqlClient(url = "/graphql"): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => {
      const token = getToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
  });
}
