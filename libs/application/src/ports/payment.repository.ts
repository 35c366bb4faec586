import {
  Actor,
  ExchangeRate,
  ExchangeRateSource,
  IsoDate,
  Payment,
  PaymentKind,
  PaymentOrigin,
} from '@passerelle/domain';

export interface PaymentToStore {
  party: string;
  amount: number;
  currency: string;
  exchangeRate: number;
  exchangeRateSource: ExchangeRateSource;
  exchangeRateOn: IsoDate | null;
  amountEur: number;
  paidOn: IsoDate;
  country: string;
  purpose: string | null;
  kind: PaymentKind;
  origin: PaymentOrigin | null;
}

/** A payment with what the declaration and the report show beside it. */
export interface LedgerLine extends Payment {
  reference: string;
  conventionTitle: string;
}

export interface ApdDeclarationRecord {
  organizationId: string;
  year: number;
  declaredOn: IsoDate;
  note: string | null;
  declaredBy: string | null;
}

/** An organization's own deadline as stored (organization_deadlines), done once declared. */
export interface OwnDeadline {
  kind: 'apd_declaration';
  dueOn: IsoDate;
  declaredYear: number;
  declared: boolean;
}

/** The ledger of what was paid under each convention, and each organization's APD declarations. */
export abstract class PaymentRepository {
  /** Every payment in one transaction with its audit line; imported lines already there are skipped. */
  abstract add(conventionId: string, payments: PaymentToStore[], actor: Actor): Promise<Payment[]>;
  abstract list(conventionId: string): Promise<Payment[]>;
  /** Payments of `year` made by the parties linked to the organization, on every convention. */
  abstract ofOrganization(organizationId: string, year: number): Promise<LedgerLine[]>;
  /** Conventions one of whose parties is linked to the organization. */
  abstract conventionIdsOf(organizationId: string): Promise<string[]>;
  abstract organization(
    id: string,
  ): Promise<{ id: string; name: string; country: string; timeZone: string } | null>;
  abstract declarations(organizationId: string): Promise<ApdDeclarationRecord[]>;
  /** The table's rate for `currency` on `day`: the latest valid from that day or before. */
  abstract rateOn(currency: string, day: IsoDate): Promise<ExchangeRate | null>;
  abstract rates(): Promise<ExchangeRate[]>;
  /** One rate per currency and day (a retry writes the same; a correction replaces it), audited. */
  abstract setRate(rate: ExchangeRate, actor: Actor): Promise<ExchangeRate>;
  /** The organization's stored `apd_declaration` deadlines due between `from` and `to`. */
  abstract ownDeadlines(organizationId: string, from: IsoDate, to: IsoDate): Promise<OwnDeadline[]>;
  abstract declare(record: ApdDeclarationRecord, actor: Actor): Promise<ApdDeclarationRecord>;
}
