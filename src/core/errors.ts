// A small hierarchy of errors, so callers can tell "you asked for something wrong"
// from "the index is not ready" from a bug, and say how to recover.

/** Base class: every expected failure in shisaku is one of these. */
export class ShisakuError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A document, programme, chunk or line range that does not exist. */
export class NotFoundError extends ShisakuError {}

/** An argument that is out of range or malformed; the message says what is allowed. */
export class InvalidInputError extends ShisakuError {}

/** No usable index: missing, built with another model, or failing its checksums. */
export class IndexNotReadyError extends ShisakuError {}

/** A document in seeds/ that cannot be read as UTF-8 text. */
export class BadDocumentError extends ShisakuError {
  constructor(
    readonly source: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${source}: ${message}`, options);
  }
}

/** "valid ids: a, b, c" for an error message; a long list is cut, pointing to list_documents. */
export function validIds(ids: readonly string[], max = 20): string {
  return ids.length <= max ? `valid ids: ${ids.join(', ')}` : `valid ids include ${ids.slice(0, max).join(', ')} … (${ids.length} in all; list_documents gives every one)`;
}
