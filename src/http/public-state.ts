/**
 * What every public request needs before it can answer: the current revision, the site
 * settings and the current "time state". Reading it costs one indexed single-row query;
 * everything else is reloaded only when the revision changes.
 */
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { DatabaseHealth } from './database-health';
import type { Schedule } from '../domain/opening-hours';
import { nextPublicChange } from '../domain/time-state';
import { listContactChannels, scheduleOf } from '../store/contacts';
import { listPendingDeadlines } from '../store/incidents';
import { listOpenMaintenanceWindows } from '../store/maintenance';
import { readRevision, type RevisionState } from '../store/revision';
import { loadSite, type Site } from '../store/site';

interface RevisionSnapshot {
  revision: number;
  changedAt: Date;
  site: Site | null;
  schedules: Schedule[];
  deadlines: Date[];
  /** Open maintenances: pages change at their start and end. */
  maintenanceWindows: { startsAt: Date; endsAt: Date }[];
  /** Time state, recomputed when `validUntil` passes. */
  validUntil: Date | null;
  stateSince: Date;
  /** Revision and `validUntil` as PublicView.stateKey, kept so reading it builds nothing. */
  stateKey: string;
}

function stateKeyOf(revision: number, validUntil: Date | null): string {
  return `${revision}.${validUntil ? validUntil.getTime().toString(36) : '0'}`;
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
  /** The read `revisionRead` was once it had answered (null while none has). */
  private settledRead: { read: Promise<RevisionState>; revision: number } | null = null;
  private generation = 0;

  /**
   * @param revisionTtlMs How long a revision read may be reused, measured on `clock`. 0 reads
   *   it for every request (concurrent requests still share one read). `createApp` subscribes
   *   `invalidate()` to the database handle's commits, so writes through that handle show at
   *   once and the TTL only bounds how late other instances' writes appear.
   * @param health When given, every database read here runs under its timeout and is refused
   *   at once while the database is known to be down (`current()` then rejects and the caller
   *   serves its snapshot). Only the read itself is guarded, not each request: requests that
   *   share a cached read add no timer.
   */
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly revisionTtlMs = 0,
    private readonly health?: DatabaseHealth<RevisionState>,
  ) {}

  /** The site's time zone as last read: snapshots record it with each rendering. */
  get timeZone(): string {
    return this.snapshot?.site?.timeZone ?? 'Europe/Stockholm';
  }

  /** Forget the cached revision: the next request reads it again. Runs after every commit. */
  invalidate(): void {
    this.revisionRead = null;
    this.generation++;
  }

  /**
   * Changes whenever the cached revision read is dropped (a commit) or replaced (a new read):
   * a response computed while it stayed the same, with `freshStateKey()` equal at both ends,
   * was computed from that state (./ready-responses.ts relies on it).
   */
  get readGeneration(): number {
    return this.generation;
  }

  /**
   * The state key `current()` would give now, when that is known without asking anything: the
   * revision was read within the TTL and has answered, nothing was committed since, the site
   * state for that revision is loaded and the time state has not moved on. Otherwise null, and
   * the caller takes the normal way, which reads. Synchronous and cheap: the ready responses
   * ask it on every request.
   *
   * @param now The injected clock's time in ms, when the caller has read it already.
   */
  freshStateKey(now = this.clock.now().getTime()): string | null {
    const settled = this.settledRead;
    if (settled === null || settled.read !== this.revisionRead) return null;
    const snapshot = this.snapshot;
    if (snapshot === null || snapshot.revision !== settled.revision) return null;
    const age = now - this.revisionReadAt;
    if (age < 0 || age > this.revisionTtlMs) return null;
    if (snapshot.validUntil !== null && now >= snapshot.validUntil.getTime()) return null;
    return snapshot.stateKey;
  }

  private readRevisionShared(): Promise<RevisionState> {
    const now = this.clock.now().getTime();
    const age = now - this.revisionReadAt;
    // A clock that went back (a corrected system clock, a test) must not extend the reuse.
    if (!this.revisionRead || age < 0 || age > this.revisionTtlMs) {
      this.revisionReadAt = now;
      const read = this.health ? this.health.guard(() => readRevision(this.db)) : readRevision(this.db);
      // Requests arriving while a read is in flight share it instead of queueing their own.
      this.revisionRead = read;
      this.generation++;
      read.then(
        (state) => {
          if (this.revisionRead === read) this.settledRead = { read, revision: state.revision };
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
      snapshot.stateKey = stateKeyOf(snapshot.revision, snapshot.validUntil);
    }
    const lastModified = snapshot.stateSince > snapshot.changedAt ? snapshot.stateSince : snapshot.changedAt;
    return {
      revision: snapshot.revision,
      site: snapshot.site,
      stateKey: snapshot.stateKey,
      lastModified,
      changedAt: snapshot.changedAt,
    };
  }

  private nextChange(snapshot: RevisionSnapshot, now: Date): Date | null {
    const timeZone = snapshot.site?.timeZone ?? 'Europe/Stockholm';
    return nextPublicChange(snapshot.schedules, snapshot.deadlines, now, timeZone, snapshot.maintenanceWindows);
  }

  private load(revision: number, changedAt: Date): Promise<RevisionSnapshot> {
    // Concurrent requests after a publish share one reload instead of each running it.
    if (!this.loading) {
      this.loading = (async () => {
        const loadAll = () =>
          Promise.all([loadSite(this.db), listContactChannels(this.db), listPendingDeadlines(this.db), listOpenMaintenanceWindows(this.db)]);
        const [site, channels, deadlines, maintenanceWindows] = await (this.health ? this.health.guard(loadAll) : loadAll());
        const now = this.clock.now();
        const snapshot: RevisionSnapshot = {
          revision,
          changedAt,
          site,
          schedules: channels.map(scheduleOf),
          deadlines,
          maintenanceWindows,
          validUntil: null,
          stateSince: now,
          stateKey: '',
        };
        snapshot.validUntil = this.nextChange(snapshot, now);
        snapshot.stateKey = stateKeyOf(revision, snapshot.validUntil);
        this.snapshot = snapshot;
        return snapshot;
      })().finally(() => {
        this.loading = null;
      });
    }
    return this.loading;
  }
}
