/** Arabic number agreement for the catalogs (ar.ts, poster.ar.ts): one, two, 3–10, 11 and more. */
const plural = new Intl.PluralRules('ar');

/** "خدمة واحدة", "خدمتان", "3 خدمات", "11 خدمة". */
export function arabicCount(n: number, forms: { one: string; two: string; few: string; other: string }): string {
  switch (plural.select(n)) {
    case 'one':
      return forms.one;
    case 'two':
      return forms.two;
    case 'few':
      return `${n} ${forms.few}`;
    default:
      return `${n} ${forms.other}`;
  }
}
