/**
 * Lättläst svenska. The API page is for developers: its technical words stay (JSON, ETag), the
 * sentences around them are short. Review first: `intro` and `languagesText`.
 */
import type { ApiWords } from './api';

export const apiSvEasy: ApiWords = {
  footerLink: 'Information för datorer',
  title: 'Information för datorer (API)',
  intro: [
    'Allt på sidan finns också i formatet JSON. Då kan andra datorer läsa det.',
    'Du behöver ingen nyckel. Informationen ändras direkt när vi skriver något nytt.',
  ],
  statuspageHeading: 'Som Statuspage (v2)',
  statuspageIntro: 'Samma adresser som Atlassian Statuspage. Program som läser Statuspage kan läsa den här sidan.',
  nativeHeading: 'Vårt eget API (v1)',
  nativeIntro: 'Här finns mer än i Statuspage. Till exempel vad du kan göra i stället och när kommunen har öppet.',
  endpoints: {
    'v2-summary': 'Kort om läget: alla tjänster, problem och lagningar.',
    'v2-status': 'Läget i en mening.',
    'v2-components': 'Alla tjänster.',
    'v2-incidents': 'De 50 senaste problemen.',
    'v2-unresolved': 'Problem som inte är klara.',
    'v2-maintenances': 'De 50 senaste lagningarna.',
    'v2-upcoming': 'Lagningar som inte har börjat.',
    'v2-active': 'Lagningar som pågår nu.',
    'v1-status': 'Läget i ord och siffror.',
    'v1-services': 'Alla tjänster och hur de fungerar.',
    'v1-service': 'En tjänst och dess problem.',
    'v1-incidents': 'Problem med alla meddelanden. 20 på varje sida (?page=2 …).',
    'v1-incident': 'Ett problem eller en lagning, med alla meddelanden.',
    'v1-maintenances': 'Lagningar, nya och gamla.',
    'v1-contacts': 'Hur du kan prata med oss, och när det är öppet.',
  },
  slugHint: '{slug} är namnet i adressen. Det står efter /tjanster/ eller /handelser/.',
  openapiHeading: 'För utvecklare',
  openapiText: 'Allt beskrivs i ett dokument i formatet OpenAPI 3.1.',
  openapiLink: 'OpenAPI-dokumentet (JSON)',
  languagesHeading: 'Språk',
  languagesText: (defaultLanguage, offered) => [
    `Texterna kommer på ${defaultLanguage}. Vill du ha ett annat språk? Skriv ?lang= och språket, till exempel ?lang=en. Språk på sidan: ${offered}.`,
    'Finns texten inte på språket? Då kommer den på sitt eget språk. Fältet lang säger vilket språk det är.',
  ],
  cachingHeading: 'Fråga ofta',
  cachingText: [
    'Varje svar har ett ETag. Skicka det i If-None-Match nästa gång. Då får du 304 om inget är nytt.',
    'Fungerar inte databasen? Då får du det senaste svaret vi har. Rubriken X-Status-Snapshot säger hur gammalt det är.',
  ],
  vocabularyHeading: 'Ord för läget',
  vocabularyIntro: 'Vi har sju ord för läget. Statuspage har fem. Så här blir de i v2:',
  ourStatus: 'Vårt ord',
  statuspageStatus: 'Ordet i Statuspage (v2)',
  exampleHeading: 'Exempel',
  exampleIntro: 'Skriv så här i en terminal:',
  exampleAnswer: 'Svaret just nu:',
  feedsText: 'Vill du få varje nytt meddelande? Du kan prenumerera.',
  feedsLink: 'Få meddelanden',
};
