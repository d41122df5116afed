/**
 * Kept only for src/routes/admin/export.tsx (a colleague's work in progress), which imports
 * `shownTime` from here. The audit log lives in ./people/audit-log.tsx; new code imports
 * `shownTime` from ./context.
 */
export { shownTime } from './context';
