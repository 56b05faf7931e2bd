import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);

// src/core/logger.ts
var silentLogger = {
  debug() {
  },
  info() {
  },
  warning() {
  },
  error() {
  }
};
function consoleLogger(verbose = !1) {
  return {
    debug: (m) => {
      verbose && console.error(`debug: ${m}`);
    },
    info: (m) => console.log(m),
    warning: (m) => console.error(`warning: ${m}`),
    error: (m) => console.error(`error: ${m}`)
  };
}

export {
  silentLogger,
  consoleLogger
};
//# sourceMappingURL=chunk-XQPV4RL2.js.map
