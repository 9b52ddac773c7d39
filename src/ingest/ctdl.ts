/**
 * Credential Engine CTDL JSON-LD: single objects, lists and `@graph` envelopes, `ceterms:`
 * properties, language maps, and references by `@id` or CTID within the document. Offerings
 * (credentials, learning opportunities, courses, programmes, assessments) become courses;
 * organisations, competencies, frameworks and other nodes are reported as skipped.
 * @module
 */
import { CredenceInputError } from '../model/errors.js';
import type { AdapterOutput } from './adapter.js';
import { fail, type ItemContext, newCollector, toOutput, warn } from './adapter-collector.js';
import { indexNodes, localName } from './ctdl/graph.js';
import { ctdlCourse, isOfferingType } from './ctdl/node.js';
import { isObject, type JsonObject, str, typesOf } from './loose-json.js';

function nodesOf(data: unknown): { nodes: readonly unknown[]; label: string } {
  if (Array.isArray(data)) return { nodes: data, label: 'item' };
  if (isObject(data) && Array.isArray(data['@graph']))
    return { nodes: data['@graph'], label: '@graph' };
  if (isObject(data)) return { nodes: [data], label: 'document' };
  throw new CredenceInputError('the CTDL input is not a JSON object, list or @graph envelope');
}

function looksLikeCtdl(node: unknown): boolean {
  if (!isObject(node)) return false;
  if (typesOf(node).some((t) => /^(ceterms|ceasn|qdata|asn):/.test(t))) return true;
  return Object.keys(node).some((k) => /^(ceterms|ceasn|qdata):/.test(k));
}

/**
 * Reads Credential Engine CTDL JSON-LD into course-shaped records.
 *
 * @example
 * ```ts
 * const out = ctdlRecords({ '@type': 'ceterms:Certificate', 'ceterms:ctid': 'ce-1', 'ceterms:name': { 'en-US': 'Wound care' }, 'ceterms:ownedBy': [{ '@type': 'ceterms:CredentialOrganization', 'ceterms:name': 'RCN' }] });
 * out.records[0]; // { id: 'ce-1', title: 'Wound care', provider: { name: 'RCN', type: 'unknown' }, credential: { type: 'certificate' }, … }
 * ```
 */
export function ctdlRecords(data: unknown): AdapterOutput {
  const { nodes, label } = nodesOf(data);
  if (!nodes.some(looksLikeCtdl)) {
    throw new CredenceInputError(
      'the JSON is not CTDL: no node has a ceterms:/ceasn: @type or ceterms: properties',
    );
  }
  const out = newCollector();
  const index = indexNodes(nodes);
  nodes.forEach((node, i) => {
    const source = label === 'document' ? 'document' : `${label}[${i}]`;
    const ctx: ItemContext = { index: i, source, issues: out.issues };
    if (!isObject(node)) {
      fail(ctx, [], 'not converted: the node is not a JSON object');
      return;
    }
    const id = str(node['ceterms:ctid']) ?? str(node['@id']);
    if (id !== undefined) ctx.id = id;
    const type = typesOf(node)[0];
    if (type === undefined) {
      fail(ctx, [], 'not converted: the node has no @type');
      return;
    }
    if (!isOfferingType(type)) {
      warn(ctx, [], `skipped: a ${localName(type)} is not an offering`);
      return;
    }
    const blank = str(node['@id'])?.startsWith('_:') === true;
    if (blank && label === '@graph' && i > 0) {
      warn(
        ctx,
        [],
        `skipped: a ${localName(type)} described only as a related entity of the main record (blank node ${String(node['@id'])}), not as an offering of its own`,
      );
      return;
    }
    const course = ctdlCourse(node as JsonObject, type, index, ctx);
    if (course === undefined) return;
    out.records.push(course);
    out.sources.push(source);
    out.positions.push(i);
  });
  return toOutput(out);
}
