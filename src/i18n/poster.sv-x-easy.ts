/** Lättläst svenska. Review first: `affectedHeading` and `contactsToday`, the lines read from across a room. */
import type { PosterWords } from './poster';

const tjanster = (count: number) => (count === 1 ? '1 tjänst' : `${count} tjänster`);

export const posterSvEasy: PosterWords = {
  link: 'Skriv ut en affisch',
  title: 'Affisch',
  screenIntro: 'Skriv ut sidan. Sätt upp den där många ser den. Den får plats på ett A4-papper.',
  plainTextLink: 'Samma sak som bara text',
  affectedHeading: 'Det här fungerar inte som vanligt',
  moreAffected: (count) => `Det finns ${tjanster(count)} till. Titta på statussidan.`,
  moreContacts: (count) => `Det finns ${count} ${count === 1 ? 'sätt' : 'sätt'} till att prata med oss. Titta på statussidan.`,
  contactsToday: (date) => `Hit kan du ringa eller gå i dag, ${date}`,
  openToday: (hours) => `I dag ${hours}`,
  closedToday: 'Stängt i dag',
  qrLabel: 'QR-kod till statussidan',
  qrCaption: 'Nya meddelanden finns på statussidan:',
  printedAt: 'Utskriven',
  exampleMarker: 'Exempel – kommunen finns inte på riktigt.',
  moreAt: (url) => `Läs mer på ${url}`,
};
