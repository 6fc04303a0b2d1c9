import type { Rule } from '../rule.js';

export const RULES: readonly Rule[] = [];
