import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import type { FieldError } from '../common/validation.pipe';

/** Where @nestjs/swagger keeps each documented property (its DECORATORS.API_MODEL_PROPERTIES). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

// The store behind @Type(), as Nest's ValidationPipe reads it (the package ships no typings for the path).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: MetadataStorage;
};

type Constructor = new (...args: never[]) => unknown;

const PRIMITIVES = new Set<unknown>([String, Number, Boolean, Date, Object, Array]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

interface PropertyDoc {
  nullable?: boolean;
  isArray?: boolean;
}

/** The property as the OpenAPI document describes it (PartialType and inheritance included). */
function documented(metatype: Constructor, key: string): PropertyDoc | undefined {
  return Reflect.getMetadata(API_MODEL_PROPERTIES, metatype.prototype as object, key) as
    PropertyDoc | undefined;
}

/** The DTO class a nested property is built into by `@Type(() => X)`, if any. */
function nestedType(metatype: Constructor, key: string): Constructor | null {
  const metadata = defaultMetadataStorage.findTypeMetadata(metatype, key);
  if (!metadata?.typeFunction) return null;
  const type = metadata.typeFunction() as unknown;
  return typeof type === 'function' && !PRIMITIVES.has(type) ? (type as Constructor) : null;
}

/**
 * What class-validator lets through and the code behind it cannot take: `null` on a field the
 * OpenAPI document does not call nullable (a PATCH's `title: null`), and an array where a nested
 * object is expected (`period: []`, `votes: [[…]]` — ValidateNested accepts both shapes).
 * Runs on the raw body, before class-transformer builds anything.
 */
export function shapeProblems(metatype: Constructor, value: unknown, root = ''): FieldError[] {
  const problems: FieldError[] = [];
  const stack: Array<{ metatype: Constructor; value: Record<string, unknown>; path: string }> = [];
  if (isPlainObject(value)) stack.push({ metatype, value, path: root });
  while (stack.length) {
    const current = stack.pop() as (typeof stack)[number];
    for (const [key, item] of Object.entries(current.value)) {
      const field = childPath(current.path, key);
      const doc = documented(current.metatype, key);
      if (item === null) {
        if (doc && !doc.nullable) problems.push({ field, message: `${field} must not be null` });
        continue;
      }
      const nested = nestedType(current.metatype, key);
      if (!nested || item === undefined) continue;
      const designType = Reflect.getMetadata(
        'design:type',
        current.metatype.prototype as object,
        key,
      ) as unknown;
      const many = designType === Array || doc?.isArray === true;
      if (many) {
        if (!Array.isArray(item)) {
          problems.push({ field, message: `${field} must be an array` });
          continue;
        }
        item.forEach((element, index) => {
          const elementPath = childPath(field, index);
          if (isPlainObject(element)) stack.push({ metatype: nested, value: element, path: elementPath });
          else problems.push({ field: elementPath, message: `${elementPath} must be an object` });
        });
      } else if (isPlainObject(item)) {
        stack.push({ metatype: nested, value: item, path: field });
      } else {
        problems.push({ field, message: `${field} must be an object` });
      }
    }
  }
  return problems;
}
