/**
 * The example site's incident templates (issue 12): the three incidents a municipality most
 * needs to announce on its worst day, worded so they can be published as they stand and
 * changed in a minute. Services are named by slug; one missing from the catalogue is left out.
 */
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { ServiceStatus } from '../domain/status';
import { createIncidentTemplate, type TemplateInput } from '../store/templates';

const PHONE = '0123-45 67 00';
const TEMP_EMAIL = 'direkt@exempelvik-info.example';

type ExampleTemplate = Omit<TemplateInput, 'services'> & { services: { service: string; status: ServiceStatus }[] };

export const EXAMPLE_TEMPLATES: readonly ExampleTemplate[] = [
  {
    impact: 'critical',
    phase: 'investigating',
    services: [
      { service: 'mina-sidor', status: 'down' },
      { service: 'bygglov', status: 'down' },
      { service: 'ekonomiskt-bistand', status: 'degraded' },
    ],
    texts: {
      sv: {
        name: 'IT-angrepp hos leverantör',
        title: 'IT-angrepp hos en av kommunens leverantörer',
        whatHappened: 'En av kommunens IT-leverantörer har drabbats av ett IT-angrepp. Flera av kommunens e-tjänster är avstängda medan leverantören utreder vad som har hänt.',
        affectsMe: 'Du kan inte logga in på Mina sidor eller lämna ansökningar digitalt. Uppgifter du redan har skickat in finns kvar.',
        whatWeAreDoing: 'Vi arbetar tillsammans med leverantören och har polisanmält angreppet. Vi berättar här så snart vi vet mer.',
        whatYouShouldDo: `Ring Exempelvik Direkt på ${PHONE} eller kom till kommunhusets reception om ditt ärende är brådskande. Lämna inte personuppgifter till någon som ringer och säger sig vara från kommunen.`,
        whoToContact: `Exempelvik Direkt, ${PHONE}.`,
        update: 'Vi har stängt av flera e-tjänster efter ett IT-angrepp hos en leverantör. Ring Exempelvik Direkt om ditt ärende är brådskande.',
      },
      en: {
        name: 'IT attack on a supplier',
        title: 'IT attack on one of the municipality’s suppliers',
        whatHappened: 'One of the municipality’s IT suppliers has been hit by an IT attack. Several of our e-services are switched off while the supplier investigates what happened.',
        affectsMe: 'You cannot sign in to My pages or apply online. What you have already sent us is kept.',
        whatWeAreDoing: 'We are working with the supplier and have reported the attack to the police. We will say more here as soon as we know more.',
        whatYouShouldDo: `Call Exempelvik Direkt on ${PHONE} or visit the town hall reception if your matter is urgent. Do not give personal details to anyone who calls claiming to be from the municipality.`,
        whoToContact: `Exempelvik Direkt, ${PHONE}.`,
        update: 'We have switched off several e-services after an IT attack on a supplier. Call Exempelvik Direkt if your matter is urgent.',
      },
    },
  },
  {
    impact: 'major',
    phase: 'investigating',
    services: [{ service: 'e-post', status: 'down' }],
    texts: {
      sv: {
        name: 'E-post fungerar inte',
        title: 'Kommunens e-post fungerar inte',
        whatHappened: 'Kommunens e-post fungerar inte. Mejl som skickas till kommunen kommer inte fram.',
        affectsMe: 'Har du mejlat oss sedan störningen började kan ditt meddelande ha gått förlorat.',
        whatWeAreDoing: 'Vi felsöker och berättar här när e-posten fungerar igen.',
        whatYouShouldDo: `Mejla den tillfälliga adressen ${TEMP_EMAIL} eller ring Exempelvik Direkt på ${PHONE}. Skicka inga känsliga uppgifter med e-post.`,
        whoToContact: `Exempelvik Direkt, ${PHONE}.`,
        update: `Kommunens e-post fungerar inte. Använd ${TEMP_EMAIL} eller ring ${PHONE}.`,
      },
      en: {
        name: 'E-mail down',
        title: 'The municipality’s e-mail is not working',
        whatHappened: 'The municipality’s e-mail is not working. Messages sent to the municipality do not arrive.',
        affectsMe: 'If you have e-mailed us since the problem began, your message may have been lost.',
        whatWeAreDoing: 'We are looking for the fault and will say here when e-mail works again.',
        whatYouShouldDo: `Write to the temporary address ${TEMP_EMAIL} or call Exempelvik Direkt on ${PHONE}. Do not send sensitive information by e-mail.`,
        whoToContact: `Exempelvik Direkt, ${PHONE}.`,
        update: `The municipality’s e-mail is not working. Use ${TEMP_EMAIL} or call ${PHONE}.`,
      },
    },
  },
  {
    impact: 'major',
    phase: 'investigating',
    services: [{ service: 'vaxel', status: 'down' }],
    texts: {
      sv: {
        name: 'Telefonin fungerar inte',
        title: 'Kommunens telefoner fungerar inte',
        whatHappened: 'Kommunens växel och telefoner fungerar inte. Samtal till kommunen kopplas inte fram.',
        affectsMe: 'Du kan inte nå kommunen på telefon. Larmnumret 112 fungerar som vanligt.',
        whatWeAreDoing: 'Vi felsöker tillsammans med operatören och berättar här när telefonerna fungerar igen.',
        whatYouShouldDo: `Mejla ${TEMP_EMAIL} eller kom till kommunhusets reception. Vid fara för liv, hälsa eller egendom: ring 112.`,
        whoToContact: 'Kommunhusets reception.',
        update: `Kommunens telefoner fungerar inte. Mejla ${TEMP_EMAIL} eller besök receptionen. Ring 112 vid nödläge.`,
      },
      en: {
        name: 'Phones down',
        title: 'The municipality’s phones are not working',
        whatHappened: 'The municipality’s switchboard and phones are not working. Calls to the municipality do not get through.',
        affectsMe: 'You cannot reach the municipality by phone. The emergency number 112 works as usual.',
        whatWeAreDoing: 'We are looking for the fault with the operator and will say here when the phones work again.',
        whatYouShouldDo: `Write to ${TEMP_EMAIL} or visit the town hall reception. If life, health or property is in danger: call 112.`,
        whoToContact: 'The town hall reception.',
        update: `The municipality’s phones are not working. Write to ${TEMP_EMAIL} or visit the reception. Call 112 in an emergency.`,
      },
    },
  },
];

/** Creates the example templates; `serviceIds` maps the example's service slugs to their ids. */
export async function loadExampleTemplates(db: Database, clock: Clock, serviceIds: ReadonlyMap<string, number>): Promise<void> {
  for (const template of EXAMPLE_TEMPLATES) {
    const services = template.services.flatMap((entry) => {
      const serviceId = serviceIds.get(entry.service);
      return serviceId === undefined ? [] : [{ serviceId, status: entry.status }];
    });
    await createIncidentTemplate(db, clock, { ...template, services });
  }
}
