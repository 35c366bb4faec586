/** Injection token for the configured default time zone (TZ_DEFAULT). */
export const DEFAULT_TIME_ZONE = Symbol('DEFAULT_TIME_ZONE');
