/** The webhook words in Swedish. The shape, and what each word is for, is in ./webhooks. */
import type { AdminWebhooksMessages, WebhooksWords } from './webhooks';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const svWords: WebhooksWords = {
  title: 'Webhooks',
  intro:
    'Andra system (en region, en larmcentral, en egen tjänst) kan få varje publicerad uppdatering skickad till sig som en webhook: ett anrop till en adress de anger, i samma form som Statuspage skickar.',
  signing:
    'Varje anrop signeras enligt Standard Webhooks (rubrikerna webhook-id, webhook-timestamp och webhook-signature). Mottagaren kontrollerar signaturen med hemligheten som visas en gång när adressen läggs till.',
  listHeading: 'Adresser',
  none: 'Inga adresser är tillagda.',
  addHeading: 'Lägg till en adress',
  urlLabel: 'Adress (https)',
  urlHint: 'Måste börja med https:// och får inte vara en intern adress.',
  descriptionLabel: 'Vems system är det?',
  descriptionHint: 'Till exempel ”Regionens driftcentral”. Syns bara här.',
  scopeLegend: 'Vad ska skickas?',
  scopeAll: 'Allt som publiceras',
  scopeServices: 'Bara det som gäller valda tjänster',
  servicesLegend: 'Tjänster',
  add: 'Lägg till',
  urlProblem: {
    format: 'Det här är ingen giltig adress.',
    https: 'Adressen måste börja med https://.',
    credentials: 'Adressen får inte innehålla användarnamn eller lösenord.',
    'private-address': 'Adressen pekar på den här datorn eller ett internt nät. Ange en adress som nås från internet.',
    'too-long': 'Adressen är för lång.',
  },
  chooseServices: 'Välj minst en tjänst, eller välj att allt ska skickas.',
  createdHeading: 'Adressen är tillagd',
  secretIntro:
    'Det här är hemligheten som mottagaren behöver för att kontrollera signaturen. Kopiera den nu: den visas inte igen. Tappas den bort, ta bort adressen och lägg till den på nytt.',
  secretLabel: 'Hemlighet',
  everything: 'Allt',
  servicesScope: (names) => `Tjänsterna ${names}`,
  active: 'Fungerar',
  failing: (count, since) => `${count} ${plural(count, 'misslyckat försök', 'misslyckade försök')} i rad sedan ${since}`,
  disabled: (at) => `Avstängd ${at} eftersom den misslyckades gång på gång`,
  lastError: 'Senaste fel',
  lastSuccess: (at) => `Senast levererad ${at}`,
  enable: 'Slå på igen',
  enabled: 'Adressen är påslagen igen.',
  remove: (url) => `Ta bort ${url}`,
  removed: 'Adressen är borttagen.',
  noticeHeading: (count) => plural(count, 'En webhook är avstängd', `${count} webhooks är avstängda`),
  noticeIntro: 'Mottagaren svarade inte eller svarade med fel gång på gång, så inget mer skickas dit förrän någon slår på den igen.',
  noticeLink: 'Se webhooks',
  deliveryHeading: 'Utskick',
  deliveryWaiting: 'Väntar på att skickas ut.',
  deliveryNone: 'Ingen följer det här.',
  channelName: (channel) => ({ mail: 'E-post', webhook: 'Webhooks' })[channel] ?? channel,
  deliveryCounts: (queued, sent, failed) => `${sent} skickade, ${queued} i kö, ${failed} misslyckade`,
};

export const svWebhooks: AdminWebhooksMessages = { webhooks: svWords };
