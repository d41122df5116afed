/** The translations view in Swedish. The shape, and what each word is for, is in ./translations. */
import type { AdminTranslationsMessages, TranslationsWords } from './translations';

const svWords: TranslationsWords = {
  title: 'Översättningar',
  intro: (defaultLanguage) =>
    `Här ser du per språk vad som saknas eller är äldre än originalet på ${defaultLanguage}, nyast först. Skicka listan för ett språk till den som översätter till det språket.`,
  onlyDefault: (defaultLanguage) => `Statussidan finns bara på ${defaultLanguage}. Det finns inget att översätta.`,
  offerMore: 'Fler språk erbjuds under Inställningar.',
  languagesNav: 'Språk',
  summary: (missing, older) =>
    [missing > 0 ? (missing === 1 ? '1 text saknas.' : `${missing} texter saknas.`) : '', older > 0 ? (older === 1 ? '1 text är äldre än originalet.' : `${older} texter är äldre än originalet.`) : '']
      .filter(Boolean)
      .join(' '),
  allTranslated: 'Allt är översatt.',
  contentOnly: (language) => `Statussidan visas inte på ${language} ännu; texterna sparas och visas när gränssnittet finns.`,
  kind: {
    'site-notice': 'Meddelande på statussidan',
    incident: 'Händelse',
    maintenance: 'Planerat underhåll',
    update: 'Uppdatering',
    service: 'Tjänst',
  },
  inIncident: (title) => `i ”${title}”`,
  standalone: 'fristående uppdatering',
  missing: 'Saknas.',
  older: (original, originalChanged, translated) => `Äldre än originalet: texten på ${original} ändrades ${originalChanged}, översättningen är från ${translated}.`,
  changed: 'Ändrad',
  fix: (language) => `Skriv texten på ${language}`,
  noPlace: (language) =>
    `En fristående uppdatering kan inte rättas i konsolen. Skriv texten på ${language} med i nästa uppdatering av tjänsten.`,
  adminOnly: 'Ändras av en administratör under Inställningar.',
  limits: (incidents, updates) => `Listan tar med de ${incidents} senaste händelserna och de ${updates} senaste uppdateringarna.`,
};

export const svTranslations: AdminTranslationsMessages = { translations: svWords };
