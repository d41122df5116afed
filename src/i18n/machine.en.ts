import type { MachineWords } from './machine';

export const machineEn: MachineWords = {
  cap: {
    event: { incident: 'Service disruption', maintenance: 'Planned maintenance', service: 'Service status change' },
    correctionNote: (reason) => (reason ? `Correction: ${reason}` : 'Correction of an earlier message.'),
    serviceInstruction: (service, text) => `${service}: ${text}`,
    indexTitle: (siteTitle) => `CAP messages – ${siteTitle}`,
    indexSubtitle: (organisation) => `Every published service status update from ${organisation} as a CAP 1.2 message.`,
  },
  embed: {
    link: (organisation) => `Service status for ${organisation}`,
  },
  subscribe: {
    heading: 'For authorities, newsrooms and other websites',
    intro: 'The same information is available in formats that other systems can read and other websites can show.',
    capHeading: 'Alerts in CAP format',
    capParagraphs: [
      'Every published update is also a CAP 1.2 message (Common Alerting Protocol), the format for warnings and important messages to the public. The messages are in Swedish and in the other languages we publish in.',
      'The index below is an Atom feed with a link to each message. Follow-ups and corrections refer to the earlier messages about the same event, and the last message of an event says that it is over.',
    ],
    capIndexLabel: 'Index of CAP messages (Atom)',
    badgeHeading: 'Status badge',
    badgeParagraphs: [
      'A small image (SVG) that shows the current state in words, with a symbol and a colour. There is one for the whole page and one for each service: add /badge.svg to the address of the service’s page.',
      'Give the image an alt text when you show it, for example like this:',
    ],
    badgeAlt: (organisation) => `Service status for ${organisation}`,
    embedHeading: 'The current state to embed on another website',
    embedParagraphs: [
      'The current state as a small box, without JavaScript and without cookies. The link in the box opens the full status page. Paste the code where the box should appear:',
    ],
    embedTitle: (organisation) => `Service status for ${organisation}`,
  },
};
