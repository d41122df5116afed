/**
 * Lättläst svenska. The CAP words stay plain Swedish-easy; the subscribe section is for other
 * websites and authorities, so it is short rather than simplified. Review first: `event`.
 */
import type { MachineWords } from './machine';

export const machineSvEasy: MachineWords = {
  cap: {
    event: { incident: 'Något fungerar inte', maintenance: 'Vi lagar eller byter något', service: 'Nytt läge för en tjänst' },
    correctionNote: (reason) => (reason ? `Vi har ändrat: ${reason}` : 'Vi har ändrat ett meddelande.'),
    serviceInstruction: (service, text) => `${service}: ${text}`,
    indexTitle: (siteTitle) => `CAP-meddelanden – ${siteTitle}`,
    indexSubtitle: (organisation) => `Alla meddelanden från ${organisation} i formatet CAP 1.2.`,
  },
  embed: {
    link: (organisation) => `Vad fungerar hos ${organisation}?`,
  },
  subscribe: {
    heading: 'För andra webbplatser',
    intro: 'Andra webbplatser och myndigheter kan visa våra meddelanden.',
    capHeading: 'Meddelanden i CAP',
    capParagraphs: [
      'CAP är ett format för varningar. Alla våra meddelanden finns i CAP.',
      'Listan är ett flöde i Atom. Den har en länk till varje meddelande.',
    ],
    capIndexLabel: 'Lista med CAP-meddelanden (Atom)',
    badgeHeading: 'Liten bild med läget',
    badgeParagraphs: [
      'En liten bild visar läget just nu. Skriv /badge.svg efter adressen till en tjänst.',
      'Skriv en text till bilden. Till exempel så här:',
    ],
    badgeAlt: (organisation) => `Vad fungerar hos ${organisation}?`,
    embedHeading: 'Visa läget på en annan webbplats',
    embedParagraphs: ['En liten ruta visar läget. Klistra in koden där rutan ska vara:'],
    embedTitle: (organisation) => `Vad fungerar hos ${organisation}?`,
  },
};
