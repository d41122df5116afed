/** The API tokens page in Swedish. The shape, and what each word is for, is in ./tokens. */
import type { AdminTokensMessages } from './tokens';

export const svTokens: AdminTokensMessages = {
  tokens: {
    title: 'API-nycklar',
    intro:
      'Med en API-nyckel kan ett skript eller ett övervakningssystem ändra statussidan utan att någon loggar in: sätta en tjänsts status, publicera uppdateringar och händelser. Varje ändring hamnar i loggen under nyckelns namn. Ge varje system en egen nyckel med bara de behörigheter det behöver.',
    createHeading: 'Skapa en nyckel',
    name: 'Namn',
    nameHint: 'Vilket system som använder den, till exempel zabbix eller alertmanager. 2–40 tecken: små bokstäver, siffror, punkt, bindestreck eller understreck.',
    scopes: 'Behörigheter',
    scopeLabels: {
      read: 'read – läsa med nyckel',
      'status:write': 'status:write – sätta tjänsters status',
      'updates:write': 'updates:write – uppdateringar, händelser och underhåll',
      hooks: 'hooks – larm från övervakning (Alertmanager, Grafana, Uptime Kuma, hjärtslag)',
    },
    expiresDays: 'Giltig i antal dagar',
    expiresDaysHint: 'Lämna tomt för en nyckel utan slutdatum.',
    expiresDaysInvalid: 'Skriv ett helt antal dagar, 1 till 99999, eller lämna tomt.',
    flagOnly: 'När ett larm upphör: markera bara tjänsten för en redaktör',
    flagOnlyHint: 'Utan bock återställs tjänsten automatiskt till Fungerar när larmet upphör.',
    create: 'Skapa nyckel',
    createdHeading: (name) => `Nyckeln ”${name}” är skapad`,
    createdOnce: 'Kopiera nyckeln nu. Den visas bara den här gången och kan inte tas fram igen; tappar ni bort den, återkalla den och skapa en ny.',
    secretLabel: 'Nyckel',
    usage: 'Skicka den i varje anrop som: Authorization: Bearer <nyckel>',
    listHeading: 'Nycklar',
    none: 'Det finns inga API-nycklar ännu.',
    columns: {
      name: 'Namn',
      prefix: 'Början',
      scopes: 'Behörigheter',
      state: 'Läge',
      expires: 'Går ut',
      lastUsed: 'Senast använd',
      createdBy: 'Skapad av',
      action: 'Åtgärd',
    },
    states: { active: 'Aktiv', expired: 'Har gått ut', revoked: 'Återkallad' },
    never: 'Aldrig',
    revoke: 'Återkalla',
    revokeLabel: (name) => `Återkalla nyckeln ${name}`,
    revoked: (name) => `Nyckeln ”${name}” är återkallad och fungerar inte längre.`,
    onResolveRestores: 'återställer vid upphört larm',
    onResolveFlags: 'markerar vid upphört larm',
  },
};
