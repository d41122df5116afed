/** Additions for the admin console, loaded after the public stylesheet on admin pages only. */
export const adminCss = `
.admin-header .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1rem}
.admin-nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.admin-nav a[aria-current="page"]{font-weight:700;text-decoration-thickness:3px}
.admin-main{max-width:60rem}
.inline-form{display:inline}
button,.button{font:inherit;padding:.45rem .9rem;border:2px solid var(--link);background:var(--link);color:#fff;border-radius:.25rem;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:#fff;color:var(--link)}
button.danger{background:var(--bad);border-color:var(--bad)}
button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid var(--fg);outline-offset:2px}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
.hint{display:block;font-weight:400;color:var(--muted);font-size:.95rem}
input[type=text],input[type=password],input[type=datetime-local],input[type=date],input[type=time],input[type=number],input:not([type]),select,textarea{font:inherit;width:100%;max-width:40rem;padding:.4rem .5rem;border:1px solid #6b6b6b;border-radius:.2rem;background:#fff;color:var(--fg)}
textarea{min-height:5rem}
fieldset{border:1px solid var(--line);margin:1rem 0;padding:.5rem 1rem}
legend{font-weight:700;padding:0 .25rem}
.checkbox label,.radio label{display:inline;font-weight:400;margin-left:.35rem}
.field-error{color:var(--bad);font-weight:600;margin:.2rem 0}
[aria-invalid="true"]{border-color:var(--bad);border-width:2px}
/* The error summary at the top of a form (views/admin/partials/Form.tsx) */
.error-summary{border:.25rem solid var(--bad);padding:.5rem 1rem;margin:1rem 0}
.error-summary:focus{outline:3px solid var(--fg);outline-offset:2px}
.error-summary h2{margin:.25rem 0 .5rem;font-size:1.2rem}
.error-summary ul{margin:.25rem 0;padding-left:1.25rem}
.error-summary li{margin:.25rem 0}
.error-summary a{font-weight:600;overflow-wrap:anywhere}
.message{border-left:.4rem solid var(--ok);background:var(--soft);padding:.5rem 1rem;margin:1rem 0}
.message.error{border-color:var(--bad)}
.message.warning{border-color:var(--warn)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.45rem .5rem}
/* The dashboard's rows (views/admin/partials/DashboardRow.tsx): compact, the form folded away */
.status-row{border-bottom:1px solid var(--line);padding:.3rem 0}
.status-row h4{margin:0;font-size:1.05rem}
.status-row .status-line{margin:0}
.row-facts{margin:.1rem 0;font-size:.95rem}
.row-facts>div{display:flex;flex-wrap:wrap;gap:0 .35rem}
.row-facts dt{font-weight:600}
.row-facts dd{margin:0}
.row-actions{display:flex;flex-wrap:wrap;gap:0 1.25rem}
.row-actions details[open]{flex-basis:100%}
.status-row summary{cursor:pointer;color:var(--link);padding:.3rem 0}
.status-row fieldset{margin:.5rem 0;padding:.25rem .75rem}
.status-row label{margin-top:.4rem}
.preview{border:2px dashed var(--line);padding:.5rem 1rem;margin:1rem 0}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
.htmx-request{opacity:.7}
.qr svg{width:12rem;height:12rem}
.codes{font-family:ui-monospace,monospace;font-size:1.1rem;columns:2}
pre.json{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.85rem;margin:0}
/* people (area C): users, audit log, first-admin setup */
.user-summary,.audit-meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
.user-summary dt,.audit-meta dt{font-weight:600}
.user-summary dd,.audit-meta dd{margin:0;overflow-wrap:anywhere}
.users-table th a{font-weight:700}
.audit-list{list-style:none;margin:1rem 0;padding:0}
.audit-entry{border-top:1px solid var(--line);padding:.75rem 0}
.audit-head{margin:0 0 .25rem}
.audit-changes{font-size:.95rem}
.audit-changes td,.audit-changes th{overflow-wrap:anywhere}
.audit-filter{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end}
.audit-filter .field{flex:1 1 14rem}
@media (max-width:30rem){.user-summary,.audit-meta{grid-template-columns:1fr}.user-summary dd,.audit-meta dd{margin-bottom:.4rem}}
/* B1 incidents */
.pre-line{white-space:pre-line}
fieldset.service-group{border:0;padding:0;margin:.5rem 0}
fieldset.service-group>legend{font-weight:600}
.status-choice label{margin-top:.4rem}
.stale-translation{font-weight:600}
.incident-list{list-style:none;padding:0}
.incident-list>li{border-bottom:1px solid var(--line);padding:.25rem 0 .75rem}
.admin-log-entry{border-bottom:1px solid var(--line);margin-bottom:1rem}
.preview-version{margin:1rem 0}
.pager{list-style:none;padding:0;display:flex;gap:1rem}
#incident-content details>summary,#new-incident details>summary{cursor:pointer;font-weight:600;margin:.5rem 0}
/* Catalog (B2): services, groups, contact channels, settings */
button.small,.button.small{padding:.2rem .5rem;font-size:.95rem}
button:disabled{opacity:.45;cursor:not-allowed}
.move-buttons{display:flex;flex-wrap:wrap;gap:.25rem}
.stale-marker{border-left:.4rem solid var(--warn);background:var(--soft);padding:.4rem .8rem;margin:.5rem 0}
.stale-flag{font-weight:400;font-style:italic;color:var(--muted)}
.conflict{border:2px solid var(--bad);padding:.5rem 1rem;margin:1rem 0}
.conflict dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:.5rem 0}
.conflict dt{font-weight:600}.conflict dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.date-time{display:flex;flex-wrap:wrap;gap:0 1rem}.date-time .field{flex:0 1 14rem}
.hours-table td{white-space:nowrap}
.small-field{display:inline-block;margin:0 .4rem .3rem 0}
.small-field label{font-weight:400;margin:0;font-size:.9rem}
.small-field input{width:auto;min-width:7rem}
td.address{overflow-wrap:anywhere}
/* The translations view: a long unbroken word in a title must not widen a phone's page */
.translation-list>li p{overflow-wrap:anywhere;margin:.2rem 0}
/* The sessions table (AccountSessions.tsx) at 320 px: each sign-in a card, each cell labelled */
@media (max-width:40rem){.sessions-table thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.sessions-table,.sessions-table tbody,.sessions-table tr,.sessions-table td{display:block}.sessions-table tr{border:1px solid var(--line);border-radius:.25rem;padding:.5rem .75rem;margin:0 0 .75rem}.sessions-table td{border:0;padding:.15rem 0;overflow-wrap:anywhere}.sessions-table td::before{content:attr(data-label);display:block;font-weight:600;font-size:.9rem}}
`.trim();
