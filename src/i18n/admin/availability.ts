/**
 * Words of the "not saved, try again" page shown when a write met a database that could not
 * take it (src/domain/outage.ts). Everything sits under one `tryAgain` key so it cannot
 * collide with other areas.
 */
import type { Unavailability } from '../../domain/outage';

export interface TryAgainWords {
  title: string;
  /** Title when waiting does not help (read-only, full, broken). */
  titleNeedsOperator: string;
  /** Why, when the database was busy. */
  notSaved: string;
  /** Why, for every other kind of failure. */
  because: Record<Exclude<Unavailability, 'busy'>, string>;
  keptBelow: string;
  keptBelowNeedsOperator: string;
  fieldsHeading: string;
  retypeSecret: string;
  sendAgain: string;
  back: string;
}

export interface AdminAvailabilityMessages {
  tryAgain: TryAgainWords;
}

export const svAvailability: AdminAvailabilityMessages = {
  tryAgain: {
    title: 'Inte sparat – försök igen om en stund',
    titleNeedsOperator: 'Inte sparat – databasen tar inte emot ändringar',
    notSaved: 'Databasen var upptagen eller gick inte att nå, så det du skickade har inte sparats och inte publicerats.',
    because: {
      unreachable: 'Databasen gick inte att nå, så det du skickade har inte sparats och inte publicerats.',
      timeout:
        'Databasen svarade inte i tid, så det du skickade är troligen inte sparat. Titta på den publika sidan innan du skickar igen, så att inget publiceras två gånger.',
      'read-only': 'Databasen är skrivskyddad just nu, så det du skickade har inte sparats och inte publicerats.',
      full: 'Databasen är full (disken eller databasens storleksgräns), så det du skickade har inte sparats och inte publicerats.',
      broken:
        'Databasen gick inte att läsa eller skriva (ett fel i filen eller på disken), så det du skickade har inte sparats och inte publicerats.',
    },
    keptBelow: 'Det du skrev finns kvar här nedan. Vänta några sekunder och skicka igen.',
    keptBelowNeedsOperator:
      'Det du skrev finns kvar här nedan: kopiera det om du behöver. Det hjälper inte att vänta – den som driver statussidan behöver åtgärda databasen först.',
    fieldsHeading: 'Det du skickade',
    retypeSecret: 'Skriv in det här igen (det sparas aldrig i sidan).',
    sendAgain: 'Skicka igen',
    back: 'Till översikten utan att skicka',
  },
};

export const enAvailability: AdminAvailabilityMessages = {
  tryAgain: {
    title: 'Not saved – try again in a moment',
    titleNeedsOperator: 'Not saved – the database accepts no changes',
    notSaved: 'The database was busy or could not be reached, so what you sent has not been saved and not been published.',
    because: {
      unreachable: 'The database could not be reached, so what you sent has not been saved and not been published.',
      timeout:
        'The database did not answer in time, so what you sent is most likely not saved. Check the public page before sending it again, so that nothing is published twice.',
      'read-only': 'The database is read-only right now, so what you sent has not been saved and not been published.',
      full: 'The database is full (its disk or its size limit), so what you sent has not been saved and not been published.',
      broken:
        'The database could not be read or written (a fault in the file or on the disk), so what you sent has not been saved and not been published.',
    },
    keptBelow: 'What you wrote is kept below. Wait a few seconds and send it again.',
    keptBelowNeedsOperator:
      'What you wrote is kept below: copy it if you need to. Waiting will not help – whoever runs the status page has to fix the database first.',
    fieldsHeading: 'What you sent',
    retypeSecret: 'Type this again (it is never kept in the page).',
    sendAgain: 'Send again',
    back: 'To the dashboard without sending',
  },
};
