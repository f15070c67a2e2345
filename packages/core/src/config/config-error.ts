/** A problem with the configuration or the inputs: the CLI exits 2 with this message. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}
