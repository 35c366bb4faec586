import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.smtpUrl).toBeNull();
    expect(config.defaultTimeZone).toBe('Europe/Paris');
    expect(config.scheduler).toBe(true);
    expect(config.admin).toBeNull();
    expect(config.dataDir.endsWith('var')).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ TZ_DEFAULT: 'Mars/Olympus' }, 'TZ_DEFAULT'],
    [{ SCHEDULER: 'maybe' }, 'SCHEDULER'],
    [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long enough password' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'a@b.fr' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'a@b.fr', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).problems.some((problem) => problem.startsWith(`${variable}:`))).toBe(
        true,
      );
    }
  });

  it('reads a complete environment', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/passerelle',
      SMTP_URL: 'smtp://localhost:1025',
      ADMIN_EMAIL: 'Admin@Ville.FR',
      ADMIN_PASSWORD: 'correct horse battery',
      TZ_DEFAULT: 'Africa/Casablanca',
      SCHEDULER: 'off',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/passerelle',
      smtpUrl: 'smtp://localhost:1025',
      admin: { email: 'admin@ville.fr', password: 'correct horse battery' },
      defaultTimeZone: 'Africa/Casablanca',
      scheduler: false,
      publicUrl: 'http://localhost:8080',
    });
  });
});
