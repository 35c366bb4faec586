import fc from 'fast-check';

/** The parts of an OpenAPI 3 schema the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  nullable?: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  parameters?: Array<{ name: string; in: 'path' | 'query'; required?: boolean; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
}

function deepNesting(levels: number): unknown {
  let value: unknown = 'x';
  for (let level = 0; level < levels; level += 1) value = level % 2 ? [value] : { a: value };
  return value;
}

/** What attackers and broken clients send instead of a field's value. */
export const NASTY_VALUES: unknown[] = [
  null,
  [],
  {},
  [{}],
  [[]],
  [null],
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  '\ud800',
  'x'.repeat(25_000),
  -1,
  0,
  1.5,
  1e308,
  -1e308,
  99999999999999999999,
  true,
  '2026-02-30',
  '9999-99-99',
  '00000000-0000-0000-0000-000000000000',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'NaN',
  '1e400',
  JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'),
  deepNesting(40),
  Array.from({ length: 600 }, () => ({})),
];

/** What a query string or a path segment can carry instead of a value. */
export const NASTY_TEXTS: string[] = [
  '',
  '\u0000',
  'a\u0000b',
  '%00',
  'x'.repeat(5_000),
  '99999999999999999999',
  '-1',
  '0',
  '1e400',
  'NaN',
  '2026-02-30',
  '0000-00-00',
  'null',
  '[]',
  "' OR 1=1 --",
  '<script>',
  '..%2F..%2Fetc',
  '00000000-0000-0000-0000-000000000000',
  'ä',
];

export class SchemaArbitraries {
  constructor(private readonly document: OpenApiDocument) {}

  private resolve(schema: Schema): Schema {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      return this.resolve(this.document.components?.schemas?.[name] ?? {});
    }
    const composed = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
    return composed ? { ...this.resolve(composed), nullable: schema.nullable } : schema;
  }

  /** A value that fits the schema as far as the document says (examples first). */
  valid(raw: Schema, depth = 0): fc.Arbitrary<unknown> {
    const schema = this.resolve(raw);
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    const example = schema.example !== undefined ? [fc.constant(schema.example)] : [];
    if (schema.properties && depth < 6) {
      const keys = Object.keys(schema.properties);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const key of keys) record[key] = this.valid(schema.properties[key], depth + 1);
      return fc.record(record, { requiredKeys: schema.required ?? [] });
    }
    switch (schema.type) {
      case 'string':
        if (schema.format === 'uuid') return fc.uuid();
        return fc.oneof(...example, fc.string({ maxLength: 30 }));
      case 'integer':
        return fc.oneof(...example, fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 3000 }));
      case 'number':
        return fc.oneof(
          ...example,
          fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 1e6, noNaN: true }),
        );
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth < 6 && schema.items
          ? fc.array(this.valid(schema.items, depth + 1), { minLength: schema.minItems ?? 0, maxLength: 3 })
          : fc.constant([]);
      default:
        return example.length ? example[0] : fc.constantFrom(null, 'x', 1);
    }
  }

  /** A fitting value with one node (the root included) replaced by a nasty value. */
  mutated(schema: Schema): fc.Arbitrary<unknown> {
    return fc
      .tuple(this.valid(schema), fc.nat(), fc.constantFrom(...NASTY_VALUES))
      .map(([value, pick, nasty]) => replaceNode(value, pick, nasty));
  }

  body(schema: Schema): fc.Arbitrary<unknown> {
    return fc.oneof(
      { weight: 1, arbitrary: this.valid(schema) },
      { weight: 4, arbitrary: this.mutated(schema) },
    );
  }
}

/** The `pick`-th node of the value, in depth-first order, replaced (a copy). */
function replaceNode(value: unknown, pick: number, nasty: unknown): unknown {
  const nodes: Array<{ parent: Record<string, unknown> | unknown[] | null; key: string | number }> = [
    { parent: null, key: '' },
  ];
  const copy = structuredClone(value);
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      nodes.push({ parent: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
      walk(child);
    }
  };
  walk(copy);
  const target = nodes[pick % nodes.length];
  if (!target.parent) return nasty;
  (target.parent as Record<string, unknown>)[target.key as string] = nasty;
  return copy;
}
