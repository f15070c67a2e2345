/** Thrown when the import scanner meets code it cannot read with certainty: the caller parses instead. */
export class ScanBail extends Error {
  constructor(readonly at: number, reason: string) {
    super(`${reason} at offset ${at}`);
    this.name = 'ScanBail';
  }
}
