/**
 * Words of the backup page (admins only). Everything sits under one `backup` key so it cannot
 * collide with other areas' words.
 */

export interface BackupWords {
  title: string;
  intro: string;
  secretsHeading: string;
  withoutSecrets: string;
  afterRestore: string;
  restoreHeading: string;
  restoreIntro: string;
  restoreCommand: string;
  restoreMore: string;
  downloadHeading: string;
  includeSecretsLabel: string;
  includeSecretsHint: string;
  passwordLabel: string;
  passwordHint: string;
  passwordRequired: string;
  download: string;
  everyDownloadLogged: string;
  recentHeading: string;
  recentNone: string;
  withSecrets: string;
  withoutSecretsShort: string;
}

export interface AdminBackupMessages {
  backup: BackupWords;
}

export const svBackup: AdminBackupMessages = {
  backup: {
    title: 'Säkerhetskopia',
    intro:
      'Ladda ner en säkerhetskopia av hela statussidan: tjänster, händelser, alla publicerade uppdateringar, kontaktvägar, inställningar, användare och loggen. Spara den utanför organisationens egen IT, så att sidan kan sättas upp igen någon annanstans.',
    secretsHeading: 'Utan inloggningsuppgifter',
    withoutSecrets:
      'Säkerhetskopian innehåller inga inloggningsuppgifter: inga lösenord (inte ens krypterade), inga appar för tvåstegsverifiering, reservkoder eller nycklar (passkeys), inga pågående inloggningar, inga sparade uppgifter om kända enheter och inga spärrar efter felaktiga inloggningar.',
    afterRestore:
      'Konton i en återställd kopia finns kvar med namn, roll och historik men kan inte logga in förrän en administratör har satt nya lösenord på servern:',
    restoreHeading: 'Återställa',
    restoreIntro: 'Återställning görs på en server med kommandoraden, till en ny, tom databas:',
    restoreCommand: 'npm run restore -- säkerhetskopia.json',
    restoreMore: 'Filens kontrollsumma och version kontrolleras innan något skrivs. Mer om detta i README, avsnittet "Backup and restore".',
    downloadHeading: 'Ladda ner',
    includeSecretsLabel: 'Ta med inloggningsuppgifter',
    includeSecretsHint:
      'Bara för en fullständig återställning efter en katastrof: lösenordshashar, hemligheter för tvåstegsverifiering, reservkoder, nycklar och inloggningar. Förvara då filen lika säkert som själva databasen.',
    passwordLabel: 'Ditt lösenord',
    passwordHint: 'Behövs bara om du tar med inloggningsuppgifter.',
    passwordRequired: 'Skriv ditt lösenord för att ta med inloggningsuppgifter.',
    download: 'Ladda ner säkerhetskopia',
    everyDownloadLogged: 'Varje nedladdning förs in i loggen, med vem, när och varifrån.',
    recentHeading: 'Senaste nedladdningarna',
    recentNone: 'Ingen har laddat ner någon säkerhetskopia här än.',
    withSecrets: 'med inloggningsuppgifter',
    withoutSecretsShort: 'utan inloggningsuppgifter',
  },
};

export const enBackup: AdminBackupMessages = {
  backup: {
    title: 'Database backup',
    intro:
      'Download a backup of the whole status page: services, incidents, every published update, contact channels, settings, users and the audit log. Keep it outside the organisation’s own IT, so the page can be set up again elsewhere.',
    secretsHeading: 'Without sign-in secrets',
    withoutSecrets:
      'The backup holds no sign-in secrets: no passwords (not even hashed), no authenticator apps, recovery codes or passkeys, no active sign-ins, no record of known devices and no lockouts after failed sign-ins.',
    afterRestore:
      'Accounts in a restored copy keep their name, role and history but cannot sign in until an admin sets new passwords on the server:',
    restoreHeading: 'Restoring',
    restoreIntro: 'Restoring is done on a server with the command line, into a new, empty database:',
    restoreCommand: 'npm run restore -- backup.json',
    restoreMore: 'The file’s checksum and version are checked before anything is written. More in the README, section "Backup and restore".',
    downloadHeading: 'Download',
    includeSecretsLabel: 'Include sign-in secrets',
    includeSecretsHint:
      'Only for a full restore after a disaster: password hashes, authenticator secrets, recovery codes, passkeys and sign-ins. Keep such a file as safe as the database itself.',
    passwordLabel: 'Your password',
    passwordHint: 'Only needed when you include sign-in secrets.',
    passwordRequired: 'Enter your password to include sign-in secrets.',
    download: 'Download backup',
    everyDownloadLogged: 'Every download is recorded in the audit log: who, when and from where.',
    recentHeading: 'Latest downloads',
    recentNone: 'Nobody has downloaded a backup here yet.',
    withSecrets: 'with sign-in secrets',
    withoutSecretsShort: 'without sign-in secrets',
  },
};
