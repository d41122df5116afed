/** Finnish. Review first: the technical terms (syöte, hakemisto, otsake) and `languagesText`. */
import type { ApiWords } from './api';

export const apiFi: ApiWords = {
  footerLink: 'API ja avoin data',
  title: 'API ja avoin data',
  intro: [
    'Kaikki tilasivun tiedot ovat saatavilla myös JSON-muodossa muille järjestelmille: viranomaisille, toimituksille, valvontanäytöille ja tilapalveluille. Avainta ei tarvita, ja mikä tahansa sivusto saa lukea vastaukset suoraan selaimessa (CORS).',
    'Vastaukset muuttuvat muutamassa sekunnissa jokaisen julkaisun jälkeen, ja niissä on sama sisältö kuin sivuilla.',
  ],
  statuspageHeading: 'Statuspage-yhteensopiva (v2)',
  statuspageIntro:
    'Samat osoitteet, kentät ja arvot kuin Atlassian Statuspagessa, joten olemassa olevat pienoisohjelmat, valvontatyökalut ja chat-integraatiot voivat lukea sivua ilman muutoksia.',
  nativeHeading: 'Oma API (v1)',
  nativeIntro:
    'Se, mille Statuspagessa ei ole sanoja: miten voit toimia sen sijaan, milloin palvelun arvioidaan toimivan taas, kaikki käännökset ja ovatko ne alkuperäistä vanhempia, korjaukset versioina sekä yhteystavat aukioloaikoineen ja tieto siitä, ovatko ne nyt avoinna.',
  endpoints: {
    'v2-summary': 'Tilanne lyhyesti: kaikki palvelut, käynnissä olevat häiriöt ja suunnitellut huoltotyöt.',
    'v2-status': 'Kokonaistilanne: ilmaisin ja yksi lause.',
    'v2-components': 'Kaikki palvelut ja palveluryhmät sivun järjestyksessä.',
    'v2-incidents': '50 viimeisintä häiriötä, päättyneet ja käynnissä olevat.',
    'v2-unresolved': 'Häiriöt, jotka eivät ole päättyneet.',
    'v2-maintenances': '50 viimeisintä suunniteltua huoltotyötä.',
    'v2-upcoming': 'Suunnitellut huoltotyöt, jotka eivät ole alkaneet.',
    'v2-active': 'Käynnissä olevat suunnitellut huoltotyöt.',
    'v1-status': 'Kokonaistilanne sanoin ja numeroin sekä se, mitä on käynnissä.',
    'v1-services': 'Kaikki palvelut tiloineen, toimintaohjeineen ja arvioituine toiminta-aikoineen.',
    'v1-service': 'Yksi palvelu ja häiriöt, jotka ovat vaikuttaneet siihen.',
    'v1-incidents': 'Häiriöt kaikkine päivityksineen ja korjauksineen, 20 sivulla (?page=2 …).',
    'v1-incident': 'Yksi häiriö tai suunniteltu huoltotyö: tiedote, koskemat palvelut ja kaikki päivitykset.',
    'v1-maintenances': 'Suunnitellut huoltotyöt, tulevat ja päättyneet.',
    'v1-contacts': 'Yhteystavat aukioloaikoineen ja tieto siitä, ovatko ne nyt avoinna.',
  },
  slugHint: '{slug} on nimi sivun osoitteessa, esimerkiksi se, mikä tulee osoitteessa /fi/palvelut/ tai /fi/hairiot/ jälkeen.',
  openapiHeading: 'Kuvaus kehittäjille',
  openapiText: 'Kaikki osoitteet, parametrit ja kentät on kuvattu OpenAPI 3.1 -dokumentissa, joka luodaan samoista skeemoista, jotka tarkistavat vastaukset.',
  openapiLink: 'OpenAPI-kuvaus (JSON)',
  languagesHeading: 'Kielet',
  languagesText: (defaultLanguage, offered) => [
    `Nimet ja tekstit tulevat kielellä ${defaultLanguage}, ellet valitse toista kieltä parametrilla ?lang=, esimerkiksi ?lang=fi. Sivun kielet: ${offered}.`,
    'Kääntämätön teksti tulee alkuperäisellä kielellä, ja kenttä lang kertoo, millä kielellä teksti on kirjoitettu. Kieli, jota sivu ei tarjoa, saa vastauksen 400 ja virheilmoituksen JSON-muodossa.',
  ],
  cachingHeading: 'Hae usein kuormittamatta',
  cachingText: [
    'Jokaisessa vastauksessa on ETag-arvo. Lähetä se seuraavalla kerralla otsakkeessa If-None-Match, niin saat vastauksen 304 Not Modified ilman sisältöä, kun mikään ei ole muuttunut.',
    'Jos tietokantaan ei saada yhteyttä, palautetaan vastauksen viimeisin tunnettu versio otsakkeella X-Status-Snapshot, joka kertoo, milloin se on luotu.',
  ],
  vocabularyHeading: 'Tilasanat',
  vocabularyIntro: 'Tällä sivulla palvelulla on seitsemän tilaa, Statuspagessa viisi. Näin ne käännetään v2:ssa:',
  ourStatus: 'Tila tällä sivulla',
  statuspageStatus: 'Tila Statuspagessa (v2)',
  exampleHeading: 'Esimerkki',
  exampleIntro: 'Hae kokonaistilanne komentoriviltä:',
  exampleAnswer: 'Vastaus juuri nyt:',
  feedsText: 'Haluatko mieluummin saada jokaisen päivityksen heti, kun se julkaistaan? Tilaa RSS-, Atom- tai JSON Feed -syöte.',
  feedsLink: 'Tilaa',
};
