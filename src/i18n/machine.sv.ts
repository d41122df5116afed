import type { MachineWords } from './machine';

export const machineSv: MachineWords = {
  cap: {
    event: { incident: 'Driftstörning', maintenance: 'Planerat underhåll', service: 'Ändrad driftstatus' },
    correctionNote: (reason) => (reason ? `Rättelse: ${reason}` : 'Rättelse av ett tidigare meddelande.'),
    serviceInstruction: (service, text) => `${service}: ${text}`,
    indexTitle: (siteTitle) => `CAP-meddelanden – ${siteTitle}`,
    indexSubtitle: (organisation) =>
      `Varje publicerad uppdatering om driftstatus från ${organisation} som ett CAP 1.2-meddelande.`,
  },
  embed: {
    link: (organisation) => `Till driftstatus för ${organisation}`,
  },
  subscribe: {
    heading: 'För myndigheter, redaktioner och andra webbplatser',
    intro: 'Samma information finns i format som andra system kan läsa och som andra webbplatser kan visa.',
    capHeading: 'Varningsmeddelanden i CAP-format',
    capParagraphs: [
      'Varje publicerad uppdatering finns också som ett meddelande i CAP 1.2 (Common Alerting Protocol), formatet för varningar och viktiga meddelanden till allmänheten. Meddelandena finns på svenska och på de andra språk vi publicerar på.',
      'Indexet nedan är ett Atom-flöde med en länk till varje meddelande. Uppföljningar och rättelser hänvisar till de tidigare meddelandena om samma händelse, och när en händelse är över säger det sista meddelandet det.',
    ],
    capIndexLabel: 'Index över CAP-meddelanden (Atom)',
    badgeHeading: 'Statusmärke',
    badgeParagraphs: [
      'En liten bild (SVG) som visar läget just nu i ord, med symbol och färg. Den finns för hela sidan och för varje tjänst: lägg till /badge.svg efter adressen till tjänstens sida.',
      'Skriv en alt-text när du visar bilden, till exempel så här:',
    ],
    badgeAlt: (organisation) => `Driftstatus för ${organisation}`,
    embedHeading: 'Läget att bädda in på en annan webbplats',
    embedParagraphs: [
      'Läget just nu som en liten ruta, utan JavaScript och utan kakor. Länken i rutan öppnar hela statussidan. Klistra in koden där rutan ska synas:',
    ],
    embedTitle: (organisation) => `Driftstatus för ${organisation}`,
  },
};
