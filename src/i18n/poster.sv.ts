import type { PosterWords } from './poster';

const tjanster = (count: number) => (count === 1 ? '1 tjänst' : `${count} tjänster`);

export const posterSv: PosterWords = {
  link: 'Skriv ut affisch',
  title: 'Affisch att skriva ut',
  screenIntro:
    'Skriv ut den här sidan och sätt upp den på en anslagstavla, i en reception eller i ett skyltfönster. Den får plats på ett A4-ark. Välj Skriv ut i webbläsaren (Ctrl+P, på Mac ⌘+P).',
  plainTextLink: 'Samma information som ren text, att läsa upp eller klistra in i sms och sociala medier',
  affectedHeading: 'Det här fungerar inte som vanligt',
  moreAffected: (count) => `… och ${tjanster(count)} till. Se statussidan.`,
  moreContacts: (count) => `… och ${count} ${count === 1 ? 'kontaktväg' : 'kontaktvägar'} till på statussidan.`,
  contactsToday: (date) => `Hit kan du vända dig i dag, ${date}`,
  openToday: (hours) => `I dag ${hours}`,
  closedToday: 'Stängt i dag',
  qrLabel: 'QR-kod med adressen till statussidan',
  qrCaption: 'Senaste informationen finns alltid på statussidan:',
  printedAt: 'Utskriven',
  exampleMarker: 'Exempeldata – kommunen och händelserna är påhittade.',
  moreAt: (url) => `Mer finns på ${url}`,
};
