import { createHash } from 'node:crypto';

export interface GraphiqlPageOptions {
  /** Same-origin path of the GraphQL endpoint, e.g. `/graphql`. */
  graphqlPath: string;
  stylesheetUrl: string;
  /** React, ReactDOM and GraphiQL, in that order. */
  scriptUrls: readonly string[];
}

export interface GraphiqlPage {
  html: string;
  /** Allows exactly the page's own scripts and connections, so nothing can load from a CDN. */
  contentSecurityPolicy: string;
}

// Runs in the browser, so ES5-style and no build step.
function startupScript(graphqlPath: string): string {
  return `
(function () {
  var endpoint = new URL(${JSON.stringify(graphqlPath)}, window.location.href);
  var subscriptionEndpoint = new URL(endpoint.href);
  subscriptionEndpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

  var fetchGraphql = GraphiQL.createFetcher({
    url: endpoint.href,
    subscriptionUrl: subscriptionEndpoint.href,
    enableIncrementalDelivery: false,
  });

  // The default headers hold "Bearer " with no token yet; sending that would be refused.
  function withoutEmptyAuthorization(headers) {
    var result = {};
    Object.keys(headers || {}).forEach(function (name) {
      var value = String(headers[name]).trim();
      var isEmptyAuthorization = name.toLowerCase() === 'authorization' && /^(bearer)?$/i.test(value);
      if (!isEmptyAuthorization) result[name] = headers[name];
    });
    return result;
  }

  function fetcher(graphqlParameters, options) {
    return fetchGraphql(
      graphqlParameters,
      Object.assign({}, options, { headers: withoutEmptyAuthorization(options && options.headers) }),
    );
  }

  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      isHeadersEditorEnabled: true,
      defaultHeaders: JSON.stringify({ Authorization: 'Bearer ' }, null, 2),
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: 'headers',
    }),
  );
})();
`;
}

export function renderGraphiqlPage({ graphqlPath, stylesheetUrl, scriptUrls }: GraphiqlPageOptions): GraphiqlPage {
  const script = startupScript(graphqlPath);
  const scriptHash = createHash('sha256').update(script).digest('base64');
  const scriptTags = scriptUrls.map((url) => `<script src="${url}"></script>`).join('\n    ');

  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>grozd-match · GraphiQL</title>
    <link rel="stylesheet" href="${stylesheetUrl}" />
    <style>
      body { margin: 0; height: 100vh; overflow: hidden; }
      #graphiql { height: 100vh; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    ${scriptTags}
    <script>${script}</script>
  </body>
</html>
`;

  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src 'self' 'sha256-${scriptHash}'`,
    // GraphiQL and CodeMirror set inline styles; the fonts are data: URLs in graphiql.min.css.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');

  return { html, contentSecurityPolicy };
}
