/**
 * Meänkieli, drafted from Finnish by the issue 17 engineer so the interface could grow to every
 * language (the subscriptions' author owns the wording). Every string needs a native speaker's
 * review, the privacy paragraphs and the mails first.
 */
import type { SubscriptionWords } from './subscriptions';

export const subscriptionsFit: SubscriptionWords = {
  paths: { confirm: 'vahvista', manage: 'asetukset', unsubscribe: 'lopeta' },

  formHeading: 'Saa sähköpostia ko jotaki tapahtuu',
  formIntro: 'Kirjota sinun sähköpostiosote, niin met lähetämä viestin aina ko met julkasema päivityksen siitä mitä sie seuraat. Sie vahvistat ensin linkilä sähköpostissa, ja sie saatat lopettaa ko sie halvaat.',
  emailLabel: 'Sähköpostiosote',
  emailHint: 'Esimerkiksi nimi@esimerkki.se',
  followLegend: 'Mitä sie halvaat seurata?',
  followEverything: 'Kaikki päivitykset',
  followServices: 'Vain palvelukset jokka mie valitten',
  followIncident: (title) => `Vain häiriö ”${title}”`,
  languageLabel: 'Viestitten kieli',
  submit: 'Tilaa',
  followThisHeading: 'Seuraa sähköpostila',
  followThisService: 'Saa sähköpostia tästä palveluksesta',
  followThisIncident: 'Saa sähköpostia tästä häiriöstä',
  unavailable: 'Sähköpostitilaukset ei ole just nyt käytössä tällä sivula. Sie saatat seurata päivityksiä alla olevila syötteilä.',

  privacyHeading: 'Mitä met tallenama sinusta',
  privacy: [
    'Met tallenama vain sinun sähköpostiosotteen, mitä sie valitsit seurata, viestitten kielen ja ajan ko sie tilasit ja vahvistit. Met emmä tallenna sinun nimeä eikä IP-osotetta, ja met käytämä osotetta vain näihin viestihin.',
    'Osote jota ei vahvisteta 48 tunnin sisälä poistethaan. Jos viestit ei mene perile, met lopetama lähettämästä ja poistama osotteen 30 päivän päästä.',
    'Jokaisessa viestissä oon linkki jolla sie saatat muuttaa eli lopettaa tilauksen. Ko sie lopetat, osote poistethaan heti.',
  ],

  errorSummary: 'Lomaketta ei saatu lähetettyä',
  invalidEmail: 'Kirjota sähköpostiosote, esimerkiksi nimi@esimerkki.se.',
  noServicesChosen: 'Valitse vähinthään yks palvelus, eli valitse ”Kaikki päivitykset”.',
  unknownChoice: 'Sitä mitä sie halusit seurata ei ole enää. Valitse jotaki muuta.',
  tooManyTitle: 'Liian monta yritystä',
  tooMany: 'Met olema saanheet monta tilausta lyhyessä ajassa. Oota tunti ja yritä uuesti.',

  checkMailTitle: 'Kato sinun sähköposti',
  checkMail: [
    'Jos osote saattaa ottaa vasthaan sähköpostia, sinne oon tulossa viesti jossa oon linkki. Avaa linkki 48 tunnin sisälä ette sie vahvistat.',
    'Met emmä lähetä mithään muuta ennen ko sie olet vahvistanu. Eikö viestiä tullu? Kato roskapostista.',
  ],

  confirmTitle: 'Vahvista sinun tilaus',
  confirmText: 'Paina nappia, niin sie alat saaja sähköpostia päivityksistä.',
  confirmButton: 'Vahvista tilaus',
  confirmedTitle: 'Valmis – sie olet tilanu',
  confirmed: 'Sie saat viestin seuraavan kerran ko met julkasema päivityksen siitä mitä sie seuraat. Jokaisessa viestissä oon linkki jolla sie saatat muuttaa eli lopettaa tilauksen.',

  linkInvalidTitle: 'Linkki ei toimi',
  linkInvalid: 'Linkki oon liian vanha, sitä oon jo käytetty lopettamhaan tilauksen, eli se oon vajavainen. Tilaa uuesti tilaussivula jos sie halvaat sähköpostia.',

  manageTitle: 'Sinun tilaus',
  manageIntro: (email) => `Täälä sie muutat mistä osotheeseen ${email} lähetethään sähköpostia.`,
  saveButton: 'Tallena muutokset',
  saved: 'Muutokset oon tallennettu.',
  endHeading: 'Lopeta sähköpostit',
  endText: 'Osote poistethaan heti, ja sie et saa enää viestejä.',
  endButton: 'Lopeta tilaus',
  endedTitle: 'Tilaus oon lopetettu',
  ended: 'Met olema poistanheet osotteen emmäkä lähetä enää viestejä.',

  unsubscribeTitle: 'Lopeta tilaus',
  unsubscribeText: 'Paina nappia, niin sähköpostit loppuvat. Osote poistethaan heti.',

  mail: {
    confirmSubject: (organisation) => `Vahvista ette sie halvaat sähköpostia (${organisation})`,
    confirmIntro: (organisation) =>
      `Joku, toivottavasti sie, pyysi lähettämhään tähän osotheeseen sähköpostia palveluksitten tilasta (${organisation}).`,
    confirmAction: 'Avaa linkki ja paina nappia ette sie vahvistat:',
    confirmExpiry: 'Linkki toimii 48 tuntia.',
    notYou: 'Etkö se ollu sie? Älä tee mithään: ilman vahvistusta met emmä lähetä enämpi, ja osote poistethaan 48 tunnin päästä.',
    alreadySubject: (organisation) => `Sinun tilaus (${organisation})`,
    alreadyIntro: (organisation) =>
      `Joku pyysi lähettämhään tähän osotheeseen sähköpostia palveluksitten tilasta (${organisation}). Sie olet jo tilanu, niin mikhään ei muuttunu.`,
    alreadyAction: 'Halvaatko muuttaa mistä sie saat sähköpostia, eli lopettaa? Avaa linkki:',
    updateSubject: (subject, organisation) => `${subject} – ${organisation}`,
    statusChanges: 'Tila muuttu',
    instead: 'Tee näin sen sijhaan',
    whatYouShouldDo: 'Mitä sinun pittää tehä?',
    readMore: 'Lue lisää ja kato aikasemmat päivitykset:',
    manage: 'Muuta mistä sie saat sähköpostia:',
    unsubscribe: 'Lopeta tilaus:',
    why: (organisation) => `Sie saat tämän viestin, koska sie olet tilanu palveluksitten tilan (${organisation}).`,
  },
};
