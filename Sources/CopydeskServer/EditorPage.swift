import Hummingbird

/// `GET /`: a page for editors without a CMS plug-in. Paste an article (or pick a file, read in the browser), and
/// the form posts it to `/v1/check?format=html`, which answers with the article's report page. Static: nothing the
/// user sent is ever written into it. Its style and script are files of this server; nothing else may load.
enum EditorPage {
    /// In the page's meta tag; the header adds `frame-ancestors`, which only a header can carry.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'none'; "
        + "base-uri 'none'; form-action 'self'"

    static func response(tokenRequired: Bool) -> Response {
        Responses.page(html(tokenRequired: tokenRequired), csp: contentSecurityPolicy + "; frame-ancestors 'none'")
    }

    static func html(tokenRequired: Bool) -> String {
        let token = tokenRequired ? """
                <p class="field"><label for="token">Access token</label>
                <input id="token" name="token" type="password" autocomplete="current-password" required></p>

            """ : ""
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
            <title>Copydesk: check an article</title>
            <link rel="stylesheet" href="/editor.css">
            <script src="/editor.js" defer></script>
            </head>
            <body>
            <main>
            <h1>Check an article</h1>
            <p>Paste the article, or choose its file, and press <strong>Check</strong>: the report shows spelling,
            readability and where a content warning should go, and whether the article is ready to publish.
            The text is checked on this server and not kept.</p>
            <form method="post" action="/v1/check?format=html" enctype="application/x-www-form-urlencoded">
            <p class="field"><label for="file">Article file (Markdown, HTML or text)</label>
            <input id="file" type="file" accept=".md,.markdown,.html,.htm,.txt,text/plain,text/markdown,text/html"
             aria-describedby="file-help">
            <span id="file-help" class="help">Reading a file needs JavaScript; pasting works without it.</span></p>
            <p class="field"><label for="text">Article text</label>
            <textarea id="text" name="text" rows="18" required spellcheck="false"></textarea></p>
            <div class="row">
            <p class="field"><label for="syntax">Written in</label>
            <select id="syntax" name="syntax">
            <option value="markdown" selected>Markdown</option>
            <option value="html">HTML</option>
            <option value="text">Plain text</option>
            </select></p>
            <p class="field"><label for="path">File name for the report (optional)</label>
            <input id="path" name="path" type="text" placeholder="story.md" maxlength="1024"></p>
            </div>
            \(token)<p><button type="submit">Check</button></p>
            </form>
            </main>
            </body>
            </html>

            """
    }

    static let css = """
        :root { color-scheme: light dark; --fg: #1a1a1a; --bg: #fdfdfb; --accent: #0b5394; --line: #6b6b6b; }
        @media (prefers-color-scheme: dark) { :root { --fg: #ececec; --bg: #161616; --accent: #8ab8ff; --line: #9a9a9a; } }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1.0625rem/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.75rem; margin: 0.5rem 0 1rem; }
        .field { display: flex; flex-direction: column; gap: 0.25rem; margin: 0 0 1rem; }
        .row { display: flex; flex-wrap: wrap; gap: 0 1rem; }
        .row .field { flex: 1 1 14rem; }
        label { font-weight: 600; }
        .help { font-size: 0.9375rem; }
        textarea, input, select { font: inherit; color: inherit; background: transparent; border: 1px solid var(--line);
          border-radius: 4px; padding: 0.5rem; width: 100%; max-width: 100%; }
        textarea { font-family: ui-monospace, monospace; font-size: 0.9375rem; }
        button { font: inherit; font-weight: 600; padding: 0.6rem 1.4rem; border: 0; border-radius: 4px;
          background: var(--accent); color: var(--bg); cursor: pointer; }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }

        """

    /// Reads a chosen file into the text box and picks its syntax and name; nothing leaves the page but the form.
    static let js = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          var file = document.getElementById("file");
          file.addEventListener("change", function () {
            var chosen = file.files && file.files[0];
            if (!chosen) { return; }
            var reader = new FileReader();
            reader.onload = function () {
              document.getElementById("text").value = String(reader.result);
              document.getElementById("path").value = chosen.name;
              var ext = chosen.name.split(".").pop().toLowerCase();
              var syntax = { md: "markdown", markdown: "markdown", html: "html", htm: "html", txt: "text" }[ext];
              if (syntax) { document.getElementById("syntax").value = syntax; }
            };
            reader.readAsText(chosen);
          });
        });

        """
}
