/**
 * Complete, valid console forms as a browser posts them, every text field filled by `text`
 * (given the field's short name, e.g. `sv.name`). Shared by the tests that push hostile text
 * through every field.
 */
export type FieldText = (field: string) => string;

export function serviceForm(groupId: number, text: FieldText, extra: Record<string, string> = {}) {
  return {
    slug: 'farlig',
    groupId: String(groupId),
    position: '',
    expectedDate: '2026-03-01',
    expectedTime: '12:00',
    ...Object.fromEntries(
      ['sv', 'en'].flatMap((locale) =>
        ['name', 'description', 'workaround', 'restorationNote'].map((key) => [`texts.${locale}.${key}`, text(`${locale}.${key}`)]),
      ),
    ),
    ...extra,
  };
}

export function channelForm(text: FieldText, extra: Record<string, string> = {}) {
  return {
    kind: 'phone',
    address: text('address'),
    openingHoursMode: 'scheduled',
    position: '',
    'texts.sv.name': text('sv.name'),
    'texts.sv.note': text('sv.note'),
    'texts.en.name': text('en.name'),
    'texts.en.note': text('en.note'),
    slots: '1',
    'hours.3.0.opens': '08:00',
    'hours.3.0.closes': '16:00',
    overrideRows: '0',
    intent: 'save',
    ...extra,
  };
}

export function settingsForm(version: string, text: FieldText, extra: Record<string, string> = {}) {
  return {
    version,
    ...Object.fromEntries(
      ['sv', 'en'].flatMap((locale) => ['organisationName', 'siteTitle', 'notice'].map((key) => [`texts.${locale}.${key}`, text(`${locale}.${key}`)])),
    ),
    'offer.en': '1',
    publicUrl: 'https://status.example.org',
    timeZone: 'Europe/Stockholm',
    accessibilityReviewedOn: '',
    ...extra,
  };
}
