/// The template of `index.html`: a sortable table of every article with totals.
enum IndexTemplate {
    static let text = """
    {{> head}}
    <header>
    <h1>Copydesk report</h1>
    <p>Articles: {{articleCount}}. Ready: {{ready}}. Needs work: {{needsWork}}. Blocked: {{blocked}}.</p>
    </header>
    <main id="main" tabindex="-1">
    <h2 id="articles">Articles</h2>
    {{^hasRows}}<p>No articles were checked.</p>{{/hasRows}}
    {{#hasRows}}
    <table class="sortable" aria-labelledby="articles">
    <thead><tr><th scope="col">Article</th><th scope="col">Verdict</th><th scope="col" class="num">Consensus grade</th><th scope="col" class="num">Reading ease</th><th scope="col" class="num">Spelling errors</th><th scope="col">Warning categories</th><th scope="col" class="num">Findings</th></tr></thead>
    <tbody>
    {{#rows}}
    <tr><th scope="row"><a href="{{file}}">{{path}}</a></th><td data-sort="{{verdictRank}}"><span class="verdict v-{{verdictId}}">{{verdict}}</span></td><td class="num">{{grade}}</td><td class="num">{{ease}}</td><td class="num">{{spellingErrors}}</td><td>{{categories}}</td><td class="num">{{findings}}</td></tr>
    {{/rows}}
    </tbody>
    <tfoot><tr><th scope="row">Totals: {{articleCount}} articles</th><td>ready {{ready}}, needs work {{needsWork}}, blocked {{blocked}}</td><td></td><td></td><td class="num">{{spellingErrors}}</td><td></td><td class="num">{{findings}}</td></tr></tfoot>
    </table>
    <p>With JavaScript on, the column headings sort the table.</p>
    {{/hasRows}}
    </main>
    {{> foot}}
    """
}
