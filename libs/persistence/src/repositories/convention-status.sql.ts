/**
 * The convention status of libs/domain (statusFromSummary) as a SQL expression over the stored
 * derived columns, so that `?status=` filters and pages in the database. `now` is a
 * timestamptz parameter; "today" is read in each convention's own time zone.
 * An integration test checks it against the domain function.
 */
export function conventionStatusSql(alias: string, nowParameter: string): string {
  const today = `((${nowParameter})::timestamptz AT TIME ZONE ${alias}.time_zone)::date`;
  return `CASE
    WHEN ${alias}.terminated_on IS NOT NULL AND ${today} > ${alias}.terminated_on THEN 'terminated'
    WHEN ${alias}.starts_on IS NULL OR ${today} < ${alias}.starts_on THEN
      CASE WHEN ${alias}.any_signed THEN 'awaiting_signatures' ELSE 'draft' END
    WHEN ${alias}.ends_on IS NOT NULL AND ${today} > ${alias}.ends_on THEN 'expired'
    ELSE 'in_force' END`;
}
