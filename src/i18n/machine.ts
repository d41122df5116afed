/**
 * Words of what other systems and sites take from us (docs/decisions/0027-cap-badges-embed.md):
 * CAP alerts, status badges, the embeddable state and the subscribe page's section about them.
 * Namespaced under `t.machine`, one file per language beside this one, so a missing string is
 * a type error in that language's catalog.
 */
export interface MachineWords {
  cap: {
    /** CAP `<event>`: the kind of event, the same for every message of its kind. */
    event: { incident: string; maintenance: string; service: string };
    /** Opens the description of a correction: why it was corrected. */
    correctionNote: (reason: string) => string;
    /** One service's "what to do instead" in an instruction about several services. */
    serviceInstruction: (service: string, text: string) => string;
    /** The Atom index of CAP messages. */
    indexTitle: (siteTitle: string) => string;
    indexSubtitle: (organisation: string) => string;
  };
  embed: {
    /** The link to the full status page (opens in the whole window, not in the frame). */
    link: (organisation: string) => string;
  };
  subscribe: {
    heading: string;
    intro: string;
    capHeading: string;
    capParagraphs: string[];
    capIndexLabel: string;
    badgeHeading: string;
    badgeParagraphs: string[];
    /** The example's alt text (the embedding site writes its own). */
    badgeAlt: (organisation: string) => string;
    embedHeading: string;
    embedParagraphs: string[];
    /** The example iframe's title, which names the frame for screen readers. */
    embedTitle: (organisation: string) => string;
  };
}
