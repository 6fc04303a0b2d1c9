/** Declarations are a few KB; anything this large is a mistake or an attack. Nothing larger is read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The format nests five levels deep; allow generous slack, refuse absurd nesting. */
export const MAX_DEPTH = 32;
