/**
 * The embeddable state's own small sheet (/embed): it lives in other sites' frames, so it sets
 * everything it relies on and nothing else. Colours as on the site (views/assets/styles.ts),
 * meeting WCAG AA on white; the status colour is never the only sign (icon and words).
 */
export const embedCss = `
:root{--fg:#1b1b1b;--muted:#4a4a4a;--bg:#fff;--line:#c9c9c9;--link:#0b4dad;--soft:#f3f4f6;
--ok:#146c2e;--warn:#8a4b00;--bad:#b3261e;--maint:#3d5566}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:.9375rem/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);background:var(--soft);overflow-wrap:anywhere}
.embed{border-inline-start:.4rem solid var(--c);background:var(--soft);padding:.5rem .75rem}
.i-none{--c:var(--ok)}.i-minor{--c:var(--warn)}.i-major,.i-critical{--c:var(--bad)}.i-maintenance{--c:var(--maint)}
.organisation{margin:0;font-size:.875rem;color:var(--muted)}
h1{font-size:1.05rem;line-height:1.3;margin:.15rem 0}
.icon{width:1em;height:1em;vertical-align:-.15em;margin-inline-end:.35em;color:var(--c)}
p{margin:.2rem 0}
.meta{font-size:.875rem;color:var(--muted)}
.example{font-size:.875rem;font-weight:600}
a{color:var(--link);text-underline-offset:.15em}
a:focus-visible{outline:3px solid var(--fg);outline-offset:2px}
.snapshot-banner{margin:0;padding:.4rem .75rem;background:#fde7e5;border-bottom:3px solid var(--bad);font-size:.9rem}
`.trim();
