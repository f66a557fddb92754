/**
 * A dependency-free query console served locally (the Apollo landing page loads from a CDN, which
 * offline users and closed networks can't reach). Analysts with a GraphQL IDE can point it at /graphql.
 */
export function graphiqlPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Coproduce GraphQL console</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#0b0c0c;background:#f3f2f1}
header{background:#12436D;color:#fff;padding:.75rem 1rem}header a{color:#fff}
main{display:grid;grid-template-columns:1fr 1fr;gap:1rem;padding:1rem}
label{font-weight:600;display:block;margin:.25rem 0}
textarea,pre{width:100%;box-sizing:border-box;font:13px/1.4 ui-monospace,monospace;border:1px solid #505a5f;background:#fff;padding:.5rem}
textarea{height:55vh}pre{height:70vh;overflow:auto;margin:0}
button{background:#12436D;color:#fff;border:0;padding:.5rem 1rem;font-size:1rem;cursor:pointer;margin-top:.5rem}
button:focus{outline:3px solid #F46A25}
@media(max-width:700px){main{grid-template-columns:1fr}}
</style></head><body>
<header><strong>Coproduce GraphQL console</strong> · <a href="/">Dashboard</a> · the schema is introspectable; see the README's "For analysts".</header>
<main><section><label for="q">Query</label><textarea id="q">{
  councils(first: 10) {
    totalCount
    nodes { slug name population areas { name kind } }
  }
  rounds(first: 5, filterBy: { council: "lambeth" }) {
    nodes { slug title phase pot { formatted } awarded { formatted } }
    pageInfo { hasNextPage endCursor }
  }
}</textarea>
<label for="v">Variables (JSON)</label><textarea id="v" style="height:8vh">{}</textarea>
<button id="run" type="button">Run (Ctrl+Enter)</button></section>
<section><label for="out">Result</label><pre id="out" tabindex="0" aria-live="polite"></pre></section></main>
<script>
const run = async () => {
  const out = document.getElementById('out');
  let variables = {};
  try { variables = JSON.parse(document.getElementById('v').value || '{}'); } catch (e) { out.textContent = 'Variables are not valid JSON'; return; }
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document.getElementById('q').value, variables }) });
  out.textContent = JSON.stringify(await res.json(), null, 2);
};
document.getElementById('run').addEventListener('click', run);
document.addEventListener('keydown', (e) => { if (e.ctrlKey && e.key === 'Enter') run(); });
</script></body></html>`;
}
