import {
  ApdDeclarationRecord,
  LedgerLine,
  OwnDeadline,
  PaymentRepository,
  PaymentToStore,
} from '@passerelle/application';
import { Actor, ExchangeRate, IsoDate, Payment } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { writeAudit } from './audit';
import { organizationDeadlinesIn } from './organization-deadline-rows';

type Row = Record<string, unknown>;

function toRate(row: Row): ExchangeRate {
  return {
    currency: (row.currency as string).trim(),
    validFrom: row.valid_from as string,
    eurPerUnit: Number(row.eur_per_unit),
    source: row.source as string,
  };
}

function toPayment(row: Row): Payment {
  return {
    id: row.id as string,
    conventionId: row.convention_id as string,
    party: row.party as string,
    amount: Number(row.amount),
    currency: (row.currency as string).trim(),
    exchangeRate: Number(row.exchange_rate),
    exchangeRateSource: row.exchange_rate_source as Payment['exchangeRateSource'],
    exchangeRateOn: (row.exchange_rate_on as string | null) ?? null,
    amountEur: Number(row.amount_eur),
    paidOn: row.paid_on as string,
    country: (row.country as string).trim(),
    purpose: (row.purpose as string | null) ?? null,
    kind: row.kind as Payment['kind'],
    origin: row.action_plan_id
      ? {
          actionPlanId: row.action_plan_id as string,
          item: row.action_plan_item as number,
          line: row.action_plan_line as number,
        }
      : null,
    createdAt: (row.created_at as Date).toISOString(),
  };
}

function toDeclaration(row: Row): ApdDeclarationRecord {
  return {
    organizationId: row.organization_id as string,
    year: row.year as number,
    declaredOn: row.declared_on as string,
    note: (row.note as string | null) ?? null,
    declaredBy: (row.declared_by as string | null) ?? null,
  };
}

export class TypeormPaymentRepository extends PaymentRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(conventionId: string, payments: PaymentToStore[], actor: Actor): Promise<Payment[]> {
    return this.dataSource.transaction(async (manager) => {
      // Serialises writers of one convention's ledger with its other writes (row lock).
      await manager.query('SELECT 1 FROM conventions WHERE id = $1 FOR UPDATE', [conventionId]);
      const created: Payment[] = [];
      for (const payment of payments) {
        const rows: Row[] = await manager.query(
          `INSERT INTO convention_payments (convention_id, party, amount, currency, exchange_rate, amount_eur,
             paid_on, country, purpose, kind, action_plan_id, action_plan_item, action_plan_line, created_by,
             exchange_rate_source, exchange_rate_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
           ON CONFLICT (action_plan_id, action_plan_item, action_plan_line) WHERE action_plan_id IS NOT NULL
           DO NOTHING RETURNING *`,
          [
            conventionId,
            payment.party,
            payment.amount.toFixed(2),
            payment.currency,
            payment.exchangeRate,
            payment.amountEur.toFixed(2),
            payment.paidOn,
            payment.country,
            payment.purpose,
            payment.kind,
            payment.origin?.actionPlanId ?? null,
            payment.origin?.item ?? null,
            payment.origin?.line ?? null,
            actor.email,
            payment.exchangeRateSource,
            payment.exchangeRateOn,
          ],
        );
        if (rows.length === 0) continue;
        const stored = toPayment(rows[0]);
        created.push(stored);
        await writeAudit(manager, {
          actor: actor.email,
          action: 'create',
          entity: 'payment',
          entityId: stored.id,
          conventionId,
          before: null,
          after: stored,
        });
      }
      return created;
    });
  }

  async list(conventionId: string): Promise<Payment[]> {
    const rows: Row[] = await this.dataSource.query(
      'SELECT * FROM convention_payments WHERE convention_id = $1 ORDER BY paid_on, created_at, id',
      [conventionId],
    );
    return rows.map(toPayment);
  }

  async ofOrganization(organizationId: string, year: number): Promise<LedgerLine[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT p.*, c.reference, c.title AS convention_title
         FROM convention_payments p
         JOIN conventions c ON c.id = p.convention_id
         JOIN convention_parties cp ON cp.convention_id = p.convention_id AND cp.name = p.party
        WHERE cp.organization_id = $1 AND p.paid_on >= make_date($2, 1, 1) AND p.paid_on < make_date($2 + 1, 1, 1)
        ORDER BY p.paid_on, c.reference, p.created_at, p.id`,
      [organizationId, year],
    );
    return rows.map((row) => ({
      ...toPayment(row),
      reference: row.reference as string,
      conventionTitle: row.convention_title as string,
    }));
  }

  async conventionIdsOf(organizationId: string): Promise<string[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT DISTINCT convention_id FROM convention_parties WHERE organization_id = $1 ORDER BY convention_id`,
      [organizationId],
    );
    return rows.map((row) => row.convention_id as string);
  }

  async organization(id: string) {
    const [row]: Row[] = await this.dataSource.query(
      'SELECT id, name, country, time_zone FROM organizations WHERE id = $1',
      [id],
    );
    return row
      ? {
          id: row.id as string,
          name: row.name as string,
          country: (row.country as string).trim(),
          timeZone: row.time_zone as string,
        }
      : null;
  }

  async declarations(organizationId: string): Promise<ApdDeclarationRecord[]> {
    const rows: Row[] = await this.dataSource.query(
      'SELECT * FROM apd_declarations WHERE organization_id = $1 ORDER BY year',
      [organizationId],
    );
    return rows.map(toDeclaration);
  }

  async rateOn(currency: string, day: IsoDate): Promise<ExchangeRate | null> {
    const [row]: Row[] = await this.dataSource.query(
      `SELECT currency, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, eur_per_unit, source
         FROM exchange_rates WHERE currency = $1 AND valid_from <= $2 ORDER BY valid_from DESC LIMIT 1`,
      [currency, day],
    );
    return row ? toRate(row) : null;
  }

  async rates(): Promise<ExchangeRate[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT currency, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, eur_per_unit, source
         FROM exchange_rates ORDER BY currency, valid_from`,
    );
    return rows.map(toRate);
  }

  async setRate(rate: ExchangeRate, actor: Actor): Promise<ExchangeRate> {
    return this.dataSource.transaction(async (manager) => {
      const [before]: Row[] = await manager.query(
        `SELECT currency, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, eur_per_unit, source
           FROM exchange_rates WHERE currency = $1 AND valid_from = $2 FOR UPDATE`,
        [rate.currency, rate.validFrom],
      );
      // A retry with the same rate changes nothing; another rate for the same day replaces it.
      await manager.query(
        `INSERT INTO exchange_rates (currency, valid_from, eur_per_unit, source, created_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (currency, valid_from) DO UPDATE
           SET eur_per_unit = EXCLUDED.eur_per_unit, source = EXCLUDED.source, created_by = EXCLUDED.created_by`,
        [rate.currency, rate.validFrom, rate.eurPerUnit.toFixed(8), rate.source, actor.email],
      );
      await writeAudit(manager, {
        actor: actor.email,
        action: before ? 'update' : 'create',
        entity: 'exchange_rate',
        entityId: `${rate.currency}:${rate.validFrom}`,
        conventionId: null,
        before: before ? toRate(before) : null,
        after: rate,
      });
      return rate;
    });
  }

  async ownDeadlines(organizationId: string, from: IsoDate, to: IsoDate): Promise<OwnDeadline[]> {
    return organizationDeadlinesIn(this.dataSource.manager, organizationId, from, to);
  }

  async declare(record: ApdDeclarationRecord, actor: Actor): Promise<ApdDeclarationRecord> {
    return this.dataSource.transaction(async (manager) => {
      const [before]: Row[] = await manager.query(
        'SELECT * FROM apd_declarations WHERE organization_id = $1 AND year = $2 FOR UPDATE',
        [record.organizationId, record.year],
      );
      if (before) return toDeclaration(before);
      const [row]: Row[] = await manager.query(
        `INSERT INTO apd_declarations (organization_id, year, declared_on, note, declared_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organization_id, year) DO UPDATE SET year = EXCLUDED.year RETURNING *`,
        [record.organizationId, record.year, record.declaredOn, record.note, record.declaredBy],
      );
      const stored = toDeclaration(row);
      await writeAudit(manager, {
        actor: actor.email,
        action: 'create',
        entity: 'apd_declaration',
        entityId: `${record.organizationId}:${record.year}`,
        conventionId: null,
        before: null,
        after: stored,
      });
      return stored;
    });
  }
}
