import type { ServiceStatus } from '../../src/domain/status';
import type { PageChrome } from '../chrome';

/** Status as text, icon and colour together: never colour alone. */
export function StatusBadge({ chrome, status }: { chrome: PageChrome; status: ServiceStatus }) {
  return (
    <span class={`status s-${status}`}>
      <Icon chrome={chrome} name={status} />
      {chrome.t.status[status]}
    </span>
  );
}

/** A decorative icon from the sprite; the adjacent text carries the meaning. */
export function Icon({ chrome, name }: { chrome: PageChrome; name: string }) {
  return (
    <svg class="icon" aria-hidden="true" focusable="false">
      <use href={`${chrome.assets.icons}#${name}`} />
    </svg>
  );
}
