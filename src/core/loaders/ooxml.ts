// Reading Office Open XML parts (PowerPoint slides, relationships) with fast-xml-parser in
// document order: a part is a tree of { tag: children, ':@': attributes } nodes.
import { XMLParser } from 'fast-xml-parser';
import type JSZip from 'jszip';
import path from 'node:path';

export type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

/** A part of the package parsed, or undefined when it is missing. */
export async function readPart(zip: JSZip, name: string): Promise<XNode[] | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  return parser.parse(await file.async('string')) as XNode[];
}

/** The tag of a node ('#text' for text). */
export function tagOf(node: XNode): string {
  for (const k of Object.keys(node)) if (k !== ':@') return k;
  return '';
}

/** A node's children in order. */
export function kids(node: XNode): XNode[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}

export function attr(node: XNode, name: string): string | undefined {
  const a = node[':@'] as Record<string, string> | undefined;
  return a?.[name];
}

/** The first child with this tag. */
export function child(node: XNode | undefined, tag: string): XNode | undefined {
  return node ? kids(node).find((k) => tagOf(k) === tag) : undefined;
}

/** Follows a path of child tags from a node. */
export function childAt(node: XNode | undefined, ...tags: string[]): XNode | undefined {
  let current = node;
  for (const tag of tags) current = child(current, tag);
  return current;
}

/** Follows a path of tags from the roots of a part (the first tag names the root element). */
export function at(roots: XNode[] | undefined, root: string, ...tags: string[]): XNode | undefined {
  return childAt(roots?.find((n) => tagOf(n) === root), ...tags);
}

/** Every descendant with this tag, in document order (not inside a match). */
export function descendants(node: XNode, tag: string): XNode[] {
  const out: XNode[] = [];
  const visit = (n: XNode) => {
    for (const k of kids(n)) {
      if (tagOf(k) === tag) out.push(k);
      else visit(k);
    }
  };
  visit(node);
  return out;
}

/** The text of a text node's children. */
export function textOf(node: XNode | undefined): string {
  if (!node) return '';
  return kids(node)
    .map((k) => (tagOf(k) === '#text' ? String(k['#text'] ?? '') : ''))
    .join('');
}

/** The relationships of a part: id → target part name (resolved against the part's folder), and type. */
export async function relationships(zip: JSZip, part: string): Promise<Map<string, { target: string; type: string }>> {
  const dir = path.posix.dirname(part);
  const rels = await readPart(zip, `${dir}/_rels/${path.posix.basename(part)}.rels`);
  const out = new Map<string, { target: string; type: string }>();
  for (const r of kids(at(rels, 'Relationships') ?? {})) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target');
    if (id === undefined || target === undefined || attr(r, 'TargetMode') === 'External') continue;
    const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(dir, target));
    out.set(id, { target: resolved, type: attr(r, 'Type') ?? '' });
  }
  return out;
}
