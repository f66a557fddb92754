// The analyst's GraphQL console: GraphiQL (with its documentation explorer and history), built into the
// dashboard's own bundle so it works offline and on closed networks; the server sends this page for a
// browser's GET /graphql.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { consoleStart } from "./start";
import { consoleStorage } from "./storage";

const root = document.getElementById("graphiql");
// The hint is English from the messages (app.consoleHint), put into the page when it is built.
const start = consoleStart(window.location.hash, root?.dataset.hint ?? "");
if (root)
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher: createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).toString() }),
      defaultQuery: start.query,
      initialQuery: start.query,
      ...(start.variables ? { initialVariables: start.variables } : {}),
      ...(start.headers ? { initialHeaders: start.headers } : {}),
      defaultEditorToolsVisibility: start.headers ? "headers" : start.variables ? "variables" : false,
      // A token typed into Headers stays in this tab only, never in the browser's storage.
      shouldPersistHeaders: false,
      storage: consoleStorage(window.localStorage),
    }),
  );
