/** Language names are lower-case in Swedish ("svenska"), but here they head a legend. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
