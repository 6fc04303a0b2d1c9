/** Declarations are a few KB; anything this large is a mistake or an attack. Nothing larger is read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The format nests five levels deep; allow generous slack, refuse absurd nesting. */
export const MAX_DEPTH = 32;
/** A document to import (XLSX or PDF): forms are a few hundred KB; scanned pages can be large, but not this large. */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;
/** A font named with --font or font: a CJK collection is 20–120 MB. */
export const MAX_FONT_BYTES = 256 * 1024 * 1024;
