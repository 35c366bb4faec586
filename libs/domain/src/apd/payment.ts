import { IsoDate } from '../shared/calendar-date';

/** Versé en numéraire, or given in kind (staff time, equipment) at its valuation. */
export type PaymentKind = 'cash' | 'in_kind';
export const PAYMENT_KINDS: readonly PaymentKind[] = ['cash', 'in_kind'];

/** Where a payment came from when it was imported from an action plan's co-financing line. */
export interface PaymentOrigin {
  actionPlanId: string;
  item: number;
  line: number;
}

export type ExchangeRateSource = 'given' | 'table';

/** Euros for one unit of `currency` from `validFrom` on, until the next rate (exchange_rates). */
export interface ExchangeRate {
  currency: string;
  validFrom: IsoDate;
  eurPerUnit: number;
  /** Where the admin read it (e.g. "Bank Al-Maghrib, cours de référence"). */
  source: string;
}

/** What was actually paid or given under a convention (the ledger of the APD declaration). */
export interface Payment {
  id: string;
  conventionId: string;
  /** The paying party's name in the convention document. */
  party: string;
  amount: number;
  /** ISO 4217. */
  currency: string;
  /** Euros for one unit of `currency` (1 for EUR): the declaration is made in euros. */
  exchangeRate: number;
  /** Where the rate came from: typed with the payment (`given`), or the rate table's (`table`). */
  exchangeRateSource: ExchangeRateSource;
  /** A table rate: the day it is valid from; null for a rate given with the payment. */
  exchangeRateOn: IsoDate | null;
  amountEur: number;
  paidOn: IsoDate;
  /** The country that benefits (ISO 3166-1 alpha-2), as the declaration groups it. */
  country: string;
  purpose: string | null;
  kind: PaymentKind;
  origin: PaymentOrigin | null;
  createdAt: string;
}

export interface NewPayment {
  party: string;
  amount: number;
  currency: string;
  exchangeRate?: number | null;
  paidOn: IsoDate;
  country?: string | null;
  purpose?: string | null;
  kind: PaymentKind;
}
