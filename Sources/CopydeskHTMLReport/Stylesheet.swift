import CopydeskCore

/// The pages' one stylesheet: light and dark colours, reader typography, marks ranked by severity, narrow
/// screens (stacked tables, no sideways scrolling), print and reduced-motion rules.
/// A constant (no article text), inlined in a `<style>` element whose hash is in the page's CSP.
enum Stylesheet {
    /// The stylesheet of pages that mark findings in these groups.
    static func css(_ groups: ReportGroups) -> String {
        base + colours + groups.all.map(toggleRule).joined() + narrow + print
    }

    /// The stylesheet without the switches of marks, for other pages (the archive audit's).
    static let shared: String = base + colours + narrow + print

    /// Hides a kind's marks and labels when its checkbox is cleared (CSS only, so it works without JavaScript;
    /// the script also takes them out of the tab order).
    private static func toggleRule(_ kind: FindingKind) -> String {
        "main:has(#show-\(kind.id):not(:checked)) mark.k-\(kind.id){background:none;text-decoration:none;box-shadow:none}"
            + "main:has(#show-\(kind.id):not(:checked)) mark.k-\(kind.id)>.tag{display:none}\n"
    }

    /// Each colour family: a fill for errors and warnings, a line colour for quiet suggestions.
    private static let colours: String = ["spelling", "sensitive", "access", "grade", "veryhard", "hard", "passive", "plain", "name", "other"]
        .map { c in
            "mark.c-\(c){--fill:var(--k-\(c))}.sw-\(c){background:var(--k-\(c))}\n"
        }.joined()

    private static let base = """
    :root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#4d4d4d;--line:#767676;--link:#0b57a4;--panel:#f3f4f6;\
    --focus:#0b57a4;--ok:#1d6b35;--warn:#8a4b00;--bad:#b3001b;--bar:#3c6e9f;--over:#a8321f;\
    --k-spelling:#ffd5d5;--k-name:#d7e6ff;--k-hard:#fff0b0;--k-grade:#f2e3c9;--k-veryhard:#ffd7a6;--k-passive:#e6dbff;--k-plain:#d3f4db;\
    --k-sensitive:#ffc8e8;--k-access:#cff0f0;--k-other:#e6e6e6}
    @media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#ececec;--muted:#bdbdbd;--line:#8f8f8f;--link:#8cbcff;\
    --panel:#222428;--focus:#8cbcff;--ok:#7fd99a;--warn:#ffc46b;--bad:#ff9a9a;--bar:#7fb0e0;--over:#ff9d85;\
    --k-spelling:#5a1e1e;--k-name:#1e395a;--k-hard:#4a3d00;--k-grade:#4a3a22;--k-veryhard:#5a3200;--k-passive:#3a295a;--k-plain:#1e4a2a;\
    --k-sensitive:#5a1e44;--k-access:#1e4a4a;--k-other:#383838}}
    *{box-sizing:border-box}[hidden]{display:none!important}
    html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
    body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;overflow-wrap:break-word}
    header,main,footer{max-width:72rem;margin:0 auto;padding:0 1.25rem}
    header{border-bottom:1px solid var(--line);padding-block:1rem}
    footer{border-top:1px solid var(--line);padding-block:1rem;color:var(--muted);font-size:.9rem}
    h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.05rem}
    .crumb{margin:0}.file{margin:.2rem 0;color:var(--muted)}
    a{color:var(--link)}a:focus-visible,mark:focus-visible,input:focus-visible,button:focus-visible,summary:focus-visible,select:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
    .skip{position:absolute;left:-100vw}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:3}
    nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;margin:.5rem 0 0}
    .verdict{display:inline-block;font-weight:700;padding:.1rem .5rem;border:2px solid currentColor;border-radius:.3rem}
    .v-ready{--v:var(--ok)}.v-needs-work{--v:var(--warn)}.v-blocked{--v:var(--bad)}
    .v-ready .verdict,.v-needs-work .verdict,.v-blocked .verdict,.verdict.v-ready,.verdict.v-needs-work,.verdict.v-blocked{color:var(--v)}
    .verdict-box{border:1px solid var(--line);border-left:.5rem solid var(--v);border-radius:.4rem;background:var(--panel);padding:.25rem 1rem 1rem;margin-top:1.25rem}
    .verdict-box h2{margin-top:.75rem;line-height:1.35;color:var(--v)}
    .blocking{padding-left:1.4rem}.blocking>li{margin:.6rem 0}.blocking p{margin:.2rem 0}
    .improving{list-style:none;padding:0}.improving li{margin:.35rem 0}
    .panel{background:var(--panel);border:1px solid var(--line);border-radius:.4rem;padding:.75rem 1rem;margin:1rem 0}
    .facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.5rem 1.5rem;margin:0}
    .facts dt{color:var(--muted);font-size:.9rem}.facts dd{margin:0;font-size:1.2rem;font-weight:600}
    .sub{display:block;font-size:.85rem;font-weight:400;color:var(--muted)}.sub.over{color:var(--bad);font-weight:600}
    details{margin:1rem 0}summary{cursor:pointer;font-weight:600}
    table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;font-weight:600;padding:.3rem 0}
    th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    th button{font:inherit;font-weight:700;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted}
    code.rule{overflow-wrap:normal;word-break:normal;white-space:nowrap}
    .article{position:relative;max-width:42rem;font:1.125rem/1.7 Charter,"Bitstream Charter",Georgia,"DejaVu Serif",serif}
    .blk{position:relative;padding-left:2.4rem;border-left:4px solid transparent}
    .blk:target,li:target{outline:2px solid var(--focus);outline-offset:2px}
    .blk.sensitive,li.sensitive{border-left-color:var(--bad)}
    .ln{position:absolute;left:0;top:.35em;width:1.9rem;text-align:right;font:.72rem/1.2 system-ui,sans-serif;color:var(--muted)}
    .blk:hover>.ln{color:var(--fg);font-weight:700}
    .blk p,.blk h3,.blk h4,.blk h5,.blk h6{margin:.2rem 0 .9rem}
    .a-headline{font-size:1.9rem;line-height:1.25;font-weight:700;margin-top:0!important}
    .a-standfirst{font-size:1.25rem;color:var(--muted)}
    .blk h3{font-size:1.35rem}.blk h4{font-size:1.2rem}.blk h5,.blk h6{font-size:1.1rem}
    blockquote{margin:.5rem 0 1rem;padding-left:1rem;border-left:3px solid var(--line);font-style:italic}
    blockquote .blk{padding-left:0}blockquote .ln{left:-3.4rem}
    .img{border:1px dashed var(--line);border-radius:.3rem;padding:.4rem .6rem;font-size:1rem}
    .img-label{font:700 .8rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
    .caption{font-size:.95rem;color:var(--muted)}
    .a-table{overflow-x:auto;margin-bottom:1rem}.a-table table{font-size:1rem}
    .link{text-decoration:underline;text-decoration-color:var(--link);text-underline-offset:.15em}
    .dest{font:.8rem system-ui,sans-serif;color:var(--muted);overflow-wrap:anywhere}
    .passages{list-style:none;padding:0;margin:.1rem 0 .3rem;color:var(--bad);font:700 .85rem/1.3 system-ui,sans-serif;font-style:normal}.passage{color:var(--bad);font:700 .85rem/1.3 system-ui,sans-serif}
    .here{border:3px solid var(--bad);border-radius:.4rem;background:var(--panel);padding:.4rem .8rem;margin:.5rem 0 1rem 2.4rem;font:1rem/1.5 system-ui,sans-serif}
    .here p{margin:.2rem 0}
    pre{white-space:pre-wrap;overflow-wrap:anywhere}
    .paste{background:var(--bg);border:1px solid var(--line);border-radius:.3rem;padding:.4rem .6rem;margin:.3rem 0}
    code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
    code.inline{font-size:.88em;padding:0 .25em;border-radius:.2rem;background:var(--panel);border:1px solid var(--line)}
    mark{color:inherit;background:none;border-radius:.15rem;padding:0 .05rem}
    mark.s-error{background:var(--fill);box-shadow:inset 0 -3px var(--bad)}
    mark.k-sensitive.s-warning,mark.k-sensitive.s-error{background:var(--fill);box-shadow:inset 0 -3px var(--bad)}
    mark.s-warning{background:color-mix(in srgb,var(--fill) 55%,transparent);box-shadow:inset 0 -2px var(--line)}
    mark.s-suggestion{text-decoration:underline 2px dotted var(--line);text-underline-offset:.2em}
    mark.s-suggestion>.tag{opacity:.8}
    .tag{font:700 .66rem/1 system-ui,sans-serif;border:1px solid currentColor;border-radius:.2rem;padding:0 .15rem;margin-right:.15rem;vertical-align:.12em}
    .tip{display:none;position:absolute;left:0;z-index:2;max-width:min(28rem,100%);background:var(--bg);color:var(--fg);border:2px solid var(--fg);\
    border-radius:.3rem;padding:.4rem .6rem;font:.9rem/1.4 system-ui,sans-serif;font-style:normal;font-weight:400;white-space:normal;box-shadow:0 2px 8px rgba(0,0,0,.3)}
    mark:hover+.tip,mark:focus+.tip,.tip:hover{display:block}body.tips-off .tip{display:none!important}
    fieldset{border:1px solid var(--line);border-radius:.4rem;margin:1rem 0}fieldset label{display:inline-block;margin:.15rem 1rem .15rem 0}
    .chart{list-style:none;padding:0;margin:.5rem 0}.chart li{margin:.2rem 0 .7rem}
    .bar-text{display:flex;flex-wrap:wrap;gap:0 .6rem;align-items:baseline}
    .bar{display:block;max-width:100%}.bar .track{fill:var(--panel);stroke:var(--line);stroke-width:1}.bar .fill{fill:var(--bar)}.chart li.over .fill{fill:var(--over)}
    .bar .target{stroke:var(--fg);stroke-width:3;stroke-dasharray:4 2}
    .chart li.over strong{color:var(--bad)}
    .swatch{display:inline-block;width:.9em;height:.9em;border:1px solid var(--line);vertical-align:-.1em}
    .mu{color:var(--muted)}
    .error{color:var(--bad);font-weight:600}
    .filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:1rem 0}
    .filters label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600}
    .filters input,.filters select{font:inherit;padding:.25rem .4rem;border:1px solid var(--line);border-radius:.25rem;background:var(--bg);color:var(--fg);max-width:100%}
    .pager{display:flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:center;list-style:none;padding:0}
    .pager button{font:inherit;padding:.2rem .6rem}
    .headline-cell a{font-weight:600}.path{display:block;font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
    .reason{display:block;font-size:.9rem}
    @media (min-width:72rem){.blk>.passages{position:absolute;left:calc(100% + 1rem);top:.3rem;width:13rem;margin:0}}
    @media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
    @media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important;scroll-behavior:auto!important}}

    """

    /// Narrow screens: tables become stacked rows, each cell labelled by its column.
    private static let narrow = """
    @media (max-width:48rem){header,main,footer{padding:0 .75rem}header{padding-block:.75rem}\
    h1{font-size:1.4rem}.a-headline{font-size:1.5rem}.article{font-size:1.05rem}.blk{padding-left:1.9rem}.ln{width:1.5rem}.here{margin-left:0}\
    table.stack,table.stack>thead,table.stack>tbody,table.stack>tfoot,table.stack>tbody>tr,table.stack>tfoot>tr,table.stack>*>tr>th,table.stack>*>tr>td{display:block;width:auto}\
    table.stack>caption{display:block;width:auto}\
    table.stack>thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}\
    table.stack>tbody>tr,table.stack>tfoot>tr{border:1px solid var(--line);border-radius:.3rem;margin:.5rem 0;padding:.3rem .5rem}\
    table.stack>*>tr>th,table.stack>*>tr>td{border:0;padding:.1rem 0;text-align:left}\
    table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600}code.rule{white-space:normal;overflow-wrap:anywhere}}

    """

    private static let print = """
    @media print{.skip,fieldset,.tip,nav,.filters,.pager{display:none!important}body{font-size:11pt;background:#fff;color:#000}\
    header,main,footer{max-width:none}.panel,.verdict-box{border-color:#000}mark{box-shadow:none;border-bottom:1px solid #000}a{color:#000}\
    .ln{opacity:1}h2{break-after:avoid}tr,li,.blk{break-inside:avoid}}

    """
}
