/// The template of an article's page: the verdict in words, the article as the reader sees it with its marks,
/// content warnings, difficulty by paragraph, and every finding.
enum ArticleTemplate {
    static let text = """
    {{> head}}
    <header>
    {{#index}}<p class="crumb"><a href="{{.}}">All articles</a></p>{{/index}}
    <h1>{{headline}}</h1>
    <p class="file">File <code>{{path}}</code></p>
    <nav aria-label="Sections of this report">
    <ul>
    <li><a href="#verdict">Verdict</a></li>
    <li><a href="#article">The article</a></li>
    <li><a href="#warnings">Content warnings</a></li>
    <li><a href="#difficulty">Difficulty by paragraph</a></li>
    <li><a href="#findings">All findings</a></li>
    </ul>
    </nav>
    </header>
    <main id="main" tabindex="-1">
    <section class="verdict-box v-{{verdict.id}}" aria-labelledby="verdict">
    <h2 id="verdict">{{verdict.sentence}}</h2>
    {{#verdict.hasBlocking}}
    <ol class="blocking">
    {{#verdict.blocking}}
    <li><p><span class="tag">{{label}}</span> <strong>{{text}}</strong>{{#place}} <a href="#{{anchor}}">({{label}})</a>{{/place}}</p>
    {{#action}}<p>{{.}}</p>{{/action}}
    {{#paste}}<pre class="paste"><code>{{.}}</code></pre>{{/paste}}
    {{#command}}<pre class="paste"><code>{{.}}</code></pre>{{/command}}
    </li>
    {{/verdict.blocking}}
    </ol>
    {{#verdict.moreBlocking}}<p><a href="#findings">{{.}}</a></p>{{/verdict.moreBlocking}}
    {{/verdict.hasBlocking}}
    {{#verdict.hasImproving}}
    <h3>Worth improving</h3>
    <ul class="improving">
    {{#verdict.improving}}
    <li><span class="tag">{{label}}</span> <strong>{{text}}</strong> <span class="mu">{{example}}</span></li>
    {{/verdict.improving}}
    </ul>
    {{/verdict.hasImproving}}
    <h3>Scores</h3>
    <dl class="facts">
    <div><dt>Reading time</dt><dd>{{readingTime}}</dd></div>
    <div><dt>Reading grade</dt><dd>{{consensusGrade}} <span class="sub{{#gradeOver}} over{{/gradeOver}}">{{gradeAgainstTarget}}</span></dd></div>
    <div><dt>Words</dt><dd>{{words}}</dd></div>
    <div><dt>Sentences</dt><dd>{{sentences}}</dd></div>
    <div><dt>Findings</dt><dd>{{total}} <span class="sub">errors {{errorCount}}, warnings {{warningCount}}, suggestions {{suggestionCount}}</span></dd></div>
    </dl>
    <details>
    <summary>Every readability formula</summary>
    <table class="stack">
    <thead><tr><th scope="col">Formula</th><th scope="col" class="num">Score</th><th scope="col">What it measures</th></tr></thead>
    <tbody>
    {{#formulas}}
    <tr><th scope="row">{{name}}</th><td class="num" data-label="Score">{{value}}</td><td data-label="What it measures">{{explanation}}</td></tr>
    {{/formulas}}
    </tbody>
    </table>
    </details>
    </section>
    <section aria-labelledby="article">
    <h2 id="article">The article</h2>
    <p class="mu">Marks carry a label; focus one (Tab) or point at it to read what is wrong, Escape hides it. Errors and content warnings are filled, warnings tinted, suggestions only underlined. Source line numbers are in the margin (on hover) and in the findings table.</p>
    {{#hasBody}}
    <fieldset class="kinds">
    <legend>Show marks of these kinds</legend>
    {{#kinds}}
    <label><input type="checkbox" id="show-{{id}}" data-kind="{{id}}"{{#shown}} checked{{/shown}}> <span class="tag">{{label}}</span> {{name}} ({{count}})</label>
    {{/kinds}}
    </fieldset>
    {{#quietHidden}}<p class="mu">Kinds that are only suggestions start hidden, because some paragraphs carry many of them (content-warning marks always show); tick a kind to show its marks.</p>{{/quietHidden}}
    <div class="article">
    {{#body}}
    {{> node}}
    {{/body}}
    </div>
    {{/hasBody}}
    {{^hasBody}}<p>There is no text to show.</p>{{/hasBody}}
    </section>
    <section aria-labelledby="warnings">
    <h2 id="warnings">Content warnings</h2>
    {{#cw}}
    {{^hasCategories}}<p>No sensitive passages were found.</p>{{/hasCategories}}
    {{#hasCategories}}
    <table class="stack">
    <caption>Sensitive subjects, how they are treated, and where</caption>
    <thead><tr><th scope="col">Subject</th><th scope="col">Level</th><th scope="col">Passages</th><th scope="col">Evidence</th></tr></thead>
    <tbody>
    {{#categories}}
    <tr><th scope="row">{{name}}</th><td data-label="Level">{{level}}</td><td data-label="Passages">{{#passages}}<a href="#{{anchor}}">{{label}}</a>{{#graphic}} (graphic){{/graphic}}{{#more}}, {{/more}}{{/passages}}</td><td data-label="Evidence">{{evidence}}</td></tr>
    {{/categories}}
    </tbody>
    </table>
    {{/hasCategories}}
    {{#suggestion}}
    <p>The suggested note goes <a href="#cw-here">before {{place}}</a> ({{position}}): <q>{{text}}</q></p>
    {{/suggestion}}
    {{#existing}}
    <p>The article already carries a warning{{#at}} at line {{.}}{{/at}}{{#named}} naming {{.}}{{/named}}.</p>
    {{#hasProblems}}
    <ul>
    {{#problems}}
    <li>{{.}}</li>
    {{/problems}}
    </ul>
    {{/hasProblems}}
    {{/existing}}
    {{/cw}}
    {{^cw}}<p>Content warnings were not checked.</p>{{/cw}}
    </section>
    <section aria-labelledby="difficulty">
    <h2 id="difficulty">Difficulty by paragraph</h2>
    {{#chart}}
    <p>{{overCount}} of the paragraphs are over the target grade of {{target}}; the dashed line on each bar marks the target (bars run to grade {{top}}).</p>
    <ol class="chart">
    {{#bars}}
    <li{{#over}} class="over"{{/over}}><span class="bar-text"><a href="#{{anchor}}">{{label}}</a> <span>grade {{value}}</span> <strong>{{verdict}}</strong> <span class="mu">{{words}} words, {{place}}</span></span><svg class="bar" aria-hidden="true" focusable="false" width="100%" height="14"><rect class="track" x="0" y="2" width="100%" height="10"></rect><rect class="fill" x="0" y="2" width="{{width}}%" height="10"></rect><line class="target" x1="{{targetAt}}%" x2="{{targetAt}}%" y1="0" y2="14"></line></svg></li>
    {{/bars}}
    </ol>
    {{/chart}}
    {{^chart}}<p>No paragraph was scored.</p>{{/chart}}
    </section>
    <section aria-labelledby="findings">
    <h2 id="findings">All findings</h2>
    {{^hasFindings}}<p>No findings.</p>{{/hasFindings}}
    {{#hasFindings}}
    <table class="stack findings">
    <caption>Every finding, in the order of the text</caption>
    <thead><tr><th scope="col">Line</th><th scope="col">Kind</th><th scope="col">Severity</th><th scope="col">Message</th><th scope="col">Suggestions</th><th scope="col">Rule</th></tr></thead>
    <tbody>
    {{#findings}}
    <tr><td data-label="Line"><a href="#{{anchor}}">{{line}}:{{column}}</a></td><td data-label="Kind"><span class="tag">{{label}}</span> {{kind}}</td><td data-label="Severity">{{severity}}</td><td data-label="Message">{{message}}</td><td data-label="Suggestions">{{suggestions}}</td><td data-label="Rule"><code class="rule">{{rule}}</code></td></tr>
    {{/findings}}
    </tbody>
    </table>
    {{/hasFindings}}
    </section>
    </main>
    {{> foot}}
    """

    /// One element of the article, recursively for quotes. Line numbers sit in the margin; sensitive elements
    /// carry a margin rule and, where a passage starts, its subject and level.
    static let node = """
    {{#here}}<div class="here" id="cw-here" role="note" aria-label="Suggested content warning"><p><strong>Content warning goes here:</strong> {{text}}</p><pre class="paste"><code>{{markdown}}</code></pre></div>
    {{/here}}<div class="blk{{#sensitive}} sensitive{{/sensitive}}" id="{{id}}">{{^quote}}<span class="ln" aria-hidden="true">{{line}}</span>{{/quote}}{{#notes}}<ul class="passages">{{#items}}<li>Sensitive: {{.}}</li>{{/items}}</ul>{{/notes}}\
    {{#headline}}<p class="a-headline">{{#runs}}{{> run}}{{/runs}}</p>{{/headline}}\
    {{#standfirst}}<p class="a-standfirst">{{#runs}}{{> run}}{{/runs}}</p>{{/standfirst}}\
    {{#heading}}<h{{level}}>{{#runs}}{{> run}}{{/runs}}</h{{level}}>{{/heading}}\
    {{#paragraph}}<p>{{#runs}}{{> run}}{{/runs}}</p>{{/paragraph}}\
    {{#list}}{{> list}}{{/list}}\
    {{#quote}}<blockquote>{{#children}}{{> node}}{{/children}}</blockquote>{{/quote}}\
    {{#image}}<p class="img"><span class="img-label">Image</span> {{#hasAlt}}alt text: {{/hasAlt}}{{#runs}}{{> run}}{{/runs}}</p>{{/image}}\
    {{#caption}}<p class="caption">{{#runs}}{{> run}}{{/runs}}</p>{{/caption}}\
    {{#table}}<div class="a-table"><table>{{#rows}}<tr>{{#cells}}{{#header}}<th scope="col">{{#runs}}{{> run}}{{/runs}}</th>{{/header}}{{^header}}<td>{{#runs}}{{> run}}{{/runs}}</td>{{/header}}{{/cells}}</tr>{{/rows}}</table></div>{{/table}}</div>

    """
}
