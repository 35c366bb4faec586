import {
  ConventionDerivedColumns,
  ConventionListQuery,
  ConventionRepository,
  ConventionToStore,
  Page,
} from '@passerelle/application';
import { Actor, StoredConvention, VisibilityScope } from '@passerelle/domain';

/** Conventions in a Map shared with InMemoryGovernance; visibility as the accounts rules say. */
export class InMemoryConventions extends ConventionRepository {
  readonly replaced: Array<{ id: string; derived: ConventionDerivedColumns; by: string | null }> = [];

  constructor(private readonly store: Map<string, StoredConvention>) {
    super();
  }

  create(
    doc: ConventionToStore,
    _derived: ConventionDerivedColumns,
    _actor: Actor | null,
  ): Promise<StoredConvention> {
    const stored = { ...doc, id: `c-${this.store.size + 1}`, createdAt: '', updatedAt: '' };
    this.store.set(stored.id, stored);
    return Promise.resolve(stored);
  }

  async createManyIfEmpty(items: Array<{ doc: ConventionToStore; derived: ConventionDerivedColumns }>) {
    if (this.store.size > 0) return 0;
    for (const { doc, derived } of items) await this.create(doc, derived, null);
    return items.length;
  }

  findById(id: string, scope: VisibilityScope = { kind: 'all' }): Promise<StoredConvention | null> {
    const found = this.store.get(id) ?? null;
    if (!found || scope.kind === 'all') return Promise.resolve(found);
    const visible = found.parties.some((party) => party.organizationId === scope.organizationId);
    return Promise.resolve(visible ? found : null);
  }

  list(query: ConventionListQuery): Promise<Page<StoredConvention>> {
    const items = [...this.store.values()];
    return Promise.resolve({ items, total: items.length, page: query.page, pageSize: query.pageSize });
  }

  replace(
    id: string,
    doc: ConventionToStore,
    derived: ConventionDerivedColumns,
    actor: Actor | null,
  ): Promise<StoredConvention> {
    const stored = { ...this.store.get(id)!, ...doc, id };
    this.store.set(id, stored);
    this.replaced.push({ id, derived, by: actor?.email ?? null });
    return Promise.resolve(stored);
  }

  delete(id: string): Promise<boolean> {
    return Promise.resolve(this.store.delete(id));
  }

  count(): Promise<number> {
    return Promise.resolve(this.store.size);
  }
}
