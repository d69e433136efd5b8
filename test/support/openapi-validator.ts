/** Checks JSON bodies against the responses an OpenAPI 3.1 document declares (JSON Schema draft 2020-12). */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

type Json = Record<string, any>;
const DOCUMENT_ID = 'https://jixiao.invalid/openapi.json';

/** `GET /api/v1/projects/{id} 200`: one documented JSON response. */
export type ResponseKey = `${string} ${string} ${number}`;

export function openApiResponses(document: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const deref = (node: Json): Json => (node.$ref ? deref(node.$ref.slice(2).split('/').reduce((n: Json, k: string) => n[k], document)) : node);

  const pointers = new Map<ResponseKey, string>();
  const files = new Map<ResponseKey, string[]>();
  for (const [path, operations] of Object.entries<Json>(document.paths)) {
    for (const [method, operation] of Object.entries<Json>(operations)) {
      for (const [status, response] of Object.entries<Json>(operation.responses)) {
        const resolved = deref(response);
        const key: ResponseKey = `${method.toUpperCase()} ${path} ${Number(status)}`;
        if (!resolved.content?.['application/json']) {
          files.set(key, Object.keys(resolved.content ?? {}));
          continue;
        }
        const where = response.$ref
          ? `${response.$ref}/content/application~1json/schema`
          : `#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses/${status}/content/application~1json/schema`;
        pointers.set(key, where);
      }
    }
  }
  const compiled = new Map<ResponseKey, ValidateFunction>();

  return {
    /** The content types of a documented file response. */
    fileTypes: (key: ResponseKey): string[] => files.get(key) ?? [],
    /** Every documented JSON response. */
    keys: (): ResponseKey[] => [...pointers.keys()],
    /** The problems of `body` as the response `key`, or [] when it matches. */
    problems(key: ResponseKey, body: unknown): string[] {
      const pointer = pointers.get(key);
      if (!pointer) return [`${key} is not documented`];
      if (!compiled.has(key)) compiled.set(key, ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` }));
      const validate = compiled.get(key)!;
      return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
    },
  };
}
