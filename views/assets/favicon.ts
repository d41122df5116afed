/**
 * The site's icon (browser tabs, bookmarks): a neutral mark, not a status, since a cached icon
 * would otherwise show yesterday's state. The `--link` blue of the site's sheet, a white pulse.
 * SVG, so one small file serves every size; browsers without SVG icons show their default.
 */
export const faviconSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b4dad"/>' +
  '<path d="M5 17h6l3-7 4 13 3-6h6" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>';
