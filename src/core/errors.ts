/**
 * Coded errors. Every error rasd reports to a user carries a stable code, so
 * that scripts can tell them apart and docs can explain them; the message is
 * one line that says what was wrong with which input.
 */
export const ERROR_CODES = {
  RASD_E001: 'empty input',
  RASD_E002: 'binary input',
  RASD_E003: 'invalid UTF-8',
  RASD_E004: 'input too large',
  RASD_E005: 'unknown or malformed format',
  RASD_E006: 'not readable',
  RASD_E007: 'invalid option',
  RASD_E008: 'resource missing or corrupt',
  RASD_E009: 'stage order',
  RASD_E010: 'stage failed',
  RASD_E011: 'not an article',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class RasdError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RasdError';
    this.code = code;
  }
}

/** One line for a user: the code and the message, never a stack trace. */
export function describeError(err: unknown): string {
  if (err instanceof RasdError) return `${err.message} [${err.code}]`;
  if (err instanceof Error) return err.message.split('\n')[0]!;
  return String(err);
}
