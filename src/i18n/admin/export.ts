/**
 * Words of the backup website page (the static export as a ZIP, for editors and admins).
 * Everything sits under one `siteExport` key so it cannot collide with other areas' words.
 */

export interface SiteExportWords {
  title: string;
  intro: string;
  containsHeading: string;
  contains: string;
  useHeading: string;
  useSteps: string[];
  addressLabel: string;
  addressHint: (defaultUrl: string) => string;
  addressInvalid: string;
  download: string;
  everyDownloadLogged: string;
  keptChanging: string;
  serverHeading: string;
  serverIntro: string;
  recentHeading: string;
  recentNone: string;
  recentEntry: (files: number, megabytes: string) => string;
}

export interface AdminExportMessages {
  siteExport: SiteExportWords;
}

export const svExport: AdminExportMessages = {
  siteExport: {
    title: 'Reservwebbplats',
    intro:
      'Ladda ner hela den publika statussidan som vanliga filer. Den fungerar utan den här servern och utan databasen: lägg upp den någon annanstans om statussidan går ner, eller ge den till någon som behöver den på ett USB-minne.',
    containsHeading: 'Vad den innehåller',
    contains:
      'Alla sidor på alla språk som statussidan erbjuds på (översikten, varje tjänst och händelse, historiken, affischen, tillgänglighetsredogörelsen), status.txt, alla flöden (RSS, Atom och JSON Feed) med arkiv, stilmallar och ikoner. Så som allt ser ut just när du laddar ner.',
    useHeading: 'Så använder du den',
    useSteps: [
      'Packa upp ZIP-filen.',
      'Öppna index.html i en webbläsare. Det fungerar direkt från datorn eller ett USB-minne, utan internet.',
      'Eller lägg upp alla filer hos vilket webbhotell som helst: länkarna mellan sidorna fungerar var filerna än ligger.',
    ],
    addressLabel: 'Adress där den ska publiceras (valfritt)',
    addressHint: (defaultUrl) =>
      `Används där en länk måste vara fullständig: sidornas kanoniska adress, flödena och QR-koden på affischen. Lämnar du fältet tomt används ${defaultUrl}.`,
    addressInvalid: 'Skriv en fullständig adress som börjar med https:// eller http://, utan ? eller #.',
    download: 'Ladda ner reservwebbplatsen',
    everyDownloadLogged: 'Varje nedladdning förs in i loggen, med vem och när.',
    keptChanging: 'Något publicerades hela tiden medan reservwebbplatsen skapades. Försök igen om en stund.',
    serverHeading: 'Hålla den uppdaterad automatiskt',
    serverIntro: 'På en server med kommandoraden skriver det här kommandot samma filer och skriver om dem efter varje publicering, så att en andra webbplats hos en annan leverantör alltid är aktuell:',
    recentHeading: 'Senaste nedladdningarna',
    recentNone: 'Ingen har laddat ner reservwebbplatsen här än.',
    recentEntry: (files, megabytes) => `${files} filer, ${megabytes} MB`,
  },
};

export const enExport: AdminExportMessages = {
  siteExport: {
    title: 'Backup website',
    intro:
      'Download the whole public status page as plain files. It works without this server and without the database: put it up elsewhere if the status page goes down, or give it on a USB stick to someone who needs it.',
    containsHeading: 'What it holds',
    contains:
      'Every page in every language the status page offers (the overview, every service and incident, the history, the poster, the accessibility statement), status.txt, every feed (RSS, Atom and JSON Feed) with its archives, the stylesheets and the icons. As everything is at the moment you download it.',
    useHeading: 'How to use it',
    useSteps: [
      'Unzip the file.',
      'Open index.html in a browser. It works straight from the computer or a USB stick, without the internet.',
      'Or upload all the files to any web host: the links between the pages work wherever the files are.',
    ],
    addressLabel: 'Address it will be published at (optional)',
    addressHint: (defaultUrl) =>
      `Used where a link must be complete: the pages' canonical address, the feeds and the QR code on the poster. Left empty, ${defaultUrl} is used.`,
    addressInvalid: 'Enter a complete address starting with https:// or http://, without ? or #.',
    download: 'Download the backup website',
    everyDownloadLogged: 'Every download is recorded in the audit log, with who and when.',
    keptChanging: 'Something kept being published while the backup website was being made. Try again in a moment.',
    serverHeading: 'Keeping it current automatically',
    serverIntro: 'On a server with a command line, this command writes the same files and rewrites them after every publication, so that a second website with another provider is always current:',
    recentHeading: 'Latest downloads',
    recentNone: 'Nobody has downloaded the backup website here yet.',
    recentEntry: (files, megabytes) => `${files} files, ${megabytes} MB`,
  },
};
