import { useMutation } from "@urql/vue";
import { graphql } from "../graphql/generated";
import { getToken, signOut } from "./session";

export const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      revoked
    }
  }
`);

/**
 * Signing out revokes the token on the server (`logout`), then forgets it here: a copied token must
 * stop working the moment its owner signs out, not when it expires. The browser forgets it even when
 * the server cannot be reached (the token then lapses at its expiry).
 */
export function useSignOut(): () => Promise<void> {
  const logout = useMutation(LogoutDocument);
  return async () => {
    try {
      if (getToken()) await logout.executeMutation({}, { requestPolicy: "network-only" });
    } finally {
      signOut();
    }
  };
}
