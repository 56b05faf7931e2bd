import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-PJ6ARTJA.js";
import "./chunk-N4EGVWFS.js";
import {
  DEFAULT_BASE_IMAGE,
  DEFAULT_IMAGE
} from "./chunk-NRSFWMVY.js";
import "./chunk-AFWIZD6R.js";
import "./chunk-R53F5UBH.js";

// src/cli/image.ts
import { parseArgs } from "node:util";
async function imageCommand(args, logger) {
  let [sub, ...rest] = args;
  if (sub !== "build") throw new ConfigError(`Invalid value '${sub ?? ""}' for 'agent-fanout image'. Expected 'build'.`);
  let { values } = parseArgs({
    args: rest,
    options: {
      tag: { type: "string" },
      "base-image": { type: "string" },
      "ca-cert": { type: "string" },
      "claude-version": { type: "string" },
      verbose: { type: "boolean" }
    },
    strict: !0
  }), [{ DockerClient }, { buildAgentImage }] = await Promise.all([import("./client-CCPQC6VO.js"), import("./image-IGWBVAXS.js")]), client = DockerClient.connect();
  await client.ping();
  let tag = values.tag ?? DEFAULT_IMAGE, t0 = Date.now();
  return await buildAgentImage(client, {
    tag,
    baseImage: values["base-image"] ?? DEFAULT_BASE_IMAGE,
    caCertFile: values["ca-cert"] ?? process.env.NODE_EXTRA_CA_CERTS,
    claudeVersion: values["claude-version"],
    logger
  }), logger.info(`built ${tag} in ${((Date.now() - t0) / 1e3).toFixed(1)}s`), 0;
}
export {
  imageCommand
};
//# sourceMappingURL=image-BRAHEOTQ.js.map
