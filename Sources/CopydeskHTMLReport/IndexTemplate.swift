/// The template of the index pages: totals, filters (with JavaScript), the articles blocked first, the pager.
enum IndexTemplate {
    static let text = """
    {{> head}}
    <header>
    <h1>Copydesk report</h1>
    <p>{{articleCount}} articles: <strong>{{blocked}} blocked</strong>, {{needsWork}} need work, {{ready}} ready. {{findings}} findings in all.</p>
    </header>
    <main id="main" tabindex="-1">
    <h2 id="articles">Articles</h2>
    {{^hasRows}}<p>No articles were checked.</p>{{/hasRows}}
    {{#hasRows}}
    {{#isFirst}}
    <form class="filters" id="filters" hidden role="search" aria-label="Filter the articles">
    <label for="f-verdict">Verdict<select id="f-verdict"><option value="">Any</option><option value="2">Blocked</option><option value="1">Needs work</option><option value="0">Ready</option></select></label>
    <label for="f-category">Content warning<select id="f-category"><option value="">Any</option><option value="-">None</option>{{#categories}}<option>{{.}}</option>{{/categories}}</select></label>
    <label for="f-text">Search headline or file<input id="f-text" type="search" autocomplete="off"></label>
    </form>
    {{/isFirst}}
    <p id="index-status" aria-live="polite">Articles {{first}}–{{last}} of {{articleCount}}, blocked first.</p>
    <table class="stack index" id="articles-table" aria-labelledby="articles">
    <thead><tr><th scope="col" data-key="0">Article</th><th scope="col" data-key="1">Verdict</th><th scope="col" class="num" data-key="2">Grade</th><th scope="col" data-key="3">Content warnings</th><th scope="col" class="num" data-key="4">Findings</th></tr></thead>
    <tbody>
    {{#rows}}
    <tr><th scope="row" class="headline-cell"><a href="{{href}}">{{headline}}</a><span class="path">{{path}}</span></th><td data-label="Verdict"><span class="verdict v-{{verdictId}}">{{verdict}}</span><span class="reason">{{reason}}</span></td><td class="num" data-label="Grade">{{grade}}</td><td data-label="Content warnings">{{categoryText}}</td><td class="num" data-label="Findings">{{findings}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    {{#paged}}
    <nav aria-label="Pages of the index" id="static-pager">
    <ul class="pager">
    {{#pages}}
    <li>{{#current}}<a href="{{href}}" aria-current="page"><strong>{{number}}</strong></a>{{/current}}{{^current}}<a href="{{href}}">{{number}}</a>{{/current}}</li>
    {{/pages}}
    </ul>
    </nav>
    {{/paged}}
    {{#isFirst}}
    <nav aria-label="Pages of the filtered articles" id="pager" hidden>
    <ul class="pager"><li><button type="button" id="p-prev">Previous</button></li><li id="p-label"></li><li><button type="button" id="p-next">Next</button></li></ul>
    </nav>
    <script type="application/json" id="index-data">{{{data}}}</script>
    <p class="mu">With JavaScript on, the filters search every article and the column headings sort them.</p>
    {{/isFirst}}
    {{/hasRows}}
    </main>
    {{> foot}}
    """
}
