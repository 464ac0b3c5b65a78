/// The template of an article's page: summary, content warnings, annotated text, difficulty chart, findings.
enum ArticleTemplate {
    static let text = """
    {{> head}}
    <header>
    <p><a href="index.html">All articles</a></p>
    <h1>{{path}}</h1>
    <nav aria-label="Sections of this report">
    <ul>
    <li><a href="#summary">Summary</a></li>
    <li><a href="#warnings">Content warnings</a></li>
    <li><a href="#article">Annotated article</a></li>
    <li><a href="#difficulty">Difficulty by paragraph</a></li>
    <li><a href="#findings">Findings</a></li>
    </ul>
    </nav>
    </header>
    <main id="main" tabindex="-1">
    <section aria-labelledby="summary">
    <h2 id="summary">Summary</h2>
    {{#failure}}<p class="error">This file could not be checked: {{.}}</p>{{/failure}}
    <div class="panel">
    <p>Verdict against the publication's targets: <strong class="verdict v-{{verdict.id}}">{{verdict.name}}</strong></p>
    {{#verdict.hasReasons}}
    <ul>
    {{#verdict.reasons}}
    <li>{{.}}</li>
    {{/verdict.reasons}}
    </ul>
    {{/verdict.hasReasons}}
    </div>
    <dl class="facts">
    <div><dt>Reading time</dt><dd>{{readingTime}}</dd></div>
    <div><dt>Consensus grade</dt><dd>{{consensusGrade}}</dd></div>
    <div><dt>Target grade</dt><dd>{{targetGrade}}</dd></div>
    <div><dt>Words</dt><dd>{{words}}</dd></div>
    <div><dt>Sentences</dt><dd>{{sentences}}</dd></div>
    </dl>
    <h3 id="counts-heading">Findings by kind</h3>
    <table aria-labelledby="counts-heading">
    <thead><tr><th scope="col">Kind</th><th scope="col">Label in the text</th><th scope="col" class="num">Findings</th></tr></thead>
    <tbody>
    {{#kinds}}
    <tr><th scope="row"><span class="swatch sw-{{id}}" aria-hidden="true"></span> {{name}}</th><td><span class="tag">{{label}}</span></td><td class="num">{{count}}</td></tr>
    {{/kinds}}
    </tbody>
    <tfoot><tr><th scope="row">All</th><td>errors {{errorCount}}, warnings {{warningCount}}, suggestions {{suggestionCount}}</td><td class="num">{{total}}</td></tr></tfoot>
    </table>
    <h3 id="formulas-heading">Readability formulas</h3>
    <table aria-labelledby="formulas-heading">
    <thead><tr><th scope="col">Formula</th><th scope="col" class="num">Score</th><th scope="col">What it measures</th></tr></thead>
    <tbody>
    {{#formulas}}
    <tr><th scope="row">{{name}}</th><td class="num">{{value}}</td><td>{{explanation}}</td></tr>
    {{/formulas}}
    </tbody>
    </table>
    </section>
    <section aria-labelledby="warnings">
    <h2 id="warnings">Content warnings</h2>
    {{#cw}}
    {{^hasCategories}}<p>No sensitive passages were found.</p>{{/hasCategories}}
    {{#hasCategories}}
    <table aria-describedby="warnings">
    <thead><tr><th scope="col">Category</th><th scope="col">Level</th><th scope="col">Passages</th><th scope="col">Evidence</th></tr></thead>
    <tbody>
    {{#categories}}
    <tr><th scope="row">{{name}}</th><td>{{level}}</td><td>{{#passages}}<a href="#L{{start}}">{{label}}</a>{{#graphic}} (graphic){{/graphic}}{{#more}}, {{/more}}{{/passages}}</td><td>{{evidence}}</td></tr>
    {{/categories}}
    </tbody>
    </table>
    {{/hasCategories}}
    {{#suggestion}}
    <div class="panel">
    <p>Suggested wording: <q>{{text}}</q></p>
    <p>Place it before <a href="#cw-here">line {{line}}</a> ({{position}}). Markdown:</p>
    <pre><code>{{markdown}}</code></pre>
    </div>
    {{/suggestion}}
    {{#existing}}
    <p>The article already carries a warning{{#at}} at <a href="#L{{.}}">line {{.}}</a>{{/at}}{{#named}} naming {{.}}{{/named}}.</p>
    {{#hasProblems}}
    <ul>
    {{#problems}}
    <li>{{.}}</li>
    {{/problems}}
    </ul>
    {{/hasProblems}}
    {{/existing}}
    {{/cw}}
    </section>
    <section aria-labelledby="article">
    <h2 id="article">Annotated article</h2>
    <p>Every finding is marked in the text with its label; focus a mark (Tab) or point at it to read what is wrong. Escape hides the explanation.</p>
    <fieldset>
    <legend>Show marks of these kinds</legend>
    {{#kinds}}
    <label><input type="checkbox" id="show-{{id}}" data-kind="{{id}}" checked> <span class="tag">{{label}}</span> {{name}} ({{count}})</label>
    {{/kinds}}
    </fieldset>
    <ol class="source" aria-label="Article text, one item per source line">
    {{#lines}}
    <li id="L{{number}}"{{#sensitive}} class="sensitive"{{/sensitive}}>{{#here}}<span class="here" id="cw-here">Content warning goes here: {{.}}</span>{{/here}}{{#passages}}<span class="tag passage">Sensitive passage: {{.}}</span>{{/passages}}{{#runs}}{{> run}}{{/runs}}</li>
    {{/lines}}
    </ol>
    </section>
    <section aria-labelledby="difficulty">
    <h2 id="difficulty">Difficulty by paragraph</h2>
    {{#chart}}
    <svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}">
    <title id="chart-title">Consensus grade of each paragraph</title>
    <desc id="chart-desc">Bars longer than the dashed target line (grade {{target}}) are marked over target. The same numbers are in the table below.</desc>
    {{#bars}}
    <text x="0" y="{{textY}}">{{label}}</text>
    <rect class="bar{{#over}} over{{/over}}" x="{{x}}" y="{{y}}" width="{{w}}" height="{{h}}"></rect>
    <text x="{{valueX}}" y="{{textY}}">{{value}}{{#over}} over target{{/over}}</text>
    {{/bars}}
    <line class="axis" x1="{{x0}}" y1="0" x2="{{x0}}" y2="{{axisY}}"></line>
    <line class="target" x1="{{targetX}}" y1="0" x2="{{targetX}}" y2="{{axisY}}"></line>
    <text x="{{labelX}}" y="13">target grade {{target}}</text>
    </svg>
    <table>
    <caption>Paragraph grades (the chart's data)</caption>
    <thead><tr><th scope="col">Paragraph</th><th scope="col">Starts at</th><th scope="col" class="num">Consensus grade</th><th scope="col" class="num">Words</th><th scope="col">Over target</th></tr></thead>
    <tbody>
    {{#bars}}
    <tr><th scope="row">{{label}}</th><td><a href="#L{{line}}">line {{line}}</a></td><td class="num">{{value}}</td><td class="num">{{words}}</td><td>{{#over}}yes{{/over}}{{^over}}no{{/over}}</td></tr>
    {{/bars}}
    </tbody>
    </table>
    {{/chart}}
    {{^chart}}<p>No paragraph was scored.</p>{{/chart}}
    </section>
    <section aria-labelledby="findings">
    <h2 id="findings">Findings</h2>
    {{^hasFindings}}<p>No findings.</p>{{/hasFindings}}
    {{#hasFindings}}
    <table>
    <caption>Every finding, in the order of the text</caption>
    <thead><tr><th scope="col">Line</th><th scope="col">Kind</th><th scope="col">Severity</th><th scope="col">Message</th><th scope="col">Suggestions</th><th scope="col">Rule</th></tr></thead>
    <tbody>
    {{#findings}}
    <tr><td><a href="#L{{line}}">{{line}}:{{column}}</a></td><td><span class="tag">{{label}}</span> {{kind}}</td><td>{{severity}}</td><td>{{message}}</td><td>{{suggestions}}</td><td><code>{{rule}}</code></td></tr>
    {{/findings}}
    </tbody>
    </table>
    {{/hasFindings}}
    </section>
    </main>
    {{> foot}}
    """
}
