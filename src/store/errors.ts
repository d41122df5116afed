/**
 * Expected failures of store operations. Routes map them to 4xx responses with the message
 * (never a 500): `field` names the input the message belongs next to.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** Someone else changed the record since the editor loaded it (optimistic versioning). */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly currentVersion: number,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
