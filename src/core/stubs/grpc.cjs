// dockerode loads @grpc/grpc-js and @grpc/proto-loader for BuildKit sessions (registry credentials
// during builds), which agent-fanout never opens: the bundle carries neither, nor their .proto files.
const unsupported = () => {
  throw new Error('agent-fanout: BuildKit sessions are not supported by this build');
};
module.exports = new Proxy({}, { get: () => unsupported });
