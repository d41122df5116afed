/** Whether the runtime's Intl knows an IANA time zone name (e.g. "Europe/Stockholm"). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
