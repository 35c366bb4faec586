import { SmtpSink } from '@passerelle/testing';
import { ParsedMail } from 'mailparser';
import { BrowserContext, Page } from 'playwright-core';
import fr from '../../apps/web/src/i18n/fr.json';
import {
  auditBothWidths,
  AxeViolation,
  eventually,
  newContext,
  signInAtRealTime,
  startWebTest,
  violationReport,
  WebTest,
} from './support/browser';

/**
 * The links the API mails (a forgotten password, an invitation) followed in the browser: asked for
 * on the sign-in page, read from a real SMTP server, opened, a password chosen, then signed in with
 * it. Nothing but the mail carries the token: a link the app could not open fails here.
 */
const NOW = '2026-03-13T09:00:00Z';
const exact = (text: string) => ({ name: text, exact: true });
const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replace(`{${key}}`, value), text);

describe('password reset and invitation links, followed in the browser (Chromium, real SMTP)', () => {
  let web: WebTest;
  let sink: SmtpSink;
  let context: BrowserContext;
  let page: Page;
  const violations: Record<string, AxeViolation[]> = {};

  /** The one mail sent to `to` once it has arrived, and the app's link it carries (path and query). */
  const linkMailedTo = async (to: string, path: string): Promise<{ mail: ParsedMail; link: URL }> => {
    let mail: ParsedMail | undefined;
    await eventually(() => {
      mail = sink.messages.find((message) => message.to && JSON.stringify(message.to).includes(to));
      expect(mail).toBeDefined();
    });
    const found = mail!.text?.match(/https?:\/\/\S+\?token=[^\s>)]+/);
    expect(found).not.toBeNull();
    const link = new URL(found![0]);
    expect(link.pathname).toBe(path);
    return { mail: mail!, link };
  };

  /** Chooses a password on the page a link opened, then signs in with it through the form. */
  const choosePasswordAndSignIn = async (email: string, password: string, title: string, shot: string) => {
    await page.getByRole('heading', exact(title)).waitFor();
    await page.getByLabel(fr['reset.password'], { exact: true }).fill(password);
    await page.getByLabel(fr['reset.password.again']).fill(`${password} (typo)`);
    await page.getByRole('button', exact(fr['reset.submit'])).click();
    await page.getByText(fr['reset.mismatch']).waitFor();
    await page.getByLabel(fr['reset.password.again']).fill(password);
    await auditBothWidths(page, shot, violations);
    await page.getByRole('button', exact(fr['reset.submit'])).click();
    await page.getByText(fr['reset.done']).waitFor();
    await page.getByRole('link', exact(fr['reset.sign_in'])).click();
    await page.getByRole('heading', exact(fr['signin.title'])).waitFor();
    await page.getByLabel(fr['signin.email']).fill(email);
    await page.getByLabel(fr['signin.password']).fill(password);
    await page.getByRole('button', exact(fr['signin.submit'])).click();
    await page.getByRole('heading', { level: 1, name: fr['dashboard.title'] }).waitFor();
    await page.getByRole('button', exact(fr['nav.sign_out'])).click();
    await page.getByRole('heading', exact(fr['signin.title'])).waitFor();
  };

  beforeAll(async () => {
    sink = new SmtpSink();
    web = await startWebTest({ now: NOW, env: { SMTP_URL: await sink.start() } });
    context = await newContext(web, { now: NOW });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signInAtRealTime(web, page, NOW);
    page.on('pageerror', (error) => {
      throw error;
    });
  });

  afterAll(async () => {
    await context?.close();
    await web?.close();
    await sink?.stop();
  });

  it('asks for a reset link on the sign-in page, follows the mailed link, sets a password and signs in with it', async () => {
    const officer = await web.t.newUser('officer');
    sink.clear();
    await page.goto('/');
    await page.getByRole('button', exact(fr['signin.forgot'])).click();
    const form = page.getByRole('form', { name: fr['reset.request.title'] });
    await form.getByLabel(fr['signin.email']).fill(officer.email);
    await form.getByRole('button', exact(fr['reset.request.submit'])).click();
    await form.getByText(fill(fr['reset.request.sent'], { email: officer.email })).waitFor();

    const { link } = await linkMailedTo(officer.email, '/reset-password');
    await page.goto(`${link.pathname}${link.search}`);
    await choosePasswordAndSignIn(
      officer.email,
      'une phrase de passe toute neuve',
      fr['reset.title'],
      'link-reset',
    );

    // The old password is gone, and the link is spent: opened again it says so.
    await web.t.api
      .post('/api/auth/login')
      .send({ email: officer.email, password: `password of ${officer.email}` })
      .expect(401);
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByLabel(fr['reset.password'], { exact: true }).fill('encore une autre phrase');
    await page.getByLabel(fr['reset.password.again']).fill('encore une autre phrase');
    await page.getByRole('button', exact(fr['reset.submit'])).click();
    await page.getByText(fr['reset.invalid']).waitFor();
  });

  it('follows the invitation a new user is mailed (created without a password), then signs in', async () => {
    const organization = await web.t.api
      .post('/api/admin/organizations')
      .send({ name: 'Tiznit', country: 'MA', timezone: 'Africa/Casablanca' })
      .expect(201);
    const email = `invitee-${process.pid}@tiznit.test`;
    sink.clear();
    await web.t.api
      .post('/api/admin/users')
      .send({
        email,
        name: 'Fatima Zahra',
        organizationId: organization.body.id,
        role: 'officer',
        language: 'fr',
      })
      .expect(201);

    const { link } = await linkMailedTo(email, '/invitation');
    await page.goto(`${link.pathname}${link.search}`);
    await choosePasswordAndSignIn(
      email,
      'bienvenue sur passerelle',
      fr['invitation.title'],
      'link-invitation',
    );
  });

  it('has no serious or critical accessibility violation on either page, at either width (axe-core)', () => {
    expect(violationReport(violations)).toEqual([]);
    expect(Object.keys(violations)).toHaveLength(2 * 2);
  });
});
