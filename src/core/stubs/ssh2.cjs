// agent-fanout talks to Docker over a Unix socket or TCP, never over ssh://: the bundle carries no
// ssh2 (and none of its native addons or its Windows pageant helper). docker-modem loads it at start.
class Client {
  constructor() {
    throw new Error('agent-fanout: DOCKER_HOST=ssh://… is not supported; use a Unix socket or tcp://');
  }
}
module.exports = { Client };
