/// The pages' one stylesheet: light and dark colours, marks per kind, print and reduced-motion rules.
/// A constant (no article text), inlined in a `<style>` element whose hash is in the page's CSP.
enum Stylesheet {
    static let css: String = base + FindingKind.all.map(toggleRule).joined()

    /// Hides a kind's marks and labels when its checkbox is cleared (CSS only; the script also takes them out
    /// of the tab order).
    private static func toggleRule(_ kind: FindingKind) -> String {
        "main:has(#show-\(kind.id):not(:checked)) mark.k-\(kind.id){background:none;text-decoration:none;border:0}"
            + "main:has(#show-\(kind.id):not(:checked)) mark.k-\(kind.id)>.tag{display:none}\n"
    }

    private static let base = """
    :root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#4d4d4d;--line:#767676;--link:#0b57a4;--panel:#f3f4f6;\
    --focus:#0b57a4;--ok:#1d6b35;--warn:#8a4b00;--bad:#b3001b;--bar:#3c6e9f;--over:#a8321f;\
    --k-spelling:#ffd5d5;--k-name:#d7e6ff;--k-hard:#fff0b0;--k-grade:#f2e3c9;--k-veryhard:#ffd7a6;--k-passive:#e6dbff;--k-plain:#d3f4db;\
    --k-sensitive:#ffd5ef;--k-access:#cff0f0;--k-other:#e6e6e6}
    @media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#ececec;--muted:#bdbdbd;--line:#8f8f8f;--link:#8cbcff;\
    --panel:#222428;--focus:#8cbcff;--ok:#7fd99a;--warn:#ffc46b;--bad:#ff9a9a;--bar:#7fb0e0;--over:#ff9d85;\
    --k-spelling:#5a1e1e;--k-name:#1e395a;--k-hard:#4a3d00;--k-grade:#4a3a22;--k-veryhard:#5a3200;--k-passive:#3a295a;--k-plain:#1e4a2a;\
    --k-sensitive:#5a1e44;--k-access:#1e4a4a;--k-other:#383838}}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",sans-serif}
    header,main,footer{max-width:72rem;margin:0 auto;padding:0 1.25rem}
    header{border-bottom:1px solid var(--line);padding-block:1rem}
    footer{border-top:1px solid var(--line);padding-block:1rem;color:var(--muted);font-size:.9rem}
    h1{font-size:1.6rem;margin:.2rem 0;overflow-wrap:anywhere}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.05rem}
    a{color:var(--link)}a:focus-visible,mark:focus-visible,input:focus-visible,button:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
    .skip{position:absolute;left:-100vw}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:3}
    nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;margin:.5rem 0 0}
    .verdict{display:inline-block;font-weight:700;padding:.15rem .6rem;border:2px solid currentColor;border-radius:.3rem}
    .v-ready{color:var(--ok)}.v-needs-work{color:var(--warn)}.v-blocked{color:var(--bad)}
    .panel{background:var(--panel);border:1px solid var(--line);border-radius:.4rem;padding:.75rem 1rem;margin:1rem 0}
    .facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.5rem 1.5rem;margin:0}
    .facts dt{color:var(--muted);font-size:.9rem}.facts dd{margin:0;font-size:1.2rem;font-weight:600}
    table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;font-weight:600;padding:.3rem 0}
    th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    th button{font:inherit;font-weight:700;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-decoration:underline dotted}
    .source{font:.98rem/1.7 ui-monospace,"DejaVu Sans Mono",monospace;padding-left:4.2em;margin:0;overflow-wrap:anywhere}
    .source li{padding-left:.5rem;border-left:3px solid transparent;white-space:pre-wrap;min-height:1.7em}.source li::marker{color:var(--muted)}
    .source li:target{outline:2px solid var(--focus)}.source li.sensitive{border-left-color:var(--bad)}
    mark{color:inherit;border-radius:.2rem;padding:0 .1rem;border-bottom:2px solid var(--line)}
    .tag{font:700 .68rem/1 system-ui,sans-serif;border:1px solid currentColor;border-radius:.2rem;padding:0 .15rem;margin-right:.15rem;vertical-align:.1em}
    .tip{display:none;position:absolute;z-index:2;max-width:28rem;background:var(--bg);color:var(--fg);border:2px solid var(--fg);\
    border-radius:.3rem;padding:.4rem .6rem;font:.9rem/1.4 system-ui,sans-serif;white-space:normal;box-shadow:0 2px 8px rgba(0,0,0,.3)}
    mark:hover+.tip,mark:focus+.tip,.tip:hover{display:block}body.tips-off .tip{display:none!important}
    .passage{display:block;width:max-content;max-width:100%;margin:.2rem 0;color:var(--bad);font-size:.8rem;white-space:normal}
    .here{display:block;border:2px dashed var(--bad);padding:.3rem .5rem;margin:.3rem 0;font-family:system-ui,sans-serif}
    fieldset{border:1px solid var(--line);border-radius:.4rem}fieldset label{margin-right:1rem;white-space:nowrap}
    .chart{max-width:100%;height:auto}.chart text{fill:currentColor;font:12px system-ui,sans-serif}
    .chart .bar{fill:var(--bar)}.chart .bar.over{fill:var(--over)}.chart .target{stroke:var(--fg);stroke-dasharray:4 3}
    .chart .axis{stroke:var(--line)}
    .mark-k-spelling,mark.k-spelling{background:var(--k-spelling);text-decoration:underline wavy var(--bad)}
    mark.k-name{background:var(--k-name)}mark.k-hard{background:var(--k-hard)}mark.k-grade{background:var(--k-grade)}mark.k-veryhard{background:var(--k-veryhard)}
    mark.k-passive{background:var(--k-passive)}mark.k-plain{background:var(--k-plain)}mark.k-sensitive{background:var(--k-sensitive)}
    mark.k-access{background:var(--k-access)}mark.k-other{background:var(--k-other)}
    .swatch{display:inline-block;width:.9em;height:.9em;border:1px solid var(--line);vertical-align:-.1em}
    .sw-spelling{background:var(--k-spelling)}.sw-name{background:var(--k-name)}.sw-hard{background:var(--k-hard)}.sw-grade{background:var(--k-grade)}
    .sw-veryhard{background:var(--k-veryhard)}.sw-passive{background:var(--k-passive)}.sw-plain{background:var(--k-plain)}
    .sw-sensitive{background:var(--k-sensitive)}.sw-access{background:var(--k-access)}.sw-other{background:var(--k-other)}
    .mu{color:var(--muted)}
    pre{white-space:pre-wrap;overflow-wrap:anywhere}
    code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
    .error{color:var(--bad);font-weight:600}
    @media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
    @media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
    @media print{.skip,fieldset,.tip,nav{display:none!important}body{font-size:11pt;background:#fff;color:#000}\
    header,main,footer{max-width:none}.panel{border-color:#000}mark{border-bottom:1px solid #000}a{color:#000}\
    h2{break-after:avoid}tr,li{break-inside:avoid}}

    """
}
