/**
 * What every public request needs before it can answer: the current revision, the site
 * settings and the current "time state". Reading it costs one indexed single-row query;
 * everything else is reloaded only when the revision changes.
 */
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { Schedule } from '../domain/opening-hours';
import { nextPublicChange } from '../domain/time-state';
import { listContactChannels, scheduleOf } from '../store/contacts';
import { listPendingDeadlines } from '../store/incidents';
import { readRevision, type RevisionState } from '../store/revision';
import { loadSite, type Site } from '../store/site';

interface RevisionSnapshot {
  revision: number;
  changedAt: Date;
  site: Site | null;
  schedules: Schedule[];
  deadlines: Date[];
  /** Time state, recomputed when `validUntil` passes. */
  validUntil: Date | null;
  stateSince: Date;
}

export interface PublicView {
  revision: number;
  site: Site | null;
  /** Data revision and time state in one opaque token: equal tokens mean equal pages. */
  stateKey: string;
  /** When the public pages last changed, for Last-Modified. */
  lastModified: Date;
  /** When the data last changed, for "Senast uppdaterad". */
  changedAt: Date;
}

export class PublicState {
  private snapshot: RevisionSnapshot | null = null;
  private loading: Promise<RevisionSnapshot> | null = null;
  private revisionRead: Promise<RevisionState> | null = null;
  private revisionReadAt = 0;

  /**
   * @param revisionTtlMs How long a revision read may be reused. 0 reads it for every request
   *   (concurrent requests still share one read). Writes made through this app call
   *   `invalidate()`, so the TTL only bounds how late other instances' writes appear.
   */
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly revisionTtlMs = 0,
  ) {}

  /** Forget the cached revision: the next request reads it again. Call after every write. */
  invalidate(): void {
    this.revisionRead = null;
  }

  private readRevisionShared(): Promise<RevisionState> {
    const now = Date.now();
    if (!this.revisionRead || now - this.revisionReadAt > this.revisionTtlMs) {
      this.revisionReadAt = now;
      const read = readRevision(this.db);
      // Requests arriving while a read is in flight share it instead of queueing their own.
      this.revisionRead = read;
      read.then(
        () => {
          if (this.revisionTtlMs === 0 && this.revisionRead === read) this.revisionRead = null;
        },
        () => {
          if (this.revisionRead === read) this.revisionRead = null;
        },
      );
    }
    return this.revisionRead;
  }

  async current(): Promise<PublicView> {
    const { revision, changedAt } = await this.readRevisionShared();
    let snapshot = this.snapshot;
    if (!snapshot || snapshot.revision !== revision) snapshot = await this.load(revision, changedAt);
    const now = this.clock.now();
    if (snapshot.validUntil !== null && now.getTime() >= snapshot.validUntil.getTime()) {
      snapshot.stateSince = snapshot.validUntil;
      snapshot.validUntil = this.nextChange(snapshot, now);
    }
    const lastModified = snapshot.stateSince > snapshot.changedAt ? snapshot.stateSince : snapshot.changedAt;
    return {
      revision: snapshot.revision,
      site: snapshot.site,
      stateKey: `${snapshot.revision}.${snapshot.validUntil ? snapshot.validUntil.getTime().toString(36) : '0'}`,
      lastModified,
      changedAt: snapshot.changedAt,
    };
  }

  private nextChange(snapshot: RevisionSnapshot, now: Date): Date | null {
    const timeZone = snapshot.site?.timeZone ?? 'Europe/Stockholm';
    return nextPublicChange(snapshot.schedules, snapshot.deadlines, now, timeZone);
  }

  private load(revision: number, changedAt: Date): Promise<RevisionSnapshot> {
    // Concurrent requests after a publish share one reload instead of each running it.
    if (!this.loading) {
      this.loading = (async () => {
        const [site, channels, deadlines] = await Promise.all([
          loadSite(this.db),
          listContactChannels(this.db),
          listPendingDeadlines(this.db),
        ]);
        const now = this.clock.now();
        const snapshot: RevisionSnapshot = {
          revision,
          changedAt,
          site,
          schedules: channels.map(scheduleOf),
          deadlines,
          validUntil: null,
          stateSince: now,
        };
        snapshot.validUntil = this.nextChange(snapshot, now);
        this.snapshot = snapshot;
        return snapshot;
      })().finally(() => {
        this.loading = null;
      });
    }
    return this.loading;
  }
}
