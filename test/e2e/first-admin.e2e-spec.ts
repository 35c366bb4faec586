import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { IssueSetupLinkUseCase } from '@passerelle/application';
import { loadConfig } from '@passerelle/config';
import { CHROMIUM_BASE_ARGS, createTestDatabase, findChromium, TestDatabase } from '@passerelle/testing';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Browser, chromium } from 'playwright-core';
import { createApp } from '../../apps/api/src/bootstrap/create-app';
import { screenshot, SCREENSHOTS } from './support/browser';

/** A newcomer's first start: the printed link, the /setup page, the first admin signed in. */
describe('first start in the browser', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      SCHEDULER: 'off',
      DATA_DIR: `${tmpdir()}/passerelle-e2e-setup-${process.pid}`,
    });
    app = await createApp({ config, databaseUrl: database.url });
    await app.init();
    const http = app.getHttpServer();
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const binary = findChromium();
    browser = await chromium.launch({
      executablePath: binary.executablePath,
      args: [...CHROMIUM_BASE_ARGS, ...binary.args],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  it('says at once that an unknown link is dead (before any admin exists)', async () => {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/setup?token=stp_never-printed-anywhere');
    await page.getByText(/Ce lien de première connexion est inconnu, déjà utilisé ou expiré/).waitFor();
    await context.close();
  });

  it('creates the first admin from the setup link and lands signed in; the link is then dead', async () => {
    const link = await app.get(IssueSetupLinkUseCase).execute();
    const path = new URL(link!.url);
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${path.pathname}${path.search}`);
    await page.getByRole('heading', { name: 'Créer le premier compte administrateur' }).waitFor();
    await page.getByLabel('Nom et prénom').fill('Claire Martin');
    await page.getByLabel('Adresse e-mail').fill('claire.martin@ville.fr');
    await page.getByLabel('Mot de passe').fill('court');
    await page.getByRole('button', { name: 'Créer le compte et se connecter' }).click();
    await page.getByText('Le mot de passe doit compter au moins 12 caractères.').waitFor();
    await screenshot(page, 'setup');
    await page.getByLabel('Mot de passe').fill('une longue phrase de passe');
    await page.getByRole('button', { name: 'Créer le compte et se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: /Tableau de bord/ }).waitFor();

    // Signed out, the same link only says an admin exists.
    const fresh = await browser.newContext({ baseURL: baseUrl, locale: 'fr-FR' });
    const again = await fresh.newPage();
    await again.goto(`${path.pathname}${path.search}`);
    await again.getByText('Un administrateur existe déjà : connectez-vous avec son compte.').waitFor();
    await again.getByRole('button', { name: 'Aller à la connexion' }).click();
    await again.getByLabel('Adresse e-mail').fill('claire.martin@ville.fr');
    await again.getByLabel('Mot de passe').fill('une longue phrase de passe');
    await again.getByRole('button', { name: 'Se connecter' }).click();
    await again.getByRole('heading', { level: 1, name: /Tableau de bord/ }).waitFor();
    await context.close();
    await fresh.close();
  });
});
