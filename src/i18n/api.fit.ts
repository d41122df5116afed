/** Meänkieli, drafted from Finnish: every string needs a native speaker's review; the technical terms are Finnish ones. */
import type { ApiWords } from './api';

export const apiFit: ApiWords = {
  footerLink: 'API ja avoin data',
  title: 'API ja avoin data',
  intro: [
    'Kaikki mitä statussivula oon löytyy kans JSON-muodossa muile järjestelmile: viranomaisille, toimituksille, valvontanäytöille ja statuspalveluksille. Avainta ei tartte, ja kaikki nettisivut saattavat lukea vastaukset suoraan selaimessa (CORS).',
    'Vastaukset muuttuvat muutamassa sekunnissa jokaisen julkasun jälkhiin, ja niissä oon sama sisältö ko sivuila.',
  ],
  statuspageHeading: 'Statuspage-yhteensopiva (v2)',
  statuspageIntro:
    'Samat osotteet, kentät ja arvot ko Atlassian Statuspagessa, niin ette olemassa olevat pienoisohjelmat, valvontatyökalut ja chat-integraatiot saattavat lukea sivua ilman muutoksia.',
  nativeHeading: 'Oma API (v1)',
  nativeIntro:
    'Se mille Statuspagessa ei ole sanoja: mitä sie saatat tehä sen sijhaan, ko palvelus arvioiden toimii taas, kaikki käännökset ja oonko net vanhempia ko alkuperäinen, korjaukset versioina ja yhteystavat aukioloaikoitten kans ja oonko net aukki nyt.',
  endpoints: {
    'v2-summary': 'Tilanne lyhyesti: kaikki palvelukset, käynnissä olevat häiriöt ja suunnitellut huoltotyöt.',
    'v2-status': 'Koko tilanne: ilmasin ja yks lause.',
    'v2-components': 'Kaikki palvelukset ja palvelusryhmät sivun järjestyksessä.',
    'v2-incidents': '50 viimeistä häiriötä, loppunheet ja käynnissä olevat.',
    'v2-unresolved': 'Häiriöt jokka ei ole loppunheet.',
    'v2-maintenances': '50 viimeistä suunniteltua huoltotyötä.',
    'v2-upcoming': 'Suunnitellut huoltotyöt jokka ei ole alkanheet.',
    'v2-active': 'Käynnissä olevat suunnitellut huoltotyöt.',
    'v1-status': 'Koko tilanne sanoila ja numeroila, ja mitä oon käynnissä.',
    'v1-services': 'Kaikki palvelukset tilan kans, mitä tehä sen sijhaan ja ko net arvioiden toimivat taas.',
    'v1-service': 'Yks palvelus ja häiriöt jokka oon vaikuttanheet siihen.',
    'v1-incidents': 'Häiriöt kaikkitten päivityksitten ja korjauksitten kans, 20 sivula (?page=2 …).',
    'v1-incident': 'Yks häiriö eli suunniteltu huoltotyö: tieote, palvelukset joita se koskee ja kaikki päivitykset.',
    'v1-maintenances': 'Suunnitellut huoltotyöt, tulevat ja loppunheet.',
    'v1-contacts': 'Yhteystavat aukioloaikoitten kans ja oonko net aukki nyt.',
  },
  slugHint: '{slug} oon nimi sivun osottheessa, esimerkiksi se mikä tullee /fit/palvelukset/ eli /fit/hairiot/ jälkhiin.',
  openapiHeading: 'Kuvaus kehittäjille',
  openapiText: 'Kaikki osotteet, parametrit ja kentät oon kuvattu OpenAPI 3.1 -dokumentissa, joka luoaan samoista skeemoista jokka tarkistavat vastaukset.',
  openapiLink: 'OpenAPI-kuvaus (JSON)',
  languagesHeading: 'Kielet',
  languagesText: (defaultLanguage, offered) => [
    `Nimet ja tekstit tulevat kielelä ${defaultLanguage}, jos sie et valitse toista kieltä ?lang=:lla, esimerkiksi ?lang=fit. Sivun kielet: ${offered}.`,
    'Teksti jota ei ole käännetty tullee alkuperäisellä kielelä, ja kenttä lang kertoo millä kielelä teksti oon kirjotettu. Kieli jota sivu ei tarjoa saapi vastauksen 400 ja virheilmotuksen JSON-muodossa.',
  ],
  cachingHeading: 'Hae usein kuormittamatta',
  cachingText: [
    'Jokaisessa vastauksessa oon ETag-arvo. Lähetä se seuraavala kerrala If-None-Match-otsakkeessa, niin sie saat 304 Not Modified ilman sisältöä ko mikhään ei ole muuttunu.',
    'Jos tietokantaa ei saaja kiinni, vastauksen viimeinen tunnettu versio annethaan X-Status-Snapshot-otsakkeen kans, joka kertoo ko se oon luotu.',
  ],
  vocabularyHeading: 'Statussanat',
  vocabularyIntro: 'Tällä sivula palveluksela oon seittemän tilaa, Statuspagessa viis. Näin net käännethään v2:ssa:',
  ourStatus: 'Tila tällä sivula',
  statuspageStatus: 'Tila Statuspagessa (v2)',
  exampleHeading: 'Esimerkki',
  exampleIntro: 'Hae koko tilanne komentoriviltä:',
  exampleAnswer: 'Vastaus just nyt:',
  feedsText: 'Halvaatko mieluummin saaja jokaisen päivityksen heti ko se julkasthaan? Tilaa RSS:llä, Atomila eli JSON Feedilä.',
  feedsLink: 'Tilaa',
};
