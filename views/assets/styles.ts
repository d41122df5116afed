/**
 * The whole stylesheet. Small on purpose: the overview with its CSS must fit 14 KB gzipped.
 * Colours meet WCAG AA contrast (4.5:1 for text) on white; status colours never stand alone.
 * Logical properties only (inline-start, not left), so an Arabic page mirrors; `.forward`
 * marks an arrow that means a direction in reading order, turned round on such a page.
 */
export const siteCss = `
:root{--fg:#1b1b1b;--muted:#4a4a4a;--bg:#fff;--line:#c9c9c9;--link:#0b4dad;--soft:#f3f4f6;
--ok:#146c2e;--warn:#8a4b00;--bad:#b3261e;--info:#1f4f8f;--lost:#5b2a86;--maint:#3d5566}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
a{color:var(--link);text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
a:focus-visible,summary:focus-visible{outline:3px solid var(--fg);outline-offset:2px}
h1{font-size:1.75rem;line-height:1.2;margin:1.25rem 0 .75rem}
h2{font-size:1.35rem;line-height:1.25;margin:2rem 0 .75rem;padding-top:.5rem;border-top:1px solid var(--line)}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
p{margin:.5rem 0}
ul{padding-inline-start:1.25rem}
.skip{position:absolute;inset-inline-start:-999px;top:0;background:var(--fg);color:#fff;padding:.5rem 1rem;z-index:1}
.skip:focus{inset-inline-start:0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.example-banner{margin:0;padding:.5rem 1rem;background:#fff4cc;border-bottom:2px solid #8a6d00;text-align:center}
.snapshot-banner{margin:0;padding:.6rem 1rem;background:#fde7e5;border-bottom:3px solid var(--bad);text-align:center}
.site-header{border-bottom:1px solid var(--line);background:var(--soft)}
.site-header .wrap{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;padding-top:.6rem;padding-bottom:.6rem}
.site-name{font-weight:700;color:var(--fg);text-decoration:none}
.languages ul,.site-footer ul,.inline-list,.pagination ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.icon{width:1em;height:1em;vertical-align:-.15em;margin-inline-end:.35em;flex:none}
.status{display:inline-flex;align-items:center;font-weight:600;white-space:nowrap}
.s-operational{--c:var(--ok)}.s-degraded,.s-investigating{--c:var(--warn)}.s-down{--c:var(--bad)}
.s-rebuilding{--c:var(--info)}.s-lost{--c:var(--lost)}.s-maintenance{--c:var(--maint)}
.status,.status .icon{color:var(--c)}
.overall{border-inline-start:.4rem solid var(--c);background:var(--soft);padding:.6rem 1rem;margin:1rem 0}
.i-none{--c:var(--ok)}.i-minor{--c:var(--warn)}.i-major,.i-critical{--c:var(--bad)}.i-maintenance{--c:var(--maint)}
.overall-headline{font-size:1.25rem;margin:0}
.overall-headline .icon{color:var(--c)}
.notice{border:1px solid var(--line);padding:.25rem 1rem;margin:1rem 0}
.incident-summary{border-inline-start:.25rem solid var(--bad);padding-inline-start:.9rem;margin:1rem 0}
.incident-summary h3{margin-top:.5rem}
.maintenance-summary{border-inline-start-color:var(--maint)}
.meta,.phase,.last-updated,.breadcrumb,.stale,.mentions,.from{color:var(--muted)}
.stale{font-style:italic;font-size:.95rem}
.next-update{font-weight:600}
.overdue{color:var(--bad)}
.services,.contacts,.affected,.changes{list-style:none;padding:0;margin:0}
.service{border-top:1px solid var(--line);padding-block:.6rem;padding-inline:.75rem 0;border-inline-start:.25rem solid var(--c)}
.service:last-child{border-bottom:1px solid var(--line)}
.service-head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem}
.service-name{font-weight:600}
.workaround{background:var(--soft);padding:.1rem .75rem;margin:.4rem 0}
.workaround .label,.workaround h3{font-weight:700;margin:.4rem 0 0;font-size:1rem}
.expected{margin:.3rem 0}
.contact{border-top:1px solid var(--line);padding:.5rem 0}
.contact h3{margin:.25rem 0}
.address{font-weight:600}
.open-state .icon{color:var(--ok)}.is-closed .icon{color:var(--muted)}
.hours ul{margin:.25rem 0}
.update{border-top:1px solid var(--line);padding:.25rem 0 .75rem}
.update h2,.update h3,.update h4{font-size:1.05rem;margin:.75rem 0 .25rem;border:0;padding:0}
.permalink{color:var(--fg)}
.update :is(h2,h3,h4) a{display:inline-block;padding-block:.2rem}
[dir=rtl] .forward{display:inline-block;transform:scaleX(-1)}
.changes li{margin:.2rem 0}
.affected li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 1rem;padding:.35rem 0;border-bottom:1px solid var(--line)}
.restored{color:var(--ok)}
.correction-note{border-inline-start:.25rem solid var(--warn);padding-inline-start:.6rem}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--link)}
.earlier-version{border-inline-start:2px solid var(--line);padding-inline-start:.75rem;color:var(--muted)}
.facts{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:0}
.facts dt{font-weight:700}.facts dd{margin:0}
.pagination{margin:2rem 0}
.feed-urls dt{font-weight:700;margin-top:.5rem}.feed-urls dd{margin:0}
.feed-list{padding:0;list-style:none}.feed-list>li{border-top:1px solid var(--line);padding:.4rem 0;display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 1rem}
.feed-links{display:inline-flex;gap:1rem;list-style:none;margin:0;padding:0}
code{font-size:.95em}
.api-endpoints dt{font-weight:700;margin-top:.75rem;overflow-wrap:anywhere}.api-endpoints dd{margin:0}
.api-example{background:var(--soft);padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere}
.api-vocabulary caption{text-align:start;margin-bottom:.5rem}.api-vocabulary th,.api-vocabulary td{text-align:start;padding-block:.2rem;padding-inline:0 1.5rem}
.site-footer{margin-top:3rem;border-top:1px solid var(--line);background:var(--soft);padding:1rem 0;font-size:.95rem}
@media (max-width:30rem){body{font-size:1rem}h1{font-size:1.5rem}}
@media print{
.skip,.languages,.site-footer nav{display:none}
summary{list-style:none;color:#000;font-style:italic}
body{font-size:11pt;color:#000}
a{color:#000}
.overall,.workaround,.site-header,.site-footer{background:none}
details::details-content{content-visibility:visible;display:block}
.service,.update,.contact{break-inside:avoid}
}
`.trim();
