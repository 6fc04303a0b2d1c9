import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { CONFIG_RULES } from '../../src/config/rules.js';
import { en, formatMessage, NON_RULE_SECTIONS, zh } from '../../src/messages/index.js';

const RULE_IDS = [...RULES, ...CONFIG_RULES].map((r) => r.meta.id).sort();

describe('the message catalogue', () => {
  it('has one section per rule, and no section for a rule that does not exist', () => {
    expect(Object.keys(zh).sort()).toEqual([...RULE_IDS, ...NON_RULE_SECTIONS].sort());
  });

  it('is in alphabetical order of sections, so a newcomer finds a rule’s messages at once', () => {
    expect(Object.keys(zh)).toEqual([...Object.keys(zh)].sort());
  });

  it('has the same sections and message ids in English (also enforced by the types)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [section, messages] of Object.entries(zh)) expect(Object.keys(en[section as keyof typeof en]).sort(), section).toEqual(Object.keys(messages).sort());
  });

  it('uses kebab-case message ids', () => {
    for (const messages of Object.values(zh)) for (const id of Object.keys(messages)) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('a message id that does not exist is our bug, said as such', () => {
    expect(() => formatMessage('zh', 'amount-format', 'no-such-message')).toThrow(/internal/);
  });

  it('keeps a parameterless message as plain text', () => {
    expect(formatMessage('zh', 'file-empty', 'empty')).toBe(zh['file-empty'].empty);
    expect(formatMessage('en', 'yaml-syntax', 'alias')).toBe(en['yaml-syntax'].alias);
  });
});
