/**
 * The logger that domain modules receive. The CLI backs it with the console, the action with
 * `@actions/core`; tests use a recording one. Domain code never imports `@actions/core`.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** A logger that writes nothing (default for library calls that are not given one). */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
};

/** A logger that writes to the console with a severity prefix; `debug` only when `verbose`. */
export function consoleLogger(verbose = false): Logger {
  return {
    debug: (m) => {
      if (verbose) console.error(`debug: ${m}`);
    },
    info: (m) => console.log(m),
    warning: (m) => console.error(`warning: ${m}`),
    error: (m) => console.error(`error: ${m}`),
  };
}
