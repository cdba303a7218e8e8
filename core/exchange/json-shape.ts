/**
 * Small readers for foreign JSON-LD, where most properties may be a value, a list of values or
 * absent, types may be compact (`oa:Annotation`) and resources may be an IRI or an object.
 */

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>;

/** True for a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON-LD "one or many" property as a list: absent → [], one value → [value]. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** True when `value`'s `type` (or `@type`) names `name`, with or without the `oa:` prefix. */
export function hasType(value: unknown, name: string): boolean {
  if (!isJsonObject(value)) return false;
  return [...asList(value.type), ...asList(value['@type'])].some(
    (type) => type === name || type === `oa:${name}`,
  );
}

/** The IRI of a resource given as a string or as an object with `id` (or `@id`). */
export function iriOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isJsonObject(value)) return undefined;
  const id = value.id ?? value['@id'];
  return typeof id === 'string' ? id : undefined;
}

/** The first string of a "one or many" property. */
export function firstString(value: unknown): string | undefined {
  return asList(value).find((item): item is string => typeof item === 'string');
}
