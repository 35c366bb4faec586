/**
 * What any input must satisfy before a DTO is even built: bounded nesting (class-transformer and
 * class-validator recurse, so 5,000 levels overflowed the stack) and no control characters (a NUL
 * cannot be stored in PostgreSQL text and breaks every export).
 */
export const MAX_JSON_DEPTH = 32;

/**
 * C0 controls but tab, line feed and carriage return, DEL, and UTF-16 surrogates that pair with
 * nothing (not text: validator's isEmail throws on them, PostgreSQL would store U+FFFD instead):
 * refused in every string and key.
 */
const CONTROL_CHARACTER =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export class InputProblem extends Error {
  readonly status = 400;
  constructor(
    readonly type: 'entity.too.deep' | 'entity.control.character',
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The deepest nesting of a JSON text, read byte by byte before parsing (parsing 500,000 nested
 * arrays alone takes seconds): throws as soon as it exceeds the limit.
 */
export function assertJsonDepth(buffer: Buffer, limit = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < buffer.length; index += 1) {
    const byte = buffer[index];
    if (inString) {
      if (byte === 0x5c)
        index += 1; // backslash: skip the escaped character
      else if (byte === 0x22) inString = false;
      continue;
    }
    if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      depth += 1;
      if (depth > limit) {
        throw new InputProblem('entity.too.deep', 'body', `body: nested more than ${limit} levels deep`);
      }
    } else if (byte === 0x7d || byte === 0x5d) depth -= 1;
  }
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * Walks a parsed value without recursion and throws on the first string or key holding a control
 * character, naming its path (`parties[1].name`).
 */
export function assertNoControlCharacters(value: unknown, root = ''): void {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: root, depth: 0 }];
  while (stack.length) {
    const current = stack.pop() as { value: unknown; path: string; depth: number };
    const found = (path: string) =>
      new InputProblem(
        'entity.control.character',
        path || 'body',
        `${path || 'body'}: control characters (such as NUL) and broken Unicode are not allowed`,
      );
    if (typeof current.value === 'string') {
      if (CONTROL_CHARACTER.test(current.value)) throw found(current.path);
      continue;
    }
    if (current.value === null || typeof current.value !== 'object') continue;
    if (current.depth > MAX_JSON_DEPTH) {
      throw new InputProblem(
        'entity.too.deep',
        current.path || 'body',
        `${current.path || 'body'}: nested too deep`,
      );
    }
    if (Array.isArray(current.value)) {
      current.value.forEach((item, index) =>
        stack.push({ value: item, path: childPath(current.path, index), depth: current.depth + 1 }),
      );
      continue;
    }
    // Uploaded files (multer) and other non-plain objects carry no user text to check here.
    const prototype: unknown = Object.getPrototypeOf(current.value);
    if (prototype !== Object.prototype && prototype !== null) continue;
    for (const [key, item] of Object.entries(current.value as Record<string, unknown>)) {
      if (CONTROL_CHARACTER.test(key))
        throw found(childPath(current.path, key.replace(CONTROL_CHARACTER, '?')));
      stack.push({ value: item, path: childPath(current.path, key), depth: current.depth + 1 });
    }
  }
}
