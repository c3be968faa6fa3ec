/** The configuration of an app is missing or wrong; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(
    readonly appName: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration for ${appName}: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}
