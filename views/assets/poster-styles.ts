/**
 * The printable poster's sheet, linked from the poster page only (the overview's byte budget
 * stays as it is). On screen it previews the sheet; in print it is the whole page: one A4
 * sheet for a notice board, so large type for the state, black on white, and every status as
 * a word with its icon (colour only adds to it; borders and icons print without "background
 * graphics").
 *
 * One page is kept by the content, not by scaling (shrinking to fit would make a long poster
 * unreadable): src/present/poster.ts cuts each text to a sentence or two and takes only as
 * many services and channels as its height estimate, made from the sizes below, lets fit.
 * Change the sizes here and the estimate there together; tests/browser/poster-print.test.ts
 * prints the sheet to PDF and tells.
 *
 * Everything but the sheet is hidden in print, the last-known-good banner included: on screen
 * it says the copy is old; on paper "Utskriven" and "Senast uppdaterad" say how old, and the
 * banner would push the sheet onto a second page.
 */
export const posterCss = `
@page{size:A4;margin:12mm}
.poster-screen{border:2px solid var(--line);background:var(--soft);padding:.5rem 1rem;margin:1rem 0}
.poster{font-size:10pt;line-height:1.28;color:#000;margin:1.5rem auto}
.poster p{margin:0}
.poster h2{font-size:14pt;line-height:1.2;margin:3mm 0 1.5mm;padding:1mm 0 0;border-top:1.5pt solid #000}
.poster-head h1{font-size:19pt;line-height:1.15;margin:0}
.poster-times{font-size:9.5pt}
.poster-org{font-size:12pt;font-weight:700}
.poster-example{margin-top:1mm;padding:.5mm 2mm;border:1.5pt dashed #000;font-weight:700}
.poster-overall{border:2pt solid var(--c);border-inline-start-width:4mm;padding:2mm 3.5mm;margin:3mm 0 0}
.poster-headline{font-size:24pt;line-height:1.15;font-weight:800}
.poster-headline .icon{color:var(--c)}
.poster-detail{font-size:12pt;margin-top:1mm}
.poster-services{list-style:none;margin:0;padding:0;columns:3;column-gap:5mm}
.poster-service{border-inline-start:1.5mm solid var(--c);padding:0;padding-inline-start:2mm;margin:0 0 2mm;break-inside:avoid;font-size:9.5pt}
.poster-service-name{font-size:11pt;font-weight:700;line-height:1.2}
.poster .status{font-size:10pt;white-space:normal}
.poster .expected{margin:.5mm 0 0}
.poster-more{margin-top:1mm;font-weight:700}
.poster-bottom{display:grid;grid-template-columns:1fr 50mm;gap:0 5mm}
.poster-contacts{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:2.5mm 5mm}
.poster-contacts li{break-inside:avoid}
.poster-contact-name{font-weight:700;line-height:1.2}
.poster-address{font-size:11pt;font-weight:700}
.poster-today{font-weight:700}
.poster-link{grid-column:2;margin-top:3mm;padding:2mm;border:1.5pt solid #000;text-align:center;break-inside:avoid}
.poster-qr{display:block;width:34mm;height:34mm;margin:1.5mm auto}
.poster-url{display:block;font-size:11pt;font-weight:800;overflow-wrap:anywhere}
@media screen{
.poster{border:1px solid var(--line);box-shadow:0 .2rem .8rem rgba(0,0,0,.15);padding:12mm;max-width:210mm}
}
@media screen and (max-width:44rem){
.poster{padding:1rem;font-size:1rem}
.poster-contacts,.poster-bottom{grid-template-columns:1fr}
.poster-link{grid-column:auto}
.poster-services{columns:1}
.poster-headline{font-size:1.6rem}
.poster-service{font-size:.95rem}
}
@media print{
.skip,.example-banner,.snapshot-banner,.site-header,.site-footer,.poster-screen{display:none}
main.wrap{max-width:none;margin:0;padding:0}
.poster{margin:0}
.poster a{color:#000;text-decoration:none}
}
`.trim();
