// The `linebreak` package (UAX #14) ships no type declarations.
declare module 'linebreak' {
  export interface Break {
    /** UTF-16 offset where the next line may start. */
    readonly position: number;
    /** A mandatory break (after a newline or similar). */
    readonly required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
