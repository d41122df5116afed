/**
 * Finnish, written by the issue 17 engineer so the interface could grow to every language (the
 * subscriptions' author owns the wording). Review first: the privacy paragraphs and the mails.
 */
import type { SubscriptionWords } from './subscriptions';

export const subscriptionsFi: SubscriptionWords = {
  paths: { confirm: 'vahvista', manage: 'asetukset', unsubscribe: 'lopeta' },

  formHeading: 'Saat sähköpostia, kun jotain tapahtuu',
  formIntro: 'Kirjoita sähköpostiosoitteesi, niin lähetämme viestin aina, kun julkaisemme päivityksen seuraamastasi asiasta. Vahvistat ensin sähköpostiviestin linkillä, ja voit lopettaa milloin haluat.',
  emailLabel: 'Sähköpostiosoite',
  emailHint: 'Esimerkiksi nimi@esimerkki.fi',
  followLegend: 'Mitä haluat seurata?',
  followEverything: 'Kaikki päivitykset',
  followServices: 'Vain valitsemani palvelut',
  followIncident: (title) => `Vain häiriö ”${title}”`,
  languageLabel: 'Viestien kieli',
  submit: 'Tilaa',
  followThisHeading: 'Seuraa sähköpostilla',
  followThisService: 'Saat sähköpostia tästä palvelusta',
  followThisIncident: 'Saat sähköpostia tästä häiriöstä',
  unavailable: 'Sähköpostitilaukset eivät ole juuri nyt käytössä tällä sivulla. Voit seurata päivityksiä alla olevilla syötteillä.',

  privacyHeading: 'Mitä tallennamme sinusta',
  privacy: [
    'Tallennamme vain sähköpostiosoitteesi, sen, mitä valitsit seurattavaksi, viestien kielen sekä ajan, jolloin tilasit ja vahvistit. Emme tallenna nimeäsi emmekä IP-osoitettasi, ja käytämme osoitetta vain näihin viesteihin.',
    'Osoite, jota ei vahvisteta 48 tunnin kuluessa, poistetaan. Jos viestit osoitteeseen eivät mene perille, lopetamme lähettämisen ja poistamme osoitteen 30 päivän kuluttua.',
    'Jokaisessa viestissä on linkki, jolla voit muuttaa tai lopettaa tilauksen. Kun lopetat, osoite poistetaan heti.',
  ],

  errorSummary: 'Lomaketta ei voitu lähettää',
  invalidEmail: 'Kirjoita sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
  noServicesChosen: 'Valitse vähintään yksi palvelu tai valitse ”Kaikki päivitykset”.',
  unknownChoice: 'Sitä, mitä halusit seurata, ei ole enää. Valitse jotain muuta.',
  tooManyTitle: 'Liian monta yritystä',
  tooMany: 'Olemme saaneet lyhyessä ajassa monta tilausta. Odota tunti ja yritä uudelleen.',

  checkMailTitle: 'Katso sähköpostisi',
  checkMail: [
    'Jos osoite voi vastaanottaa sähköpostia, sinne on tulossa viesti, jossa on linkki. Avaa linkki 48 tunnin kuluessa vahvistaaksesi tilauksen.',
    'Emme lähetä mitään muuta ennen kuin olet vahvistanut. Eikö viestiä tullut? Katso roskapostikansio.',
  ],

  confirmTitle: 'Vahvista tilauksesi',
  confirmText: 'Paina painiketta, niin alat saada sähköpostia päivityksistä.',
  confirmButton: 'Vahvista tilaus',
  confirmedTitle: 'Valmis – tilaus on voimassa',
  confirmed: 'Saat viestin seuraavan kerran, kun julkaisemme päivityksen seuraamastasi asiasta. Jokaisessa viestissä on linkki, jolla voit muuttaa tai lopettaa tilauksen.',

  linkInvalidTitle: 'Linkki ei toimi',
  linkInvalid: 'Linkki on liian vanha, sitä on jo käytetty tilauksen lopettamiseen tai se on puutteellinen. Tilaa uudelleen tilaussivulla, jos haluat sähköpostia.',

  manageTitle: 'Tilauksesi',
  manageIntro: (email) => `Täällä muutat, mistä osoitteeseen ${email} lähetetään sähköpostia.`,
  saveButton: 'Tallenna muutokset',
  saved: 'Muutokset on tallennettu.',
  endHeading: 'Lopeta sähköpostit',
  endText: 'Osoite poistetaan heti, etkä saa enää viestejä.',
  endButton: 'Lopeta tilaus',
  endedTitle: 'Tilaus on lopetettu',
  ended: 'Olemme poistaneet osoitteen emmekä lähetä enää viestejä.',

  unsubscribeTitle: 'Lopeta tilaus',
  unsubscribeText: 'Paina painiketta, niin sähköpostit loppuvat. Osoite poistetaan heti.',

  mail: {
    confirmSubject: (organisation) => `Vahvista, että haluat sähköpostia: ${organisation}`,
    confirmIntro: (organisation) =>
      `Joku, toivottavasti sinä, pyysi lähettämään tähän osoitteeseen sähköpostia palvelujen tilasta (${organisation}).`,
    confirmAction: 'Avaa linkki ja vahvista painamalla painiketta:',
    confirmExpiry: 'Linkki toimii 48 tuntia.',
    notYou: 'Etkö se ollut sinä? Älä tee mitään: ilman vahvistusta emme lähetä enempää, ja osoite poistetaan 48 tunnin kuluttua.',
    alreadySubject: (organisation) => `Tilauksesi: ${organisation}`,
    alreadyIntro: (organisation) =>
      `Joku pyysi lähettämään tähän osoitteeseen sähköpostia palvelujen tilasta (${organisation}). Tilaus on jo voimassa, joten mikään ei muuttunut.`,
    alreadyAction: 'Haluatko muuttaa, mistä saat sähköpostia, tai lopettaa? Avaa linkki:',
    updateSubject: (subject, organisation) => `${subject} – ${organisation}`,
    statusChanges: 'Tila muuttui',
    instead: 'Toimi näin sen sijaan',
    whatYouShouldDo: 'Mitä sinun pitää tehdä?',
    readMore: 'Lue lisää ja katso aiemmat päivitykset:',
    manage: 'Muuta, mistä saat sähköpostia:',
    unsubscribe: 'Lopeta tilaus:',
    why: (organisation) => `Saat tämän viestin, koska olet tilannut tiedot palvelujen tilasta (${organisation}).`,
  },
};
