// fast-check arbitraries from the OpenAPI document's JSON Schemas: mostly values the schema
// allows, so a request reaches the service and the database, mixed with what a careless client
// or an attacker sends (issue #15): NUL, lone surrogates, very long strings, Thai, Vietnamese,
// Chinese and Polish text, numbers at the edges, the wrong type, extra properties, year 0000.
import fc from 'fast-check';
import type { JsonSchema } from './operations.ts';

export type Schemas = Record<string, JsonSchema>;

const text = [
  'ศูนย์กระจายสินค้า กรุงเทพฯ',
  'Phụ tùng ô tô Sài Gòn — Quận 7',
  '汽车零部件（上海）有限公司',
  'Zażółć gęślą jaźń, Łódź',
  'Ünïcödé e\u0301 combining',
  "Robert'); DROP TABLE distributor;--",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00%2e%2e',
  ' ',
  '',
];

/** Strings no form would send: each must be refused, never stored nor a 500. */
export const hostileStrings = [
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  'x'.repeat(100_000),
  'ก'.repeat(5_000),
  '0000-01-01',
  '0000-00-00',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:60Z',
  '2026-02-30',
  '-1',
  'NaN',
  'null',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

const edgeNumbers = [
  0,
  -0,
  -1,
  0.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  5e-324,
];

/** Any JSON value of any type: the wrong type for almost every field. */
const wrongType = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, [], {}, [null], { '': null }),
  fc.constantFrom(...edgeNumbers),
  fc.constantFrom(...hostileStrings, ...text),
);

/** A hostile value in place of any value. */
export const hostileValue: fc.Arbitrary<unknown> = wrongType;

/** Mostly values the schema allows; now and then a hostile one in their place. */
export function arbitraryFor(
  schema: JsonSchema,
  schemas: Schemas,
  depth = 0,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: allowedValueOf(schema, schemas, depth), weight: 4 },
    { arbitrary: hostileValue, weight: 1 },
  );
}

function allowedValueOf(
  schema: JsonSchema,
  schemas: Schemas,
  depth: number,
): fc.Arbitrary<unknown> {
  const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
  if (ref) return allowedValueOf(schemas[ref.split('/').pop() ?? ''] ?? {}, schemas, depth);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const choices = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (choices?.length) {
    return fc.oneof(...choices.map((choice) => allowedValueOf(choice, schemas, depth)));
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type];
  const type = types.find((candidate) => candidate !== 'null') ?? types[0];
  switch (type) {
    case 'object':
      return depth > 4 ? fc.constant({}) : objectOf(schema, schemas, depth);
    case 'array':
      return depth > 4
        ? fc.constant([])
        : fc.array(arbitraryFor((schema.items as JsonSchema) ?? {}, schemas, depth + 1), {
            minLength: Number(schema.minItems ?? 0),
            maxLength: Math.min(Number(schema.maxItems ?? 4), 4),
          });
    case 'string':
      return stringOf(schema);
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(schema: JsonSchema, schemas: Schemas, depth: number) {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const fields = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [
      name,
      arbitraryFor(property, schemas, depth + 1),
    ]),
  );
  const known = fc.record(fields, {
    requiredKeys: Object.keys(properties).filter((name) => required.has(name)),
  });
  // Extra properties (a typo, a field of another version, a prototype key) now and then.
  const extra = fc.option(
    fc.dictionary(
      fc.constantFrom('extra', '__proto__', 'constructor', 'workspaceId', 'id', 'ü\u0000'),
      wrongType,
      { maxKeys: 2 },
    ),
    { freq: 4 },
  );
  return fc.tuple(known, extra).map(([value, more]) => ({ ...(more ?? {}), ...value }));
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = Number(schema.minLength ?? 0);
  const maxLength = Math.min(Number(schema.maxLength ?? 40), 200);
  const formatted = byFormat(schema.format);
  if (formatted) return formatted;
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      // A pattern fast-check cannot generate from: plain strings instead.
    }
  }
  return fc.oneof(
    fc.string({ minLength, maxLength: Math.max(minLength, maxLength) }),
    fc.constantFrom(...text),
  );
}

function byFormat(format: unknown): fc.Arbitrary<string> | undefined {
  switch (format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    default:
      return undefined;
  }
}

function numberOf(schema: JsonSchema, isInteger: boolean): fc.Arbitrary<number> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  const inRange = isInteger
    ? fc.integer({
        min: Math.max(min ?? -1_000_000, Number.MIN_SAFE_INTEGER),
        max: Math.min(max ?? 1_000_000, Number.MAX_SAFE_INTEGER),
      })
    : fc.double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true });
  const edges = [min, max, ...edgeNumbers].filter((edge): edge is number => edge !== undefined);
  return fc.oneof({ arbitrary: inRange, weight: 3 }, fc.constantFrom(...edges));
}
