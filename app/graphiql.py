"""GraphiQL served from the app's own assets (no CDN), fetched by `quantix assets` into app/static/graphiql/."""

from __future__ import annotations

import json
from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).parent / "static"
GRAPHIQL_DIR = STATIC_DIR / "graphiql"
REQUIRED_ASSETS = ("react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "graphiql.min.css")


def assets_present() -> bool:
    return all((GRAPHIQL_DIR / name).is_file() for name in REQUIRED_ASSETS)


def static_mount() -> Mount:
    STATIC_DIR.mkdir(parents=True, exist_ok=True)
    return Mount("/static", app=StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")


MISSING_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>QuantixOne GraphQL</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>GraphiQL is not installed yet</h1>
<p>The API at <code>/graphql</code> works; only the in-browser explorer is missing. Its files are fetched
from the npm registry (checked against <code>graphiql.lock.json</code>) by running:</p>
<pre>quantix assets</pre>
<p>then reload this page.</p></body></html>"""

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>QuantixOne GraphQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/graphiql/graphiql.min.css">
<style>html, body, #graphiql {{ height: 100%; margin: 0; }}</style></head>
<body><div id="graphiql">Loading GraphiQL...</div>
<script type="application/json" id="graphiql-config">{config}</script>
<script src="/static/graphiql/react.production.min.js"></script>
<script src="/static/graphiql/react-dom.production.min.js"></script>
<script src="/static/graphiql/graphiql.min.js"></script>
<script src="/graphiql/start.js"></script>
</body></html>"""

# Served from a path of its own so the page's Content-Security-Policy can forbid inline scripts.
START_JS = """(function () {
  var config = JSON.parse(document.getElementById("graphiql-config").textContent);
  var url = new URL("/graphql", window.location.href).toString();
  var fetcher = GraphiQL.createFetcher({ url: url, subscriptionUrl: url.replace(/^http/, "ws") });
  ReactDOM.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      defaultQuery: config.defaultQuery,
    }),
    document.getElementById("graphiql")
  );
})();
"""

DEFAULT_QUERY = """# Welcome to QuantixOne. Sign up or sign in, then put the token in the Headers tab:
#   {"Authorization": "Bearer <token>"}
query Me {
  me { id fullName email memberships { role organization { name slug } } }
}
"""


def graphiql_page(request: Request) -> HTMLResponse:
    if not assets_present():
        return HTMLResponse(MISSING_PAGE)
    config = json.dumps({"defaultQuery": DEFAULT_QUERY}).replace("<", "\\u003c")  # no `</script>` inside
    return HTMLResponse(PAGE.format(config=config))


async def graphiql_start(request: Request) -> Response:
    return Response(START_JS, media_type="text/javascript; charset=utf-8")


def graphiql_routes() -> list[BaseRoute]:
    return [Route("/graphiql/start.js", graphiql_start, methods=["GET"]), static_mount()]
