import type { IssueCode } from './schema.js';

/**
 * English for each contract problem: `ContractIssue.message`, and the English of the
 * widgets' error view (the shell's catalogue spreads these; other locales translate the
 * same keys). `rule` issues carry their own sentence.
 */
export const issueMessages = {
  'issue.type': 'expected {expected}, got {got}',
  'issue.required': 'is missing (required)',
  'issue.enum': 'expected one of {options}, got {got}',
  'issue.const': 'expected {expected}, got {got}',
  'issue.min': 'must be at least {limit}, got {got}',
  'issue.max': 'must be at most {limit}, got {got}',
  'issue.integer': 'must be a whole number, got {got}',
  'issue.min-items': 'needs at least {limit} items, got {got}',
  'issue.max-items': 'has {got} items; the limit is {limit}',
  'issue.min-length': 'must not be empty',
  'issue.max-length': 'is {got} characters long; the limit is {limit}',
  'issue.format': 'expected {format}, got {got}',
  'issue.unknown-kind': 'unknown kind {got}; expected {options}',
  'issue.unknown-version': 'unsupported version {got}; this library reads version {expected}',
  'issue.unknown-ref': 'refers to {got}, which is not among {target}',
  'issue.duplicate': 'duplicate id {got}',
  'issue.too-deep': 'is nested more than {limit} levels deep',
  'issue.unknown-field': 'unknown field {got}, ignored',
} as const satisfies Record<`issue.${Exclude<IssueCode, 'rule'>}`, string>;
