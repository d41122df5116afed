/**
 * "This translation is older": a translation written before its original last changed may no
 * longer say the same thing, so the public page says so under the text and the console warns
 * the editor. One rule for both.
 */
export function isOlderTranslation(translation: { updatedAt: Date }, original: { updatedAt: Date }): boolean {
  return translation.updatedAt.getTime() < original.updatedAt.getTime();
}
