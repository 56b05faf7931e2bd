import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  processState
} from "./chunk-DIX4CG4L.js";
import {
  createHostProbe,
  journalDir
} from "./chunk-FRVWZUT5.js";
import {
  parseDockerHost
} from "./chunk-KBPS5WAM.js";
import {
  labelFilter
} from "./chunk-QY62O2KA.js";
import {
  FINAL_STATUSES,
  taskCostUsd
} from "./chunk-RRFFMOIK.js";
import {
  errorMessage
} from "./chunk-WFQBRZCM.js";
import {
  formatAgentProgress,
  stripControl
} from "./chunk-RDMBHCDM.js";
import {
  defaultStateDir
} from "./chunk-NRSFWMVY.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-R53F5UBH.js";

// node_modules/ws/lib/constants.js
var require_constants = __commonJS({
  "node_modules/ws/lib/constants.js"(exports, module) {
    "use strict";
    var BINARY_TYPES = ["nodebuffer", "arraybuffer", "fragments"], hasBlob = typeof Blob < "u";
    hasBlob && BINARY_TYPES.push("blob");
    module.exports = {
      BINARY_TYPES,
      CLOSE_TIMEOUT: 3e4,
      EMPTY_BUFFER: Buffer.alloc(0),
      GUID: "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
      hasBlob,
      kForOnEventAttribute: /* @__PURE__ */ Symbol("kIsForOnEventAttribute"),
      kListener: /* @__PURE__ */ Symbol("kListener"),
      kStatusCode: /* @__PURE__ */ Symbol("status-code"),
      kWebSocket: /* @__PURE__ */ Symbol("websocket"),
      NOOP: () => {
      }
    };
  }
});

// node_modules/ws/lib/buffer-util.js
var require_buffer_util = __commonJS({
  "node_modules/ws/lib/buffer-util.js"(exports, module) {
    "use strict";
    var { websocketMask, websocketUnmask } = __require("http"), { EMPTY_BUFFER } = require_constants(), FastBuffer = Buffer[Symbol.species];
    function concat(list, totalLength) {
      if (list.length === 0) return EMPTY_BUFFER;
      if (list.length === 1) return list[0];
      let target = Buffer.allocUnsafe(totalLength), offset = 0;
      for (let i = 0; i < list.length; i++) {
        let buf = list[i];
        target.set(buf, offset), offset += buf.length;
      }
      return offset < totalLength ? new FastBuffer(target.buffer, target.byteOffset, offset) : target;
    }
    function _mask(source, mask, output, offset, length) {
      for (let i = 0; i < length; i++)
        output[offset + i] = source[i] ^ mask[i & 3];
    }
    function _unmask(buffer, mask) {
      for (let i = 0; i < buffer.length; i++)
        buffer[i] ^= mask[i & 3];
    }
    function toArrayBuffer(buf) {
      return buf.length === buf.buffer.byteLength ? buf.buffer : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
    }
    function toBuffer(data) {
      if (toBuffer.readOnly = !0, Buffer.isBuffer(data)) return data;
      let buf;
      return data instanceof ArrayBuffer ? buf = new FastBuffer(data) : ArrayBuffer.isView(data) ? buf = new FastBuffer(data.buffer, data.byteOffset, data.byteLength) : (buf = Buffer.from(data), toBuffer.readOnly = !1), buf;
    }
    module.exports = {
      concat,
      mask: _mask,
      toArrayBuffer,
      toBuffer,
      unmask: _unmask
    };
    if (websocketMask)
      module.exports.mask = function(source, mask, output, offset, length) {
        length < 24 ? _mask(source, mask, output, offset, length) : websocketMask(source, mask, output, offset, length);
      }, module.exports.unmask = function(buffer, mask) {
        buffer.length < 24 ? _unmask(buffer, mask) : websocketUnmask(buffer, mask);
      };
    else if (!process.env.WS_NO_BUFFER_UTIL)
      try {
        let bufferUtil = __require("bufferutil");
        module.exports.mask = function(source, mask, output, offset, length) {
          length < 48 ? _mask(source, mask, output, offset, length) : bufferUtil.mask(source, mask, output, offset, length);
        }, module.exports.unmask = function(buffer, mask) {
          buffer.length < 32 ? _unmask(buffer, mask) : bufferUtil.unmask(buffer, mask);
        };
      } catch {
      }
  }
});

// node_modules/ws/lib/limiter.js
var require_limiter = __commonJS({
  "node_modules/ws/lib/limiter.js"(exports, module) {
    "use strict";
    var kDone = /* @__PURE__ */ Symbol("kDone"), kRun = /* @__PURE__ */ Symbol("kRun"), Limiter = class {
      /**
       * Creates a new `Limiter`.
       *
       * @param {Number} [concurrency=Infinity] The maximum number of jobs allowed
       *     to run concurrently
       */
      constructor(concurrency) {
        this[kDone] = () => {
          this.pending--, this[kRun]();
        }, this.concurrency = concurrency || 1 / 0, this.jobs = [], this.pending = 0;
      }
      /**
       * Adds a job to the queue.
       *
       * @param {Function} job The job to run
       * @public
       */
      add(job) {
        this.jobs.push(job), this[kRun]();
      }
      /**
       * Removes a job from the queue and runs it if possible.
       *
       * @private
       */
      [kRun]() {
        if (this.pending !== this.concurrency && this.jobs.length) {
          let job = this.jobs.shift();
          this.pending++, job(this[kDone]);
        }
      }
    };
    module.exports = Limiter;
  }
});

// node_modules/ws/lib/permessage-deflate.js
var require_permessage_deflate = __commonJS({
  "node_modules/ws/lib/permessage-deflate.js"(exports, module) {
    "use strict";
    var zlib = __require("zlib"), bufferUtil = require_buffer_util(), Limiter = require_limiter(), { kStatusCode } = require_constants(), FastBuffer = Buffer[Symbol.species], TRAILER = Buffer.from([0, 0, 255, 255]), kPerMessageDeflate = /* @__PURE__ */ Symbol("permessage-deflate"), kTotalLength = /* @__PURE__ */ Symbol("total-length"), kCallback = /* @__PURE__ */ Symbol("callback"), kBuffers = /* @__PURE__ */ Symbol("buffers"), kError = /* @__PURE__ */ Symbol("error"), zlibLimiter, PerMessageDeflate2 = class {
      /**
       * Creates a PerMessageDeflate instance.
       *
       * @param {Object} [options] Configuration options
       * @param {(Boolean|Number)} [options.clientMaxWindowBits] Advertise support
       *     for, or request, a custom client window size
       * @param {Boolean} [options.clientNoContextTakeover=false] Advertise/
       *     acknowledge disabling of client context takeover
       * @param {Number} [options.concurrencyLimit=10] The number of concurrent
       *     calls to zlib
       * @param {Boolean} [options.isServer=false] Create the instance in either
       *     server or client mode
       * @param {Number} [options.maxPayload=0] The maximum allowed message length
       * @param {(Boolean|Number)} [options.serverMaxWindowBits] Request/confirm the
       *     use of a custom server window size
       * @param {Boolean} [options.serverNoContextTakeover=false] Request/accept
       *     disabling of server context takeover
       * @param {Number} [options.threshold=1024] Size (in bytes) below which
       *     messages should not be compressed if context takeover is disabled
       * @param {Object} [options.zlibDeflateOptions] Options to pass to zlib on
       *     deflate
       * @param {Object} [options.zlibInflateOptions] Options to pass to zlib on
       *     inflate
       */
      constructor(options) {
        if (this._options = options || {}, this._threshold = this._options.threshold !== void 0 ? this._options.threshold : 1024, this._maxPayload = this._options.maxPayload | 0, this._isServer = !!this._options.isServer, this._deflate = null, this._inflate = null, this.params = null, !zlibLimiter) {
          let concurrency = this._options.concurrencyLimit !== void 0 ? this._options.concurrencyLimit : 10;
          zlibLimiter = new Limiter(concurrency);
        }
      }
      /**
       * @type {String}
       */
      static get extensionName() {
        return "permessage-deflate";
      }
      /**
       * Create an extension negotiation offer.
       *
       * @return {Object} Extension parameters
       * @public
       */
      offer() {
        let params = {};
        return this._options.serverNoContextTakeover && (params.server_no_context_takeover = !0), this._options.clientNoContextTakeover && (params.client_no_context_takeover = !0), this._options.serverMaxWindowBits && (params.server_max_window_bits = this._options.serverMaxWindowBits), this._options.clientMaxWindowBits ? params.client_max_window_bits = this._options.clientMaxWindowBits : this._options.clientMaxWindowBits == null && (params.client_max_window_bits = !0), params;
      }
      /**
       * Accept an extension negotiation offer/response.
       *
       * @param {Array} configurations The extension negotiation offers/reponse
       * @return {Object} Accepted configuration
       * @public
       */
      accept(configurations) {
        return configurations = this.normalizeParams(configurations), this.params = this._isServer ? this.acceptAsServer(configurations) : this.acceptAsClient(configurations), this.params;
      }
      /**
       * Releases all resources used by the extension.
       *
       * @public
       */
      cleanup() {
        if (this._inflate && (this._inflate.close(), this._inflate = null), this._deflate) {
          let callback = this._deflate[kCallback];
          this._deflate.close(), this._deflate = null, callback && callback(
            new Error(
              "The deflate stream was closed while data was being processed"
            )
          );
        }
      }
      /**
       *  Accept an extension negotiation offer.
       *
       * @param {Array} offers The extension negotiation offers
       * @return {Object} Accepted configuration
       * @private
       */
      acceptAsServer(offers) {
        let opts = this._options, accepted = offers.find((params) => !(opts.serverNoContextTakeover === !1 && params.server_no_context_takeover || params.server_max_window_bits && (opts.serverMaxWindowBits === !1 || typeof opts.serverMaxWindowBits == "number" && opts.serverMaxWindowBits > params.server_max_window_bits) || typeof opts.clientMaxWindowBits == "number" && (typeof params.client_max_window_bits == "number" ? opts.clientMaxWindowBits > params.client_max_window_bits : !params.client_max_window_bits)));
        if (!accepted)
          throw new Error("None of the extension offers can be accepted");
        return opts.serverNoContextTakeover && (accepted.server_no_context_takeover = !0), opts.clientNoContextTakeover && (accepted.client_no_context_takeover = !0), typeof opts.serverMaxWindowBits == "number" && (accepted.server_max_window_bits = opts.serverMaxWindowBits), typeof opts.clientMaxWindowBits == "number" ? accepted.client_max_window_bits = opts.clientMaxWindowBits : (accepted.client_max_window_bits === !0 || opts.clientMaxWindowBits === !1) && delete accepted.client_max_window_bits, accepted;
      }
      /**
       * Accept the extension negotiation response.
       *
       * @param {Array} response The extension negotiation response
       * @return {Object} Accepted configuration
       * @private
       */
      acceptAsClient(response) {
        let params = response[0];
        if (this._options.clientNoContextTakeover === !1 && params.client_no_context_takeover)
          throw new Error('Unexpected parameter "client_no_context_takeover"');
        if (!params.client_max_window_bits)
          typeof this._options.clientMaxWindowBits == "number" && (params.client_max_window_bits = this._options.clientMaxWindowBits);
        else if (this._options.clientMaxWindowBits === !1 || typeof this._options.clientMaxWindowBits == "number" && params.client_max_window_bits > this._options.clientMaxWindowBits)
          throw new Error(
            'Unexpected or invalid parameter "client_max_window_bits"'
          );
        return params;
      }
      /**
       * Normalize parameters.
       *
       * @param {Array} configurations The extension negotiation offers/reponse
       * @return {Array} The offers/response with normalized parameters
       * @private
       */
      normalizeParams(configurations) {
        return configurations.forEach((params) => {
          Object.keys(params).forEach((key) => {
            let value = params[key];
            if (value.length > 1)
              throw new Error(`Parameter "${key}" must have only a single value`);
            if (value = value[0], key === "client_max_window_bits") {
              if (value !== !0) {
                let num2 = +value;
                if (!Number.isInteger(num2) || num2 < 8 || num2 > 15)
                  throw new TypeError(
                    `Invalid value for parameter "${key}": ${value}`
                  );
                value = num2;
              } else if (!this._isServer)
                throw new TypeError(
                  `Invalid value for parameter "${key}": ${value}`
                );
            } else if (key === "server_max_window_bits") {
              let num2 = +value;
              if (!Number.isInteger(num2) || num2 < 8 || num2 > 15)
                throw new TypeError(
                  `Invalid value for parameter "${key}": ${value}`
                );
              value = num2;
            } else if (key === "client_no_context_takeover" || key === "server_no_context_takeover") {
              if (value !== !0)
                throw new TypeError(
                  `Invalid value for parameter "${key}": ${value}`
                );
            } else
              throw new Error(`Unknown parameter "${key}"`);
            params[key] = value;
          });
        }), configurations;
      }
      /**
       * Decompress data. Concurrency limited.
       *
       * @param {Buffer} data Compressed data
       * @param {Boolean} fin Specifies whether or not this is the last fragment
       * @param {Function} callback Callback
       * @public
       */
      decompress(data, fin, callback) {
        zlibLimiter.add((done) => {
          this._decompress(data, fin, (err, result) => {
            done(), callback(err, result);
          });
        });
      }
      /**
       * Compress data. Concurrency limited.
       *
       * @param {(Buffer|String)} data Data to compress
       * @param {Boolean} fin Specifies whether or not this is the last fragment
       * @param {Function} callback Callback
       * @public
       */
      compress(data, fin, callback) {
        zlibLimiter.add((done) => {
          this._compress(data, fin, (err, result) => {
            done(), callback(err, result);
          });
        });
      }
      /**
       * Decompress data.
       *
       * @param {Buffer} data Compressed data
       * @param {Boolean} fin Specifies whether or not this is the last fragment
       * @param {Function} callback Callback
       * @private
       */
      _decompress(data, fin, callback) {
        let endpoint = this._isServer ? "client" : "server";
        if (!this._inflate) {
          let key = `${endpoint}_max_window_bits`, windowBits = typeof this.params[key] != "number" ? zlib.Z_DEFAULT_WINDOWBITS : this.params[key];
          this._inflate = zlib.createInflateRaw({
            ...this._options.zlibInflateOptions,
            windowBits
          }), this._inflate[kPerMessageDeflate] = this, this._inflate[kTotalLength] = 0, this._inflate[kBuffers] = [], this._inflate.on("error", inflateOnError), this._inflate.on("data", inflateOnData);
        }
        this._inflate[kCallback] = callback, this._inflate.write(data), fin && this._inflate.write(TRAILER), this._inflate.flush(() => {
          let err = this._inflate[kError];
          if (err) {
            this._inflate.close(), this._inflate = null, callback(err);
            return;
          }
          let data2 = bufferUtil.concat(
            this._inflate[kBuffers],
            this._inflate[kTotalLength]
          );
          this._inflate._readableState.endEmitted ? (this._inflate.close(), this._inflate = null) : (this._inflate[kTotalLength] = 0, this._inflate[kBuffers] = [], fin && this.params[`${endpoint}_no_context_takeover`] && this._inflate.reset()), callback(null, data2);
        });
      }
      /**
       * Compress data.
       *
       * @param {(Buffer|String)} data Data to compress
       * @param {Boolean} fin Specifies whether or not this is the last fragment
       * @param {Function} callback Callback
       * @private
       */
      _compress(data, fin, callback) {
        let endpoint = this._isServer ? "server" : "client";
        if (!this._deflate) {
          let key = `${endpoint}_max_window_bits`, windowBits = typeof this.params[key] != "number" ? zlib.Z_DEFAULT_WINDOWBITS : this.params[key];
          this._deflate = zlib.createDeflateRaw({
            ...this._options.zlibDeflateOptions,
            windowBits
          }), this._deflate[kTotalLength] = 0, this._deflate[kBuffers] = [], this._deflate.on("data", deflateOnData);
        }
        this._deflate[kCallback] = callback, this._deflate.write(data), this._deflate.flush(zlib.Z_SYNC_FLUSH, () => {
          if (!this._deflate)
            return;
          let data2 = bufferUtil.concat(
            this._deflate[kBuffers],
            this._deflate[kTotalLength]
          );
          fin && (data2 = new FastBuffer(data2.buffer, data2.byteOffset, data2.length - 4)), this._deflate[kCallback] = null, this._deflate[kTotalLength] = 0, this._deflate[kBuffers] = [], fin && this.params[`${endpoint}_no_context_takeover`] && this._deflate.reset(), callback(null, data2);
        });
      }
    };
    module.exports = PerMessageDeflate2;
    function deflateOnData(chunk) {
      this[kBuffers].push(chunk), this[kTotalLength] += chunk.length;
    }
    function inflateOnData(chunk) {
      if (this[kTotalLength] += chunk.length, this[kPerMessageDeflate]._maxPayload < 1 || this[kTotalLength] <= this[kPerMessageDeflate]._maxPayload) {
        this[kBuffers].push(chunk);
        return;
      }
      this[kError] = new RangeError("Max payload size exceeded"), this[kError].code = "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH", this[kError][kStatusCode] = 1009, this.removeListener("data", inflateOnData), this.reset();
    }
    function inflateOnError(err) {
      if (this[kPerMessageDeflate]._inflate = null, this[kError]) {
        this[kCallback](this[kError]);
        return;
      }
      err[kStatusCode] = 1007, this[kCallback](err);
    }
  }
});

// node_modules/ws/lib/validation.js
var require_validation = __commonJS({
  "node_modules/ws/lib/validation.js"(exports, module) {
    "use strict";
    var { isUtf8 } = __require("buffer"), { hasBlob } = require_constants(), tokenChars = [
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 0 - 15
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 16 - 31
      0,
      1,
      0,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      1,
      1,
      0,
      1,
      1,
      0,
      // 32 - 47
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      // 48 - 63
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      // 64 - 79
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      1,
      1,
      // 80 - 95
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      // 96 - 111
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      1,
      0,
      1,
      0
      // 112 - 127
    ];
    function isValidStatusCode(code) {
      return code >= 1e3 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006 || code >= 3e3 && code <= 4999;
    }
    function _isValidUTF8(buf) {
      let len = buf.length, i = 0;
      for (; i < len; )
        if ((buf[i] & 128) === 0)
          i++;
        else if ((buf[i] & 224) === 192) {
          if (i + 1 === len || (buf[i + 1] & 192) !== 128 || (buf[i] & 254) === 192)
            return !1;
          i += 2;
        } else if ((buf[i] & 240) === 224) {
          if (i + 2 >= len || (buf[i + 1] & 192) !== 128 || (buf[i + 2] & 192) !== 128 || buf[i] === 224 && (buf[i + 1] & 224) === 128 || // Overlong
          buf[i] === 237 && (buf[i + 1] & 224) === 160)
            return !1;
          i += 3;
        } else if ((buf[i] & 248) === 240) {
          if (i + 3 >= len || (buf[i + 1] & 192) !== 128 || (buf[i + 2] & 192) !== 128 || (buf[i + 3] & 192) !== 128 || buf[i] === 240 && (buf[i + 1] & 240) === 128 || // Overlong
          buf[i] === 244 && buf[i + 1] > 143 || buf[i] > 244)
            return !1;
          i += 4;
        } else
          return !1;
      return !0;
    }
    function isBlob(value) {
      return hasBlob && typeof value == "object" && typeof value.arrayBuffer == "function" && typeof value.type == "string" && typeof value.stream == "function" && (value[Symbol.toStringTag] === "Blob" || value[Symbol.toStringTag] === "File");
    }
    module.exports = {
      isBlob,
      isValidStatusCode,
      isValidUTF8: _isValidUTF8,
      tokenChars
    };
    if (isUtf8)
      module.exports.isValidUTF8 = function(buf) {
        return buf.length < 24 ? _isValidUTF8(buf) : isUtf8(buf);
      };
    else if (!process.env.WS_NO_UTF_8_VALIDATE)
      try {
        let isValidUTF8 = __require("utf-8-validate");
        module.exports.isValidUTF8 = function(buf) {
          return buf.length < 32 ? _isValidUTF8(buf) : isValidUTF8(buf);
        };
      } catch {
      }
  }
});

// node_modules/ws/lib/receiver.js
var require_receiver = __commonJS({
  "node_modules/ws/lib/receiver.js"(exports, module) {
    "use strict";
    var { Writable } = __require("stream"), PerMessageDeflate2 = require_permessage_deflate(), {
      BINARY_TYPES,
      EMPTY_BUFFER,
      kStatusCode,
      kWebSocket
    } = require_constants(), { concat, toArrayBuffer, unmask } = require_buffer_util(), { isValidStatusCode, isValidUTF8 } = require_validation(), FastBuffer = Buffer[Symbol.species], GET_INFO = 0, GET_PAYLOAD_LENGTH_16 = 1, GET_PAYLOAD_LENGTH_64 = 2, GET_MASK = 3, GET_DATA = 4, INFLATING = 5, DEFER_EVENT = 6, Receiver2 = class extends Writable {
      /**
       * Creates a Receiver instance.
       *
       * @param {Object} [options] Options object
       * @param {Boolean} [options.allowSynchronousEvents=true] Specifies whether
       *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
       *     multiple times in the same tick
       * @param {String} [options.binaryType=nodebuffer] The type for binary data
       * @param {Object} [options.extensions] An object containing the negotiated
       *     extensions
       * @param {Boolean} [options.isServer=false] Specifies whether to operate in
       *     client or server mode
       * @param {Number} [options.maxBufferedChunks=0] The maximum number of
       *     buffered data chunks
       * @param {Number} [options.maxFragments=0] The maximum number of message
       *     fragments
       * @param {Number} [options.maxPayload=0] The maximum allowed message length
       * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
       *     not to skip UTF-8 validation for text and close messages
       */
      constructor(options = {}) {
        super(), this._allowSynchronousEvents = options.allowSynchronousEvents !== void 0 ? options.allowSynchronousEvents : !0, this._binaryType = options.binaryType || BINARY_TYPES[0], this._extensions = options.extensions || {}, this._isServer = !!options.isServer, this._maxBufferedChunks = options.maxBufferedChunks | 0, this._maxFragments = options.maxFragments | 0, this._maxPayload = options.maxPayload | 0, this._skipUTF8Validation = !!options.skipUTF8Validation, this[kWebSocket] = void 0, this._bufferedBytes = 0, this._buffers = [], this._compressed = !1, this._payloadLength = 0, this._mask = void 0, this._fragmented = 0, this._masked = !1, this._fin = !1, this._opcode = 0, this._totalPayloadLength = 0, this._messageLength = 0, this._numFragments = 0, this._fragments = [], this._errored = !1, this._loop = !1, this._state = GET_INFO;
      }
      /**
       * Implements `Writable.prototype._write()`.
       *
       * @param {Buffer} chunk The chunk of data to write
       * @param {String} encoding The character encoding of `chunk`
       * @param {Function} cb Callback
       * @private
       */
      _write(chunk, encoding, cb) {
        if (this._opcode === 8 && this._state == GET_INFO) return cb();
        if (this._maxBufferedChunks > 0 && this._buffers.length >= this._maxBufferedChunks) {
          cb(
            this.createError(
              RangeError,
              "Too many buffered chunks",
              !1,
              1008,
              "WS_ERR_TOO_MANY_BUFFERED_PARTS"
            )
          );
          return;
        }
        this._bufferedBytes += chunk.length, this._buffers.push(chunk), this.startLoop(cb);
      }
      /**
       * Consumes `n` bytes from the buffered data.
       *
       * @param {Number} n The number of bytes to consume
       * @return {Buffer} The consumed bytes
       * @private
       */
      consume(n) {
        if (this._bufferedBytes -= n, n === this._buffers[0].length) return this._buffers.shift();
        if (n < this._buffers[0].length) {
          let buf = this._buffers[0];
          return this._buffers[0] = new FastBuffer(
            buf.buffer,
            buf.byteOffset + n,
            buf.length - n
          ), new FastBuffer(buf.buffer, buf.byteOffset, n);
        }
        let dst = Buffer.allocUnsafe(n);
        do {
          let buf = this._buffers[0], offset = dst.length - n;
          n >= buf.length ? dst.set(this._buffers.shift(), offset) : (dst.set(new Uint8Array(buf.buffer, buf.byteOffset, n), offset), this._buffers[0] = new FastBuffer(
            buf.buffer,
            buf.byteOffset + n,
            buf.length - n
          )), n -= buf.length;
        } while (n > 0);
        return dst;
      }
      /**
       * Starts the parsing loop.
       *
       * @param {Function} cb Callback
       * @private
       */
      startLoop(cb) {
        this._loop = !0;
        do
          switch (this._state) {
            case GET_INFO:
              this.getInfo(cb);
              break;
            case GET_PAYLOAD_LENGTH_16:
              this.getPayloadLength16(cb);
              break;
            case GET_PAYLOAD_LENGTH_64:
              this.getPayloadLength64(cb);
              break;
            case GET_MASK:
              this.getMask();
              break;
            case GET_DATA:
              this.getData(cb);
              break;
            case INFLATING:
            case DEFER_EVENT:
              this._loop = !1;
              return;
          }
        while (this._loop);
        this._errored || cb();
      }
      /**
       * Reads the first two bytes of a frame.
       *
       * @param {Function} cb Callback
       * @private
       */
      getInfo(cb) {
        if (this._bufferedBytes < 2) {
          this._loop = !1;
          return;
        }
        let buf = this.consume(2);
        if ((buf[0] & 48) !== 0) {
          let error = this.createError(
            RangeError,
            "RSV2 and RSV3 must be clear",
            !0,
            1002,
            "WS_ERR_UNEXPECTED_RSV_2_3"
          );
          cb(error);
          return;
        }
        let compressed = (buf[0] & 64) === 64;
        if (compressed && !this._extensions[PerMessageDeflate2.extensionName]) {
          let error = this.createError(
            RangeError,
            "RSV1 must be clear",
            !0,
            1002,
            "WS_ERR_UNEXPECTED_RSV_1"
          );
          cb(error);
          return;
        }
        if (this._fin = (buf[0] & 128) === 128, this._opcode = buf[0] & 15, this._payloadLength = buf[1] & 127, this._opcode === 0) {
          if (compressed) {
            let error = this.createError(
              RangeError,
              "RSV1 must be clear",
              !0,
              1002,
              "WS_ERR_UNEXPECTED_RSV_1"
            );
            cb(error);
            return;
          }
          if (!this._fragmented) {
            let error = this.createError(
              RangeError,
              "invalid opcode 0",
              !0,
              1002,
              "WS_ERR_INVALID_OPCODE"
            );
            cb(error);
            return;
          }
          this._opcode = this._fragmented;
        } else if (this._opcode === 1 || this._opcode === 2) {
          if (this._fragmented) {
            let error = this.createError(
              RangeError,
              `invalid opcode ${this._opcode}`,
              !0,
              1002,
              "WS_ERR_INVALID_OPCODE"
            );
            cb(error);
            return;
          }
          this._compressed = compressed;
        } else if (this._opcode > 7 && this._opcode < 11) {
          if (!this._fin) {
            let error = this.createError(
              RangeError,
              "FIN must be set",
              !0,
              1002,
              "WS_ERR_EXPECTED_FIN"
            );
            cb(error);
            return;
          }
          if (compressed) {
            let error = this.createError(
              RangeError,
              "RSV1 must be clear",
              !0,
              1002,
              "WS_ERR_UNEXPECTED_RSV_1"
            );
            cb(error);
            return;
          }
          if (this._payloadLength > 125 || this._opcode === 8 && this._payloadLength === 1) {
            let error = this.createError(
              RangeError,
              `invalid payload length ${this._payloadLength}`,
              !0,
              1002,
              "WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH"
            );
            cb(error);
            return;
          }
        } else {
          let error = this.createError(
            RangeError,
            `invalid opcode ${this._opcode}`,
            !0,
            1002,
            "WS_ERR_INVALID_OPCODE"
          );
          cb(error);
          return;
        }
        if (!this._fin && !this._fragmented && (this._fragmented = this._opcode), this._masked = (buf[1] & 128) === 128, this._isServer) {
          if (!this._masked) {
            let error = this.createError(
              RangeError,
              "MASK must be set",
              !0,
              1002,
              "WS_ERR_EXPECTED_MASK"
            );
            cb(error);
            return;
          }
        } else if (this._masked) {
          let error = this.createError(
            RangeError,
            "MASK must be clear",
            !0,
            1002,
            "WS_ERR_UNEXPECTED_MASK"
          );
          cb(error);
          return;
        }
        this._payloadLength === 126 ? this._state = GET_PAYLOAD_LENGTH_16 : this._payloadLength === 127 ? this._state = GET_PAYLOAD_LENGTH_64 : this.haveLength(cb);
      }
      /**
       * Gets extended payload length (7+16).
       *
       * @param {Function} cb Callback
       * @private
       */
      getPayloadLength16(cb) {
        if (this._bufferedBytes < 2) {
          this._loop = !1;
          return;
        }
        this._payloadLength = this.consume(2).readUInt16BE(0), this.haveLength(cb);
      }
      /**
       * Gets extended payload length (7+64).
       *
       * @param {Function} cb Callback
       * @private
       */
      getPayloadLength64(cb) {
        if (this._bufferedBytes < 8) {
          this._loop = !1;
          return;
        }
        let buf = this.consume(8), num2 = buf.readUInt32BE(0);
        if (num2 > Math.pow(2, 21) - 1) {
          let error = this.createError(
            RangeError,
            "Unsupported WebSocket frame: payload length > 2^53 - 1",
            !1,
            1009,
            "WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH"
          );
          cb(error);
          return;
        }
        this._payloadLength = num2 * Math.pow(2, 32) + buf.readUInt32BE(4), this.haveLength(cb);
      }
      /**
       * Payload length has been read.
       *
       * @param {Function} cb Callback
       * @private
       */
      haveLength(cb) {
        if (this._payloadLength && this._opcode < 8 && (this._totalPayloadLength += this._payloadLength, this._totalPayloadLength > this._maxPayload && this._maxPayload > 0)) {
          let error = this.createError(
            RangeError,
            "Max payload size exceeded",
            !1,
            1009,
            "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"
          );
          cb(error);
          return;
        }
        this._masked ? this._state = GET_MASK : this._state = GET_DATA;
      }
      /**
       * Reads mask bytes.
       *
       * @private
       */
      getMask() {
        if (this._bufferedBytes < 4) {
          this._loop = !1;
          return;
        }
        this._mask = this.consume(4), this._state = GET_DATA;
      }
      /**
       * Reads data bytes.
       *
       * @param {Function} cb Callback
       * @private
       */
      getData(cb) {
        let data = EMPTY_BUFFER;
        if (this._payloadLength) {
          if (this._bufferedBytes < this._payloadLength) {
            this._loop = !1;
            return;
          }
          data = this.consume(this._payloadLength), this._masked && (this._mask[0] | this._mask[1] | this._mask[2] | this._mask[3]) !== 0 && unmask(data, this._mask);
        }
        if (this._mask = void 0, this._opcode > 7) {
          this.controlMessage(data, cb);
          return;
        }
        if (this._maxFragments > 0 && ++this._numFragments > this._maxFragments) {
          let error = this.createError(
            RangeError,
            "Too many message fragments",
            !1,
            1008,
            "WS_ERR_TOO_MANY_BUFFERED_PARTS"
          );
          cb(error);
          return;
        }
        if (this._compressed) {
          this._state = INFLATING, this.decompress(data, cb);
          return;
        }
        data.length && (this._messageLength = this._totalPayloadLength, this._fragments.push(data)), this.dataMessage(cb);
      }
      /**
       * Decompresses data.
       *
       * @param {Buffer} data Compressed data
       * @param {Function} cb Callback
       * @private
       */
      decompress(data, cb) {
        this._extensions[PerMessageDeflate2.extensionName].decompress(data, this._fin, (err, buf) => {
          if (err) return cb(err);
          if (buf.length) {
            if (this._messageLength += buf.length, this._messageLength > this._maxPayload && this._maxPayload > 0) {
              let error = this.createError(
                RangeError,
                "Max payload size exceeded",
                !1,
                1009,
                "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"
              );
              cb(error);
              return;
            }
            this._fragments.push(buf);
          }
          this.dataMessage(cb), this._state === GET_INFO && this.startLoop(cb);
        });
      }
      /**
       * Handles a data message.
       *
       * @param {Function} cb Callback
       * @private
       */
      dataMessage(cb) {
        if (!this._fin) {
          this._state = GET_INFO;
          return;
        }
        let messageLength = this._messageLength, fragments = this._fragments;
        if (this._totalPayloadLength = 0, this._messageLength = 0, this._fragmented = 0, this._numFragments = 0, this._fragments = [], this._opcode === 2) {
          let data;
          this._binaryType === "nodebuffer" ? data = concat(fragments, messageLength) : this._binaryType === "arraybuffer" ? data = toArrayBuffer(concat(fragments, messageLength)) : this._binaryType === "blob" ? data = new Blob(fragments) : data = fragments, this._allowSynchronousEvents ? (this.emit("message", data, !0), this._state = GET_INFO) : (this._state = DEFER_EVENT, setImmediate(() => {
            this.emit("message", data, !0), this._state = GET_INFO, this.startLoop(cb);
          }));
        } else {
          let buf = concat(fragments, messageLength);
          if (!this._skipUTF8Validation && !isValidUTF8(buf)) {
            let error = this.createError(
              Error,
              "invalid UTF-8 sequence",
              !0,
              1007,
              "WS_ERR_INVALID_UTF8"
            );
            cb(error);
            return;
          }
          this._state === INFLATING || this._allowSynchronousEvents ? (this.emit("message", buf, !1), this._state = GET_INFO) : (this._state = DEFER_EVENT, setImmediate(() => {
            this.emit("message", buf, !1), this._state = GET_INFO, this.startLoop(cb);
          }));
        }
      }
      /**
       * Handles a control message.
       *
       * @param {Buffer} data Data to handle
       * @return {(Error|RangeError|undefined)} A possible error
       * @private
       */
      controlMessage(data, cb) {
        if (this._opcode === 8) {
          if (data.length === 0)
            this._loop = !1, this.emit("conclude", 1005, EMPTY_BUFFER), this.end();
          else {
            let code = data.readUInt16BE(0);
            if (!isValidStatusCode(code)) {
              let error = this.createError(
                RangeError,
                `invalid status code ${code}`,
                !0,
                1002,
                "WS_ERR_INVALID_CLOSE_CODE"
              );
              cb(error);
              return;
            }
            let buf = new FastBuffer(
              data.buffer,
              data.byteOffset + 2,
              data.length - 2
            );
            if (!this._skipUTF8Validation && !isValidUTF8(buf)) {
              let error = this.createError(
                Error,
                "invalid UTF-8 sequence",
                !0,
                1007,
                "WS_ERR_INVALID_UTF8"
              );
              cb(error);
              return;
            }
            this._loop = !1, this.emit("conclude", code, buf), this.end();
          }
          this._state = GET_INFO;
          return;
        }
        this._allowSynchronousEvents ? (this.emit(this._opcode === 9 ? "ping" : "pong", data), this._state = GET_INFO) : (this._state = DEFER_EVENT, setImmediate(() => {
          this.emit(this._opcode === 9 ? "ping" : "pong", data), this._state = GET_INFO, this.startLoop(cb);
        }));
      }
      /**
       * Builds an error object.
       *
       * @param {function(new:Error|RangeError)} ErrorCtor The error constructor
       * @param {String} message The error message
       * @param {Boolean} prefix Specifies whether or not to add a default prefix to
       *     `message`
       * @param {Number} statusCode The status code
       * @param {String} errorCode The exposed error code
       * @return {(Error|RangeError)} The error
       * @private
       */
      createError(ErrorCtor, message, prefix, statusCode, errorCode) {
        this._loop = !1, this._errored = !0;
        let err = new ErrorCtor(
          prefix ? `Invalid WebSocket frame: ${message}` : message
        );
        return Error.captureStackTrace(err, this.createError), err.code = errorCode, err[kStatusCode] = statusCode, err;
      }
    };
    module.exports = Receiver2;
  }
});

// node_modules/ws/lib/sender.js
var require_sender = __commonJS({
  "node_modules/ws/lib/sender.js"(exports, module) {
    "use strict";
    var { Duplex } = __require("stream"), { randomFillSync } = __require("crypto"), {
      types: { isUint8Array }
    } = __require("util"), PerMessageDeflate2 = require_permessage_deflate(), { EMPTY_BUFFER, kWebSocket, NOOP } = require_constants(), { isBlob, isValidStatusCode } = require_validation(), { mask: applyMask, toBuffer } = require_buffer_util(), kByteLength = /* @__PURE__ */ Symbol("kByteLength"), maskBuffer = Buffer.alloc(4), RANDOM_POOL_SIZE = 8 * 1024, randomPool, randomPoolPointer = RANDOM_POOL_SIZE, DEFAULT = 0, DEFLATING = 1, GET_BLOB_DATA = 2, Sender2 = class _Sender {
      /**
       * Creates a Sender instance.
       *
       * @param {Duplex} socket The connection socket
       * @param {Object} [extensions] An object containing the negotiated extensions
       * @param {Function} [generateMask] The function used to generate the masking
       *     key
       */
      constructor(socket, extensions, generateMask) {
        this._extensions = extensions || {}, generateMask && (this._generateMask = generateMask, this._maskBuffer = Buffer.alloc(4)), this._socket = socket, this._firstFragment = !0, this._compress = !1, this._bufferedBytes = 0, this._queue = [], this._state = DEFAULT, this.onerror = NOOP, this[kWebSocket] = void 0;
      }
      /**
       * Frames a piece of data according to the HyBi WebSocket protocol.
       *
       * @param {(Buffer|String)} data The data to frame
       * @param {Object} options Options object
       * @param {Boolean} [options.fin=false] Specifies whether or not to set the
       *     FIN bit
       * @param {Function} [options.generateMask] The function used to generate the
       *     masking key
       * @param {Boolean} [options.mask=false] Specifies whether or not to mask
       *     `data`
       * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
       *     key
       * @param {Number} options.opcode The opcode
       * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
       *     modified
       * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
       *     RSV1 bit
       * @return {(Buffer|String)[]} The framed data
       * @public
       */
      static frame(data, options) {
        let mask, merge = !1, offset = 2, skipMasking = !1;
        options.mask && (mask = options.maskBuffer || maskBuffer, options.generateMask ? options.generateMask(mask) : (randomPoolPointer === RANDOM_POOL_SIZE && (randomPool === void 0 && (randomPool = Buffer.alloc(RANDOM_POOL_SIZE)), randomFillSync(randomPool, 0, RANDOM_POOL_SIZE), randomPoolPointer = 0), mask[0] = randomPool[randomPoolPointer++], mask[1] = randomPool[randomPoolPointer++], mask[2] = randomPool[randomPoolPointer++], mask[3] = randomPool[randomPoolPointer++]), skipMasking = (mask[0] | mask[1] | mask[2] | mask[3]) === 0, offset = 6);
        let dataLength;
        typeof data == "string" ? (!options.mask || skipMasking) && options[kByteLength] !== void 0 ? dataLength = options[kByteLength] : (data = Buffer.from(data), dataLength = data.length) : (dataLength = data.length, merge = options.mask && options.readOnly && !skipMasking);
        let payloadLength = dataLength;
        dataLength >= 65536 ? (offset += 8, payloadLength = 127) : dataLength > 125 && (offset += 2, payloadLength = 126);
        let target = Buffer.allocUnsafe(merge ? dataLength + offset : offset);
        return target[0] = options.fin ? options.opcode | 128 : options.opcode, options.rsv1 && (target[0] |= 64), target[1] = payloadLength, payloadLength === 126 ? target.writeUInt16BE(dataLength, 2) : payloadLength === 127 && (target[2] = target[3] = 0, target.writeUIntBE(dataLength, 4, 6)), options.mask ? (target[1] |= 128, target[offset - 4] = mask[0], target[offset - 3] = mask[1], target[offset - 2] = mask[2], target[offset - 1] = mask[3], dataLength ? skipMasking ? [target, data] : merge ? (applyMask(data, mask, target, offset, dataLength), [target]) : (applyMask(data, mask, data, 0, dataLength), [target, data]) : [target]) : dataLength ? [target, data] : [target];
      }
      /**
       * Sends a close message to the other peer.
       *
       * @param {Number} [code] The status code component of the body
       * @param {(String|Buffer)} [data] The message component of the body
       * @param {Boolean} [mask=false] Specifies whether or not to mask the message
       * @param {Function} [cb] Callback
       * @public
       */
      close(code, data, mask, cb) {
        let buf;
        if (code === void 0)
          buf = EMPTY_BUFFER;
        else {
          if (typeof code != "number" || !isValidStatusCode(code))
            throw new TypeError("First argument must be a valid error code number");
          if (data === void 0 || !data.length)
            buf = Buffer.allocUnsafe(2), buf.writeUInt16BE(code, 0);
          else {
            let length = Buffer.byteLength(data);
            if (length > 123)
              throw new RangeError("The message must not be greater than 123 bytes");
            if (buf = Buffer.allocUnsafe(2 + length), buf.writeUInt16BE(code, 0), typeof data == "string")
              buf.write(data, 2);
            else if (isUint8Array(data))
              buf.set(data, 2);
            else
              throw new TypeError("Second argument must be a string or a Uint8Array");
          }
        }
        let options = {
          [kByteLength]: buf.length,
          fin: !0,
          generateMask: this._generateMask,
          mask,
          maskBuffer: this._maskBuffer,
          opcode: 8,
          readOnly: !1,
          rsv1: !1
        };
        this._state !== DEFAULT ? this.enqueue([this.dispatch, buf, !1, options, cb]) : this.sendFrame(_Sender.frame(buf, options), cb);
      }
      /**
       * Sends a ping message to the other peer.
       *
       * @param {*} data The message to send
       * @param {Boolean} [mask=false] Specifies whether or not to mask `data`
       * @param {Function} [cb] Callback
       * @public
       */
      ping(data, mask, cb) {
        let byteLength, readOnly;
        if (typeof data == "string" ? (byteLength = Buffer.byteLength(data), readOnly = !1) : isBlob(data) ? (byteLength = data.size, readOnly = !1) : (data = toBuffer(data), byteLength = data.length, readOnly = toBuffer.readOnly), byteLength > 125)
          throw new RangeError("The data size must not be greater than 125 bytes");
        let options = {
          [kByteLength]: byteLength,
          fin: !0,
          generateMask: this._generateMask,
          mask,
          maskBuffer: this._maskBuffer,
          opcode: 9,
          readOnly,
          rsv1: !1
        };
        isBlob(data) ? this._state !== DEFAULT ? this.enqueue([this.getBlobData, data, !1, options, cb]) : this.getBlobData(data, !1, options, cb) : this._state !== DEFAULT ? this.enqueue([this.dispatch, data, !1, options, cb]) : this.sendFrame(_Sender.frame(data, options), cb);
      }
      /**
       * Sends a pong message to the other peer.
       *
       * @param {*} data The message to send
       * @param {Boolean} [mask=false] Specifies whether or not to mask `data`
       * @param {Function} [cb] Callback
       * @public
       */
      pong(data, mask, cb) {
        let byteLength, readOnly;
        if (typeof data == "string" ? (byteLength = Buffer.byteLength(data), readOnly = !1) : isBlob(data) ? (byteLength = data.size, readOnly = !1) : (data = toBuffer(data), byteLength = data.length, readOnly = toBuffer.readOnly), byteLength > 125)
          throw new RangeError("The data size must not be greater than 125 bytes");
        let options = {
          [kByteLength]: byteLength,
          fin: !0,
          generateMask: this._generateMask,
          mask,
          maskBuffer: this._maskBuffer,
          opcode: 10,
          readOnly,
          rsv1: !1
        };
        isBlob(data) ? this._state !== DEFAULT ? this.enqueue([this.getBlobData, data, !1, options, cb]) : this.getBlobData(data, !1, options, cb) : this._state !== DEFAULT ? this.enqueue([this.dispatch, data, !1, options, cb]) : this.sendFrame(_Sender.frame(data, options), cb);
      }
      /**
       * Sends a data message to the other peer.
       *
       * @param {*} data The message to send
       * @param {Object} options Options object
       * @param {Boolean} [options.binary=false] Specifies whether `data` is binary
       *     or text
       * @param {Boolean} [options.compress=false] Specifies whether or not to
       *     compress `data`
       * @param {Boolean} [options.fin=false] Specifies whether the fragment is the
       *     last one
       * @param {Boolean} [options.mask=false] Specifies whether or not to mask
       *     `data`
       * @param {Function} [cb] Callback
       * @public
       */
      send(data, options, cb) {
        let perMessageDeflate = this._extensions[PerMessageDeflate2.extensionName], opcode = options.binary ? 2 : 1, rsv1 = options.compress, byteLength, readOnly;
        typeof data == "string" ? (byteLength = Buffer.byteLength(data), readOnly = !1) : isBlob(data) ? (byteLength = data.size, readOnly = !1) : (data = toBuffer(data), byteLength = data.length, readOnly = toBuffer.readOnly), this._firstFragment ? (this._firstFragment = !1, rsv1 && perMessageDeflate && perMessageDeflate.params[perMessageDeflate._isServer ? "server_no_context_takeover" : "client_no_context_takeover"] && (rsv1 = byteLength >= perMessageDeflate._threshold), this._compress = rsv1) : (rsv1 = !1, opcode = 0), options.fin && (this._firstFragment = !0);
        let opts = {
          [kByteLength]: byteLength,
          fin: options.fin,
          generateMask: this._generateMask,
          mask: options.mask,
          maskBuffer: this._maskBuffer,
          opcode,
          readOnly,
          rsv1
        };
        isBlob(data) ? this._state !== DEFAULT ? this.enqueue([this.getBlobData, data, this._compress, opts, cb]) : this.getBlobData(data, this._compress, opts, cb) : this._state !== DEFAULT ? this.enqueue([this.dispatch, data, this._compress, opts, cb]) : this.dispatch(data, this._compress, opts, cb);
      }
      /**
       * Gets the contents of a blob as binary data.
       *
       * @param {Blob} blob The blob
       * @param {Boolean} [compress=false] Specifies whether or not to compress
       *     the data
       * @param {Object} options Options object
       * @param {Boolean} [options.fin=false] Specifies whether or not to set the
       *     FIN bit
       * @param {Function} [options.generateMask] The function used to generate the
       *     masking key
       * @param {Boolean} [options.mask=false] Specifies whether or not to mask
       *     `data`
       * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
       *     key
       * @param {Number} options.opcode The opcode
       * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
       *     modified
       * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
       *     RSV1 bit
       * @param {Function} [cb] Callback
       * @private
       */
      getBlobData(blob, compress, options, cb) {
        this._bufferedBytes += options[kByteLength], this._state = GET_BLOB_DATA, blob.arrayBuffer().then((arrayBuffer) => {
          if (this._socket.destroyed) {
            let err = new Error(
              "The socket was closed while the blob was being read"
            );
            process.nextTick(callCallbacks, this, err, cb);
            return;
          }
          this._bufferedBytes -= options[kByteLength];
          let data = toBuffer(arrayBuffer);
          compress ? this.dispatch(data, compress, options, cb) : (this._state = DEFAULT, this.sendFrame(_Sender.frame(data, options), cb), this.dequeue());
        }).catch((err) => {
          process.nextTick(onError, this, err, cb);
        });
      }
      /**
       * Dispatches a message.
       *
       * @param {(Buffer|String)} data The message to send
       * @param {Boolean} [compress=false] Specifies whether or not to compress
       *     `data`
       * @param {Object} options Options object
       * @param {Boolean} [options.fin=false] Specifies whether or not to set the
       *     FIN bit
       * @param {Function} [options.generateMask] The function used to generate the
       *     masking key
       * @param {Boolean} [options.mask=false] Specifies whether or not to mask
       *     `data`
       * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
       *     key
       * @param {Number} options.opcode The opcode
       * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
       *     modified
       * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
       *     RSV1 bit
       * @param {Function} [cb] Callback
       * @private
       */
      dispatch(data, compress, options, cb) {
        if (!compress) {
          this.sendFrame(_Sender.frame(data, options), cb);
          return;
        }
        let perMessageDeflate = this._extensions[PerMessageDeflate2.extensionName];
        this._bufferedBytes += options[kByteLength], this._state = DEFLATING, perMessageDeflate.compress(data, options.fin, (_, buf) => {
          if (this._socket.destroyed) {
            let err = new Error(
              "The socket was closed while data was being compressed"
            );
            callCallbacks(this, err, cb);
            return;
          }
          this._bufferedBytes -= options[kByteLength], this._state = DEFAULT, options.readOnly = !1, this.sendFrame(_Sender.frame(buf, options), cb), this.dequeue();
        });
      }
      /**
       * Executes queued send operations.
       *
       * @private
       */
      dequeue() {
        for (; this._state === DEFAULT && this._queue.length; ) {
          let params = this._queue.shift();
          this._bufferedBytes -= params[3][kByteLength], Reflect.apply(params[0], this, params.slice(1));
        }
      }
      /**
       * Enqueues a send operation.
       *
       * @param {Array} params Send operation parameters.
       * @private
       */
      enqueue(params) {
        this._bufferedBytes += params[3][kByteLength], this._queue.push(params);
      }
      /**
       * Sends a frame.
       *
       * @param {(Buffer | String)[]} list The frame to send
       * @param {Function} [cb] Callback
       * @private
       */
      sendFrame(list, cb) {
        list.length === 2 ? (this._socket.cork(), this._socket.write(list[0]), this._socket.write(list[1], cb), this._socket.uncork()) : this._socket.write(list[0], cb);
      }
    };
    module.exports = Sender2;
    function callCallbacks(sender, err, cb) {
      typeof cb == "function" && cb(err);
      for (let i = 0; i < sender._queue.length; i++) {
        let params = sender._queue[i], callback = params[params.length - 1];
        typeof callback == "function" && callback(err);
      }
    }
    function onError(sender, err, cb) {
      callCallbacks(sender, err, cb), sender.onerror(err);
    }
  }
});

// node_modules/ws/lib/event-target.js
var require_event_target = __commonJS({
  "node_modules/ws/lib/event-target.js"(exports, module) {
    "use strict";
    var { kForOnEventAttribute, kListener } = require_constants(), kCode = /* @__PURE__ */ Symbol("kCode"), kData = /* @__PURE__ */ Symbol("kData"), kError = /* @__PURE__ */ Symbol("kError"), kMessage = /* @__PURE__ */ Symbol("kMessage"), kReason = /* @__PURE__ */ Symbol("kReason"), kTarget = /* @__PURE__ */ Symbol("kTarget"), kType = /* @__PURE__ */ Symbol("kType"), kWasClean = /* @__PURE__ */ Symbol("kWasClean"), Event = class {
      /**
       * Create a new `Event`.
       *
       * @param {String} type The name of the event
       * @throws {TypeError} If the `type` argument is not specified
       */
      constructor(type) {
        this[kTarget] = null, this[kType] = type;
      }
      /**
       * @type {*}
       */
      get target() {
        return this[kTarget];
      }
      /**
       * @type {String}
       */
      get type() {
        return this[kType];
      }
    };
    Object.defineProperty(Event.prototype, "target", { enumerable: !0 });
    Object.defineProperty(Event.prototype, "type", { enumerable: !0 });
    var CloseEvent = class extends Event {
      /**
       * Create a new `CloseEvent`.
       *
       * @param {String} type The name of the event
       * @param {Object} [options] A dictionary object that allows for setting
       *     attributes via object members of the same name
       * @param {Number} [options.code=0] The status code explaining why the
       *     connection was closed
       * @param {String} [options.reason=''] A human-readable string explaining why
       *     the connection was closed
       * @param {Boolean} [options.wasClean=false] Indicates whether or not the
       *     connection was cleanly closed
       */
      constructor(type, options = {}) {
        super(type), this[kCode] = options.code === void 0 ? 0 : options.code, this[kReason] = options.reason === void 0 ? "" : options.reason, this[kWasClean] = options.wasClean === void 0 ? !1 : options.wasClean;
      }
      /**
       * @type {Number}
       */
      get code() {
        return this[kCode];
      }
      /**
       * @type {String}
       */
      get reason() {
        return this[kReason];
      }
      /**
       * @type {Boolean}
       */
      get wasClean() {
        return this[kWasClean];
      }
    };
    Object.defineProperty(CloseEvent.prototype, "code", { enumerable: !0 });
    Object.defineProperty(CloseEvent.prototype, "reason", { enumerable: !0 });
    Object.defineProperty(CloseEvent.prototype, "wasClean", { enumerable: !0 });
    var ErrorEvent = class extends Event {
      /**
       * Create a new `ErrorEvent`.
       *
       * @param {String} type The name of the event
       * @param {Object} [options] A dictionary object that allows for setting
       *     attributes via object members of the same name
       * @param {*} [options.error=null] The error that generated this event
       * @param {String} [options.message=''] The error message
       */
      constructor(type, options = {}) {
        super(type), this[kError] = options.error === void 0 ? null : options.error, this[kMessage] = options.message === void 0 ? "" : options.message;
      }
      /**
       * @type {*}
       */
      get error() {
        return this[kError];
      }
      /**
       * @type {String}
       */
      get message() {
        return this[kMessage];
      }
    };
    Object.defineProperty(ErrorEvent.prototype, "error", { enumerable: !0 });
    Object.defineProperty(ErrorEvent.prototype, "message", { enumerable: !0 });
    var MessageEvent = class extends Event {
      /**
       * Create a new `MessageEvent`.
       *
       * @param {String} type The name of the event
       * @param {Object} [options] A dictionary object that allows for setting
       *     attributes via object members of the same name
       * @param {*} [options.data=null] The message content
       */
      constructor(type, options = {}) {
        super(type), this[kData] = options.data === void 0 ? null : options.data;
      }
      /**
       * @type {*}
       */
      get data() {
        return this[kData];
      }
    };
    Object.defineProperty(MessageEvent.prototype, "data", { enumerable: !0 });
    var EventTarget = {
      /**
       * Register an event listener.
       *
       * @param {String} type A string representing the event type to listen for
       * @param {(Function|Object)} handler The listener to add
       * @param {Object} [options] An options object specifies characteristics about
       *     the event listener
       * @param {Boolean} [options.once=false] A `Boolean` indicating that the
       *     listener should be invoked at most once after being added. If `true`,
       *     the listener would be automatically removed when invoked.
       * @public
       */
      addEventListener(type, handler, options = {}) {
        for (let listener of this.listeners(type))
          if (!options[kForOnEventAttribute] && listener[kListener] === handler && !listener[kForOnEventAttribute])
            return;
        let wrapper;
        if (type === "message")
          wrapper = function(data, isBinary) {
            let event = new MessageEvent("message", {
              data: isBinary ? data : data.toString()
            });
            event[kTarget] = this, callListener(handler, this, event);
          };
        else if (type === "close")
          wrapper = function(code, message) {
            let event = new CloseEvent("close", {
              code,
              reason: message.toString(),
              wasClean: this._closeFrameReceived && this._closeFrameSent
            });
            event[kTarget] = this, callListener(handler, this, event);
          };
        else if (type === "error")
          wrapper = function(error) {
            let event = new ErrorEvent("error", {
              error,
              message: error.message
            });
            event[kTarget] = this, callListener(handler, this, event);
          };
        else if (type === "open")
          wrapper = function() {
            let event = new Event("open");
            event[kTarget] = this, callListener(handler, this, event);
          };
        else
          return;
        wrapper[kForOnEventAttribute] = !!options[kForOnEventAttribute], wrapper[kListener] = handler, options.once ? this.once(type, wrapper) : this.on(type, wrapper);
      },
      /**
       * Remove an event listener.
       *
       * @param {String} type A string representing the event type to remove
       * @param {(Function|Object)} handler The listener to remove
       * @public
       */
      removeEventListener(type, handler) {
        for (let listener of this.listeners(type))
          if (listener[kListener] === handler && !listener[kForOnEventAttribute]) {
            this.removeListener(type, listener);
            break;
          }
      }
    };
    module.exports = {
      CloseEvent,
      ErrorEvent,
      Event,
      EventTarget,
      MessageEvent
    };
    function callListener(listener, thisArg, event) {
      typeof listener == "object" && listener.handleEvent ? listener.handleEvent.call(listener, event) : listener.call(thisArg, event);
    }
  }
});

// node_modules/ws/lib/extension.js
var require_extension = __commonJS({
  "node_modules/ws/lib/extension.js"(exports, module) {
    "use strict";
    var { tokenChars } = require_validation();
    function push(dest, name, elem) {
      dest[name] === void 0 ? dest[name] = [elem] : dest[name].push(elem);
    }
    function parse(header) {
      let offers = /* @__PURE__ */ Object.create(null), params = /* @__PURE__ */ Object.create(null), mustUnescape = !1, isEscaping = !1, inQuotes = !1, extensionName, paramName, start = -1, code = -1, end = -1, i = 0;
      for (; i < header.length; i++)
        if (code = header.charCodeAt(i), extensionName === void 0)
          if (end === -1 && tokenChars[code] === 1)
            start === -1 && (start = i);
          else if (i !== 0 && (code === 32 || code === 9))
            end === -1 && start !== -1 && (end = i);
          else if (code === 59 || code === 44) {
            if (start === -1)
              throw new SyntaxError(`Unexpected character at index ${i}`);
            end === -1 && (end = i);
            let name = header.slice(start, end);
            code === 44 ? (push(offers, name, params), params = /* @__PURE__ */ Object.create(null)) : extensionName = name, start = end = -1;
          } else
            throw new SyntaxError(`Unexpected character at index ${i}`);
        else if (paramName === void 0)
          if (end === -1 && tokenChars[code] === 1)
            start === -1 && (start = i);
          else if (code === 32 || code === 9)
            end === -1 && start !== -1 && (end = i);
          else if (code === 59 || code === 44) {
            if (start === -1)
              throw new SyntaxError(`Unexpected character at index ${i}`);
            end === -1 && (end = i), push(params, header.slice(start, end), !0), code === 44 && (push(offers, extensionName, params), params = /* @__PURE__ */ Object.create(null), extensionName = void 0), start = end = -1;
          } else if (code === 61 && start !== -1 && end === -1)
            paramName = header.slice(start, i), start = end = -1;
          else
            throw new SyntaxError(`Unexpected character at index ${i}`);
        else if (isEscaping) {
          if (tokenChars[code] !== 1)
            throw new SyntaxError(`Unexpected character at index ${i}`);
          start === -1 ? start = i : mustUnescape || (mustUnescape = !0), isEscaping = !1;
        } else if (inQuotes)
          if (tokenChars[code] === 1)
            start === -1 && (start = i);
          else if (code === 34 && start !== -1)
            inQuotes = !1, end = i;
          else if (code === 92)
            isEscaping = !0;
          else
            throw new SyntaxError(`Unexpected character at index ${i}`);
        else if (code === 34 && header.charCodeAt(i - 1) === 61)
          inQuotes = !0;
        else if (end === -1 && tokenChars[code] === 1)
          start === -1 && (start = i);
        else if (start !== -1 && (code === 32 || code === 9))
          end === -1 && (end = i);
        else if (code === 59 || code === 44) {
          if (start === -1)
            throw new SyntaxError(`Unexpected character at index ${i}`);
          end === -1 && (end = i);
          let value = header.slice(start, end);
          mustUnescape && (value = value.replace(/\\/g, ""), mustUnescape = !1), push(params, paramName, value), code === 44 && (push(offers, extensionName, params), params = /* @__PURE__ */ Object.create(null), extensionName = void 0), paramName = void 0, start = end = -1;
        } else
          throw new SyntaxError(`Unexpected character at index ${i}`);
      if (start === -1 || inQuotes || code === 32 || code === 9)
        throw new SyntaxError("Unexpected end of input");
      end === -1 && (end = i);
      let token = header.slice(start, end);
      return extensionName === void 0 ? push(offers, token, params) : (paramName === void 0 ? push(params, token, !0) : mustUnescape ? push(params, paramName, token.replace(/\\/g, "")) : push(params, paramName, token), push(offers, extensionName, params)), offers;
    }
    function format(extensions) {
      return Object.keys(extensions).map((extension2) => {
        let configurations = extensions[extension2];
        return Array.isArray(configurations) || (configurations = [configurations]), configurations.map((params) => [extension2].concat(
          Object.keys(params).map((k) => {
            let values = params[k];
            return Array.isArray(values) || (values = [values]), values.map((v) => v === !0 ? k : `${k}=${v}`).join("; ");
          })
        ).join("; ")).join(", ");
      }).join(", ");
    }
    module.exports = { format, parse };
  }
});

// node_modules/ws/lib/websocket.js
var require_websocket = __commonJS({
  "node_modules/ws/lib/websocket.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events"), https = __require("https"), http3 = __require("http"), net2 = __require("net"), querystring = __require("querystring"), tls = __require("tls"), { randomBytes: randomBytes2, createHash: createHash2 } = __require("crypto"), { Duplex, Readable } = __require("stream"), { URL: URL2 } = __require("url"), PerMessageDeflate2 = require_permessage_deflate(), Receiver2 = require_receiver(), Sender2 = require_sender(), { isBlob } = require_validation(), {
      BINARY_TYPES,
      CLOSE_TIMEOUT,
      EMPTY_BUFFER,
      GUID,
      kForOnEventAttribute,
      kListener,
      kStatusCode,
      kWebSocket,
      NOOP
    } = require_constants(), {
      EventTarget: { addEventListener, removeEventListener }
    } = require_event_target(), { format, parse } = require_extension(), { toBuffer } = require_buffer_util(), kAborted = /* @__PURE__ */ Symbol("kAborted"), protocolVersions = [8, 13], readyStates = ["CONNECTING", "OPEN", "CLOSING", "CLOSED"], subprotocolRegex = /^[!#$%&'*+\-.0-9A-Z^_`|a-z~]+$/, WebSocket2 = class _WebSocket extends EventEmitter {
      /**
       * Create a new `WebSocket`.
       *
       * @param {(String|URL)} address The URL to which to connect
       * @param {(String|String[])} [protocols] The subprotocols
       * @param {Object} [options] Connection options
       */
      constructor(address, protocols, options) {
        super(), this._binaryType = BINARY_TYPES[0], this._closeCode = 1006, this._closeFrameReceived = !1, this._closeFrameSent = !1, this._closeMessage = EMPTY_BUFFER, this._closeTimer = null, this._errorEmitted = !1, this._extensions = {}, this._paused = !1, this._protocol = "", this._readyState = _WebSocket.CONNECTING, this._receiver = null, this._sender = null, this._socket = null, address !== null ? (this._bufferedAmount = 0, this._isServer = !1, this._redirects = 0, protocols === void 0 ? !options || options.protocols === void 0 ? protocols = [] : Array.isArray(options.protocols) ? protocols = options.protocols : protocols = [options.protocols] : Array.isArray(protocols) || (typeof protocols == "object" && protocols !== null ? (options = protocols, options.protocols === void 0 ? protocols = [] : Array.isArray(options.protocols) ? protocols = options.protocols : protocols = [options.protocols]) : protocols = [protocols]), options = initAsClient(this, address, protocols, options)) : this._isServer = !0, options.autoPong && (this._autoPong = !0, this._autoPongComplete = () => autoPongComplete(this), this._pendingAutoPongs = 0, this._maxPendingAutoPongs = options.maxPendingAutoPongs | 0), this._closeTimeout = options.closeTimeout;
      }
      /**
       * For historical reasons, the custom "nodebuffer" type is used by the default
       * instead of "blob".
       *
       * @type {String}
       */
      get binaryType() {
        return this._binaryType;
      }
      set binaryType(type) {
        BINARY_TYPES.includes(type) && (this._binaryType = type, this._receiver && (this._receiver._binaryType = type));
      }
      /**
       * @type {Number}
       */
      get bufferedAmount() {
        return this._socket ? this._socket._writableState.length + this._sender._bufferedBytes : this._bufferedAmount;
      }
      /**
       * @type {String}
       */
      get extensions() {
        return Object.keys(this._extensions).join();
      }
      /**
       * @type {Boolean}
       */
      get isPaused() {
        return this._paused;
      }
      /**
       * @type {Function}
       */
      /* istanbul ignore next */
      get onclose() {
        return null;
      }
      /**
       * @type {Function}
       */
      /* istanbul ignore next */
      get onerror() {
        return null;
      }
      /**
       * @type {Function}
       */
      /* istanbul ignore next */
      get onopen() {
        return null;
      }
      /**
       * @type {Function}
       */
      /* istanbul ignore next */
      get onmessage() {
        return null;
      }
      /**
       * @type {String}
       */
      get protocol() {
        return this._protocol;
      }
      /**
       * @type {Number}
       */
      get readyState() {
        return this._readyState;
      }
      /**
       * @type {String}
       */
      get url() {
        return this._url;
      }
      /**
       * Set up the socket and the internal resources.
       *
       * @param {Duplex} socket The network socket between the server and client
       * @param {Buffer} head The first packet of the upgraded stream
       * @param {Object} options Options object
       * @param {Boolean} [options.allowSynchronousEvents=false] Specifies whether
       *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
       *     multiple times in the same tick
       * @param {Function} [options.generateMask] The function used to generate the
       *     masking key
       * @param {Number} [options.maxBufferedChunks=0] The maximum number of
       *     buffered data chunks
       * @param {Number} [options.maxFragments=0] The maximum number of message
       *     fragments
       * @param {Number} [options.maxPayload=0] The maximum allowed message size
       * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
       *     not to skip UTF-8 validation for text and close messages
       * @private
       */
      setSocket(socket, head, options) {
        let receiver = new Receiver2({
          allowSynchronousEvents: options.allowSynchronousEvents,
          binaryType: this.binaryType,
          extensions: this._extensions,
          isServer: this._isServer,
          maxBufferedChunks: options.maxBufferedChunks,
          maxFragments: options.maxFragments,
          maxPayload: options.maxPayload,
          skipUTF8Validation: options.skipUTF8Validation
        }), sender = new Sender2(socket, this._extensions, options.generateMask);
        this._receiver = receiver, this._sender = sender, this._socket = socket, receiver[kWebSocket] = this, sender[kWebSocket] = this, socket[kWebSocket] = this, receiver.on("conclude", receiverOnConclude), receiver.on("drain", receiverOnDrain), receiver.on("error", receiverOnError), receiver.on("message", receiverOnMessage), receiver.on("ping", receiverOnPing), receiver.on("pong", receiverOnPong), sender.onerror = senderOnError, socket.setTimeout && socket.setTimeout(0), socket.setNoDelay && socket.setNoDelay(), head.length > 0 && socket.unshift(head), socket.on("close", socketOnClose), socket.on("data", socketOnData), socket.on("end", socketOnEnd), socket.on("error", socketOnError), this._readyState = _WebSocket.OPEN, this.emit("open");
      }
      /**
       * Emit the `'close'` event.
       *
       * @private
       */
      emitClose() {
        if (!this._socket) {
          this._readyState = _WebSocket.CLOSED, this.emit("close", this._closeCode, this._closeMessage);
          return;
        }
        this._extensions[PerMessageDeflate2.extensionName] && this._extensions[PerMessageDeflate2.extensionName].cleanup(), this._receiver.removeAllListeners(), this._readyState = _WebSocket.CLOSED, this.emit("close", this._closeCode, this._closeMessage);
      }
      /**
       * Start a closing handshake.
       *
       *          +----------+   +-----------+   +----------+
       *     - - -|ws.close()|-->|close frame|-->|ws.close()|- - -
       *    |     +----------+   +-----------+   +----------+     |
       *          +----------+   +-----------+         |
       * CLOSING  |ws.close()|<--|close frame|<--+-----+       CLOSING
       *          +----------+   +-----------+   |
       *    |           |                        |   +---+        |
       *                +------------------------+-->|fin| - - - -
       *    |         +---+                      |   +---+
       *     - - - - -|fin|<---------------------+
       *              +---+
       *
       * @param {Number} [code] Status code explaining why the connection is closing
       * @param {(String|Buffer)} [data] The reason why the connection is
       *     closing
       * @public
       */
      close(code, data) {
        if (this.readyState !== _WebSocket.CLOSED) {
          if (this.readyState === _WebSocket.CONNECTING) {
            abortHandshake(this, this._req, "WebSocket was closed before the connection was established");
            return;
          }
          if (this.readyState === _WebSocket.CLOSING) {
            this._closeFrameSent && (this._closeFrameReceived || this._receiver._writableState.errorEmitted) && this._socket.end();
            return;
          }
          this._sender.close(code, data, !this._isServer, (err) => {
            err || (this._closeFrameSent = !0, (this._closeFrameReceived || this._receiver._writableState.errorEmitted) && this._socket.end());
          }), this._readyState = _WebSocket.CLOSING, setCloseTimer(this);
        }
      }
      /**
       * Pause the socket.
       *
       * @public
       */
      pause() {
        this.readyState === _WebSocket.CONNECTING || this.readyState === _WebSocket.CLOSED || (this._paused = !0, this._socket.pause());
      }
      /**
       * Send a ping.
       *
       * @param {*} [data] The data to send
       * @param {Boolean} [mask] Indicates whether or not to mask `data`
       * @param {Function} [cb] Callback which is executed when the ping is sent
       * @public
       */
      ping(data, mask, cb) {
        if (this.readyState === _WebSocket.CONNECTING)
          throw new Error("WebSocket is not open: readyState 0 (CONNECTING)");
        if (typeof data == "function" ? (cb = data, data = mask = void 0) : typeof mask == "function" && (cb = mask, mask = void 0), typeof data == "number" && (data = data.toString()), this.readyState !== _WebSocket.OPEN) {
          sendAfterClose(this, data, cb);
          return;
        }
        mask === void 0 && (mask = !this._isServer), this._sender.ping(data || EMPTY_BUFFER, mask, cb);
      }
      /**
       * Send a pong.
       *
       * @param {*} [data] The data to send
       * @param {Boolean} [mask] Indicates whether or not to mask `data`
       * @param {Function} [cb] Callback which is executed when the pong is sent
       * @public
       */
      pong(data, mask, cb) {
        if (this.readyState === _WebSocket.CONNECTING)
          throw new Error("WebSocket is not open: readyState 0 (CONNECTING)");
        if (typeof data == "function" ? (cb = data, data = mask = void 0) : typeof mask == "function" && (cb = mask, mask = void 0), typeof data == "number" && (data = data.toString()), this.readyState !== _WebSocket.OPEN) {
          sendAfterClose(this, data, cb);
          return;
        }
        mask === void 0 && (mask = !this._isServer), this._sender.pong(data || EMPTY_BUFFER, mask, cb);
      }
      /**
       * Resume the socket.
       *
       * @public
       */
      resume() {
        this.readyState === _WebSocket.CONNECTING || this.readyState === _WebSocket.CLOSED || (this._paused = !1, this._receiver._writableState.needDrain || this._socket.resume());
      }
      /**
       * Send a data message.
       *
       * @param {*} data The message to send
       * @param {Object} [options] Options object
       * @param {Boolean} [options.binary] Specifies whether `data` is binary or
       *     text
       * @param {Boolean} [options.compress] Specifies whether or not to compress
       *     `data`
       * @param {Boolean} [options.fin=true] Specifies whether the fragment is the
       *     last one
       * @param {Boolean} [options.mask] Specifies whether or not to mask `data`
       * @param {Function} [cb] Callback which is executed when data is written out
       * @public
       */
      send(data, options, cb) {
        if (this.readyState === _WebSocket.CONNECTING)
          throw new Error("WebSocket is not open: readyState 0 (CONNECTING)");
        if (typeof options == "function" && (cb = options, options = {}), typeof data == "number" && (data = data.toString()), this.readyState !== _WebSocket.OPEN) {
          sendAfterClose(this, data, cb);
          return;
        }
        let opts = {
          binary: typeof data != "string",
          mask: !this._isServer,
          compress: !0,
          fin: !0,
          ...options
        };
        this._extensions[PerMessageDeflate2.extensionName] || (opts.compress = !1), this._sender.send(data || EMPTY_BUFFER, opts, cb);
      }
      /**
       * Forcibly close the connection.
       *
       * @public
       */
      terminate() {
        if (this.readyState !== _WebSocket.CLOSED) {
          if (this.readyState === _WebSocket.CONNECTING) {
            abortHandshake(this, this._req, "WebSocket was closed before the connection was established");
            return;
          }
          this._socket && (this._readyState = _WebSocket.CLOSING, this._socket.destroy());
        }
      }
    };
    Object.defineProperty(WebSocket2, "CONNECTING", {
      enumerable: !0,
      value: readyStates.indexOf("CONNECTING")
    });
    Object.defineProperty(WebSocket2.prototype, "CONNECTING", {
      enumerable: !0,
      value: readyStates.indexOf("CONNECTING")
    });
    Object.defineProperty(WebSocket2, "OPEN", {
      enumerable: !0,
      value: readyStates.indexOf("OPEN")
    });
    Object.defineProperty(WebSocket2.prototype, "OPEN", {
      enumerable: !0,
      value: readyStates.indexOf("OPEN")
    });
    Object.defineProperty(WebSocket2, "CLOSING", {
      enumerable: !0,
      value: readyStates.indexOf("CLOSING")
    });
    Object.defineProperty(WebSocket2.prototype, "CLOSING", {
      enumerable: !0,
      value: readyStates.indexOf("CLOSING")
    });
    Object.defineProperty(WebSocket2, "CLOSED", {
      enumerable: !0,
      value: readyStates.indexOf("CLOSED")
    });
    Object.defineProperty(WebSocket2.prototype, "CLOSED", {
      enumerable: !0,
      value: readyStates.indexOf("CLOSED")
    });
    [
      "binaryType",
      "bufferedAmount",
      "extensions",
      "isPaused",
      "protocol",
      "readyState",
      "url"
    ].forEach((property) => {
      Object.defineProperty(WebSocket2.prototype, property, { enumerable: !0 });
    });
    ["open", "error", "close", "message"].forEach((method) => {
      Object.defineProperty(WebSocket2.prototype, `on${method}`, {
        enumerable: !0,
        get() {
          for (let listener of this.listeners(method))
            if (listener[kForOnEventAttribute]) return listener[kListener];
          return null;
        },
        set(handler) {
          for (let listener of this.listeners(method))
            if (listener[kForOnEventAttribute]) {
              this.removeListener(method, listener);
              break;
            }
          typeof handler == "function" && this.addEventListener(method, handler, {
            [kForOnEventAttribute]: !0
          });
        }
      });
    });
    WebSocket2.prototype.addEventListener = addEventListener;
    WebSocket2.prototype.removeEventListener = removeEventListener;
    module.exports = WebSocket2;
    function initAsClient(websocket, address, protocols, options) {
      let opts = {
        allowSynchronousEvents: !0,
        autoPong: !0,
        closeTimeout: CLOSE_TIMEOUT,
        protocolVersion: protocolVersions[1],
        maxBufferedChunks: 262144,
        maxFragments: 16384,
        maxPayload: 104857600,
        maxPendingAutoPongs: 60,
        skipUTF8Validation: !1,
        perMessageDeflate: !0,
        followRedirects: !1,
        maxRedirects: 10,
        ...options,
        socketPath: void 0,
        hostname: void 0,
        protocol: void 0,
        protocols: void 0,
        timeout: void 0,
        method: "GET",
        host: void 0,
        path: void 0,
        port: void 0
      };
      if (!protocolVersions.includes(opts.protocolVersion))
        throw new RangeError(
          `Unsupported protocol version: ${opts.protocolVersion} (supported versions: ${protocolVersions.join(", ")})`
        );
      let parsedUrl;
      if (address instanceof URL2)
        parsedUrl = address;
      else
        try {
          parsedUrl = new URL2(address);
        } catch {
          throw new SyntaxError(`Invalid URL: ${address}`);
        }
      (parsedUrl.protocol === "http:" || parsedUrl.protocol === "https:") && (parsedUrl = new URL2(parsedUrl), parsedUrl.protocol = parsedUrl.protocol === "http:" ? "ws:" : "wss:"), websocket._url = parsedUrl.href;
      let isSecure = parsedUrl.protocol === "wss:", isIpcUrl = parsedUrl.protocol === "ws+unix:", invalidUrlMessage;
      if (parsedUrl.protocol !== "ws:" && !isSecure && !isIpcUrl ? invalidUrlMessage = `The URL's protocol must be one of "ws:", "wss:", "http:", "https:", or "ws+unix:"` : isIpcUrl && !parsedUrl.pathname ? invalidUrlMessage = "The URL's pathname is empty" : parsedUrl.hash && (invalidUrlMessage = "The URL contains a fragment identifier"), invalidUrlMessage) {
        let err = new SyntaxError(invalidUrlMessage);
        if (websocket._redirects === 0)
          throw err;
        emitErrorAndClose(websocket, err);
        return;
      }
      let defaultPort = isSecure ? 443 : 80, key = randomBytes2(16).toString("base64"), request = isSecure ? https.request : http3.request, protocolSet = /* @__PURE__ */ new Set(), perMessageDeflate;
      if (opts.createConnection = opts.createConnection || (isSecure ? tlsConnect : netConnect), opts.defaultPort = opts.defaultPort || defaultPort, opts.port = parsedUrl.port || defaultPort, opts.host = parsedUrl.hostname.startsWith("[") ? parsedUrl.hostname.slice(1, -1) : parsedUrl.hostname, opts.headers = {
        ...opts.headers,
        "Sec-WebSocket-Version": opts.protocolVersion,
        "Sec-WebSocket-Key": key,
        Connection: "Upgrade",
        Upgrade: "websocket"
      }, opts.path = parsedUrl.pathname + parsedUrl.search, opts.timeout = opts.handshakeTimeout, opts.perMessageDeflate && (perMessageDeflate = new PerMessageDeflate2({
        ...opts.perMessageDeflate,
        isServer: !1,
        maxPayload: opts.maxPayload
      }), opts.headers["Sec-WebSocket-Extensions"] = format({
        [PerMessageDeflate2.extensionName]: perMessageDeflate.offer()
      })), protocols.length) {
        for (let protocol of protocols) {
          if (typeof protocol != "string" || !subprotocolRegex.test(protocol) || protocolSet.has(protocol))
            throw new SyntaxError(
              "An invalid or duplicated subprotocol was specified"
            );
          protocolSet.add(protocol);
        }
        opts.headers["Sec-WebSocket-Protocol"] = protocols.join(",");
      }
      if (opts.origin && (opts.protocolVersion < 13 ? opts.headers["Sec-WebSocket-Origin"] = opts.origin : opts.headers.Origin = opts.origin), parsedUrl.username || parsedUrl.password) {
        let username = querystring.unescape(parsedUrl.username), password = querystring.unescape(parsedUrl.password);
        opts.auth = `${username}:${password}`;
      }
      if (isIpcUrl) {
        let i = opts.path.indexOf(":");
        i === -1 ? (opts.socketPath = opts.path, opts.path = "") : (opts.socketPath = opts.path.slice(0, i), opts.path = opts.path.slice(i + 1));
      }
      let req;
      if (opts.followRedirects) {
        if (websocket._redirects === 0) {
          websocket._originalIpc = isIpcUrl, websocket._originalSecure = isSecure, websocket._originalHostOrSocketPath = isIpcUrl ? opts.socketPath : parsedUrl.host;
          let headers = options && options.headers;
          if (options = { ...options, headers: {} }, headers)
            for (let [key2, value] of Object.entries(headers))
              options.headers[key2.toLowerCase()] = value;
        } else if (websocket.listenerCount("redirect") === 0) {
          let isSameHost = isIpcUrl ? websocket._originalIpc ? opts.socketPath === websocket._originalHostOrSocketPath : !1 : websocket._originalIpc ? !1 : parsedUrl.host === websocket._originalHostOrSocketPath;
          (!isSameHost || websocket._originalSecure && !isSecure) && (delete opts.headers.authorization, delete opts.headers.cookie, isSameHost || delete opts.headers.host, opts.auth = void 0);
        }
        opts.auth && !options.headers.authorization && (options.headers.authorization = "Basic " + Buffer.from(opts.auth).toString("base64")), req = websocket._req = request(opts), websocket._redirects && websocket.emit("redirect", websocket.url, req);
      } else
        req = websocket._req = request(opts);
      return opts.timeout && req.on("timeout", () => {
        abortHandshake(websocket, req, "Opening handshake has timed out");
      }), req.on("error", (err) => {
        req === null || req[kAborted] || (req = websocket._req = null, emitErrorAndClose(websocket, err));
      }), req.on("response", (res) => {
        let location = res.headers.location, statusCode = res.statusCode;
        if (location && opts.followRedirects && statusCode >= 300 && statusCode < 400) {
          if (++websocket._redirects > opts.maxRedirects) {
            abortHandshake(websocket, req, "Maximum redirects exceeded");
            return;
          }
          req.abort();
          let addr;
          try {
            addr = new URL2(location, address);
          } catch {
            let err = new SyntaxError(`Invalid URL: ${location}`);
            emitErrorAndClose(websocket, err);
            return;
          }
          initAsClient(websocket, addr, protocols, options);
        } else websocket.emit("unexpected-response", req, res) || abortHandshake(
          websocket,
          req,
          `Unexpected server response: ${res.statusCode}`
        );
      }), req.on("upgrade", (res, socket, head) => {
        if (websocket.emit("upgrade", res), websocket.readyState !== WebSocket2.CONNECTING) return;
        req = websocket._req = null;
        let upgrade = res.headers.upgrade;
        if (upgrade === void 0 || upgrade.toLowerCase() !== "websocket") {
          abortHandshake(websocket, socket, "Invalid Upgrade header");
          return;
        }
        let digest = createHash2("sha1").update(key + GUID).digest("base64");
        if (res.headers["sec-websocket-accept"] !== digest) {
          abortHandshake(websocket, socket, "Invalid Sec-WebSocket-Accept header");
          return;
        }
        let serverProt = res.headers["sec-websocket-protocol"], protError;
        if (serverProt !== void 0 ? protocolSet.size ? protocolSet.has(serverProt) || (protError = "Server sent an invalid subprotocol") : protError = "Server sent a subprotocol but none was requested" : protocolSet.size && (protError = "Server sent no subprotocol"), protError) {
          abortHandshake(websocket, socket, protError);
          return;
        }
        serverProt && (websocket._protocol = serverProt);
        let secWebSocketExtensions = res.headers["sec-websocket-extensions"];
        if (secWebSocketExtensions !== void 0) {
          if (!perMessageDeflate) {
            abortHandshake(websocket, socket, "Server sent a Sec-WebSocket-Extensions header but no extension was requested");
            return;
          }
          let extensions;
          try {
            extensions = parse(secWebSocketExtensions);
          } catch {
            abortHandshake(websocket, socket, "Invalid Sec-WebSocket-Extensions header");
            return;
          }
          let extensionNames = Object.keys(extensions);
          if (extensionNames.length !== 1 || extensionNames[0] !== PerMessageDeflate2.extensionName) {
            abortHandshake(websocket, socket, "Server indicated an extension that was not requested");
            return;
          }
          try {
            perMessageDeflate.accept(extensions[PerMessageDeflate2.extensionName]);
          } catch {
            abortHandshake(websocket, socket, "Invalid Sec-WebSocket-Extensions header");
            return;
          }
          websocket._extensions[PerMessageDeflate2.extensionName] = perMessageDeflate;
        }
        websocket.setSocket(socket, head, {
          allowSynchronousEvents: opts.allowSynchronousEvents,
          generateMask: opts.generateMask,
          maxBufferedChunks: opts.maxBufferedChunks,
          maxFragments: opts.maxFragments,
          maxPayload: opts.maxPayload,
          skipUTF8Validation: opts.skipUTF8Validation
        });
      }), opts.finishRequest ? opts.finishRequest(req, websocket) : req.end(), opts;
    }
    function emitErrorAndClose(websocket, err) {
      websocket._readyState = WebSocket2.CLOSING, websocket._errorEmitted = !0, websocket.emit("error", err), websocket.emitClose();
    }
    function netConnect(options) {
      return options.path = options.socketPath, net2.connect(options);
    }
    function tlsConnect(options) {
      return options.path = void 0, !options.servername && options.servername !== "" && (options.servername = net2.isIP(options.host) ? "" : options.host), tls.connect(options);
    }
    function abortHandshake(websocket, stream, message) {
      websocket._readyState = WebSocket2.CLOSING;
      let err = new Error(message);
      Error.captureStackTrace(err, abortHandshake), stream.setHeader ? (stream[kAborted] = !0, stream.abort(), stream.socket && !stream.socket.destroyed && stream.socket.destroy(), process.nextTick(emitErrorAndClose, websocket, err)) : (stream.destroy(err), stream.once("error", websocket.emit.bind(websocket, "error")), stream.once("close", websocket.emitClose.bind(websocket)));
    }
    function sendAfterClose(websocket, data, cb) {
      if (data) {
        let length = isBlob(data) ? data.size : toBuffer(data).length;
        websocket._socket ? websocket._sender._bufferedBytes += length : websocket._bufferedAmount += length;
      }
      if (cb) {
        let err = new Error(
          `WebSocket is not open: readyState ${websocket.readyState} (${readyStates[websocket.readyState]})`
        );
        process.nextTick(cb, err);
      }
    }
    function receiverOnConclude(code, reason) {
      let websocket = this[kWebSocket];
      websocket._closeFrameReceived = !0, websocket._closeCode = code, reason.length === 0 ? websocket._closeMessage = EMPTY_BUFFER : (websocket._closeMessage = Buffer.allocUnsafeSlow(reason.length), websocket._closeMessage.set(reason)), websocket._socket[kWebSocket] !== void 0 && (websocket._socket.removeListener("data", socketOnData), process.nextTick(resume, websocket._socket), code === 1005 ? websocket.close() : websocket.close(code, reason));
    }
    function receiverOnDrain() {
      let websocket = this[kWebSocket];
      websocket.isPaused || websocket._socket.resume();
    }
    function receiverOnError(err) {
      let websocket = this[kWebSocket];
      websocket._socket[kWebSocket] !== void 0 && (websocket._socket.removeListener("data", socketOnData), process.nextTick(resume, websocket._socket), websocket.close(err[kStatusCode])), websocket._errorEmitted || (websocket._errorEmitted = !0, websocket.emit("error", err));
    }
    function receiverOnFinish() {
      this[kWebSocket].emitClose();
    }
    function receiverOnMessage(data, isBinary) {
      this[kWebSocket].emit("message", data, isBinary);
    }
    function receiverOnPing(data) {
      let websocket = this[kWebSocket];
      websocket._autoPong && websocket.readyState === WebSocket2.OPEN && (websocket._maxPendingAutoPongs > 0 && websocket._pendingAutoPongs >= websocket._maxPendingAutoPongs ? websocket.terminate() : (websocket._pendingAutoPongs++, websocket.pong(data, !this._isServer, websocket._autoPongComplete))), websocket.emit("ping", data);
    }
    function autoPongComplete(websocket) {
      websocket._pendingAutoPongs--;
    }
    function receiverOnPong(data) {
      this[kWebSocket].emit("pong", data);
    }
    function resume(stream) {
      stream.resume();
    }
    function senderOnError(err) {
      let websocket = this[kWebSocket];
      websocket.readyState !== WebSocket2.CLOSED && (websocket.readyState === WebSocket2.OPEN && (websocket._readyState = WebSocket2.CLOSING, setCloseTimer(websocket)), this._socket.end(), websocket._errorEmitted || (websocket._errorEmitted = !0, websocket.emit("error", err)));
    }
    function setCloseTimer(websocket) {
      websocket._closeTimer = setTimeout(
        websocket._socket.destroy.bind(websocket._socket),
        websocket._closeTimeout
      );
    }
    function socketOnClose() {
      let websocket = this[kWebSocket];
      if (this.removeListener("close", socketOnClose), this.removeListener("data", socketOnData), this.removeListener("end", socketOnEnd), websocket._readyState = WebSocket2.CLOSING, !this._readableState.endEmitted && !websocket._closeFrameReceived && !websocket._receiver._writableState.errorEmitted && this._readableState.length !== 0) {
        let chunk = this.read(this._readableState.length);
        websocket._receiver.write(chunk);
      }
      websocket._receiver.end(), this[kWebSocket] = void 0, clearTimeout(websocket._closeTimer), websocket._receiver._writableState.finished || websocket._receiver._writableState.errorEmitted ? websocket.emitClose() : (websocket._receiver.on("error", receiverOnFinish), websocket._receiver.on("finish", receiverOnFinish));
    }
    function socketOnData(chunk) {
      this[kWebSocket]._receiver.write(chunk) || this.pause();
    }
    function socketOnEnd() {
      let websocket = this[kWebSocket];
      websocket._readyState = WebSocket2.CLOSING, websocket._receiver.end(), this.end();
    }
    function socketOnError() {
      let websocket = this[kWebSocket];
      this.removeListener("error", socketOnError), this.on("error", NOOP), websocket && (websocket._readyState = WebSocket2.CLOSING, this.destroy());
    }
  }
});

// node_modules/ws/lib/stream.js
var require_stream = __commonJS({
  "node_modules/ws/lib/stream.js"(exports, module) {
    "use strict";
    var WebSocket2 = require_websocket(), { Duplex } = __require("stream");
    function emitClose(stream) {
      stream.emit("close");
    }
    function duplexOnEnd() {
      !this.destroyed && this._writableState.finished && this.destroy();
    }
    function duplexOnError(err) {
      this.removeListener("error", duplexOnError), this.destroy(), this.listenerCount("error") === 0 && this.emit("error", err);
    }
    function createWebSocketStream2(ws, options) {
      let terminateOnDestroy = !0, duplex = new Duplex({
        ...options,
        autoDestroy: !1,
        emitClose: !1,
        objectMode: !1,
        writableObjectMode: !1
      });
      return ws.on("message", function(msg, isBinary) {
        let data = !isBinary && duplex._readableState.objectMode ? msg.toString() : msg;
        duplex.push(data) || ws.pause();
      }), ws.once("error", function(err) {
        duplex.destroyed || (terminateOnDestroy = !1, duplex.destroy(err));
      }), ws.once("close", function() {
        duplex.destroyed || duplex.push(null);
      }), duplex._destroy = function(err, callback) {
        if (ws.readyState === ws.CLOSED) {
          callback(err), process.nextTick(emitClose, duplex);
          return;
        }
        let called = !1;
        ws.once("error", function(err2) {
          called = !0, callback(err2);
        }), ws.once("close", function() {
          called || callback(err), process.nextTick(emitClose, duplex);
        }), terminateOnDestroy && ws.terminate();
      }, duplex._final = function(callback) {
        if (ws.readyState === ws.CONNECTING) {
          ws.once("open", function() {
            duplex._final(callback);
          });
          return;
        }
        ws._socket !== null && (ws._socket._writableState.finished ? (callback(), duplex._readableState.endEmitted && duplex.destroy()) : (ws._socket.once("finish", function() {
          callback();
        }), ws.close()));
      }, duplex._read = function() {
        ws.isPaused && ws.resume();
      }, duplex._write = function(chunk, encoding, callback) {
        if (ws.readyState === ws.CONNECTING) {
          ws.once("open", function() {
            duplex._write(chunk, encoding, callback);
          });
          return;
        }
        ws.send(chunk, callback);
      }, duplex.on("end", duplexOnEnd), duplex.on("error", duplexOnError), duplex;
    }
    module.exports = createWebSocketStream2;
  }
});

// node_modules/ws/lib/subprotocol.js
var require_subprotocol = __commonJS({
  "node_modules/ws/lib/subprotocol.js"(exports, module) {
    "use strict";
    var { tokenChars } = require_validation();
    function parse(header) {
      let protocols = /* @__PURE__ */ new Set(), start = -1, end = -1, i = 0;
      for (i; i < header.length; i++) {
        let code = header.charCodeAt(i);
        if (end === -1 && tokenChars[code] === 1)
          start === -1 && (start = i);
        else if (i !== 0 && (code === 32 || code === 9))
          end === -1 && start !== -1 && (end = i);
        else if (code === 44) {
          if (start === -1)
            throw new SyntaxError(`Unexpected character at index ${i}`);
          end === -1 && (end = i);
          let protocol2 = header.slice(start, end);
          if (protocols.has(protocol2))
            throw new SyntaxError(`The "${protocol2}" subprotocol is duplicated`);
          protocols.add(protocol2), start = end = -1;
        } else
          throw new SyntaxError(`Unexpected character at index ${i}`);
      }
      if (start === -1 || end !== -1)
        throw new SyntaxError("Unexpected end of input");
      let protocol = header.slice(start, i);
      if (protocols.has(protocol))
        throw new SyntaxError(`The "${protocol}" subprotocol is duplicated`);
      return protocols.add(protocol), protocols;
    }
    module.exports = { parse };
  }
});

// node_modules/ws/lib/websocket-server.js
var require_websocket_server = __commonJS({
  "node_modules/ws/lib/websocket-server.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events"), http3 = __require("http"), { Duplex } = __require("stream"), { createHash: createHash2 } = __require("crypto"), extension2 = require_extension(), PerMessageDeflate2 = require_permessage_deflate(), subprotocol2 = require_subprotocol(), WebSocket2 = require_websocket(), { CLOSE_TIMEOUT, GUID, kWebSocket } = require_constants(), keyRegex = /^[+/0-9A-Za-z]{22}==$/, RUNNING = 0, CLOSING = 1, CLOSED = 2, WebSocketServer2 = class extends EventEmitter {
      /**
       * Create a `WebSocketServer` instance.
       *
       * @param {Object} options Configuration options
       * @param {Boolean} [options.allowSynchronousEvents=true] Specifies whether
       *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
       *     multiple times in the same tick
       * @param {Boolean} [options.autoPong=true] Specifies whether or not to
       *     automatically send a pong in response to a ping
       * @param {Number} [options.backlog=511] The maximum length of the queue of
       *     pending connections
       * @param {Boolean} [options.clientTracking=true] Specifies whether or not to
       *     track clients
       * @param {Number} [options.closeTimeout=30000] Duration in milliseconds to
       *     wait for the closing handshake to finish after `websocket.close()` is
       *     called
       * @param {Function} [options.handleProtocols] A hook to handle protocols
       * @param {String} [options.host] The hostname where to bind the server
       * @param {Number} [options.maxBufferedChunks=262144] The maximum number of
       *     buffered data chunks
       * @param {Number} [options.maxFragments=16384] The maximum number of message
       *     fragments
       * @param {Number} [options.maxPayload=104857600] The maximum allowed message
       *     size
       * @param {Number} [options.maxPendingAutoPongs=60] The maximum number of
       *     pending automatic pongs
       * @param {Boolean} [options.noServer=false] Enable no server mode
       * @param {String} [options.path] Accept only connections matching this path
       * @param {(Boolean|Object)} [options.perMessageDeflate=false] Enable/disable
       *     permessage-deflate
       * @param {Number} [options.port] The port where to bind the server
       * @param {(http.Server|https.Server)} [options.server] A pre-created HTTP/S
       *     server to use
       * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
       *     not to skip UTF-8 validation for text and close messages
       * @param {Function} [options.verifyClient] A hook to reject connections
       * @param {Function} [options.WebSocket=WebSocket] Specifies the `WebSocket`
       *     class to use. It must be the `WebSocket` class or class that extends it
       * @param {Function} [callback] A listener for the `listening` event
       */
      constructor(options, callback) {
        if (super(), options = {
          allowSynchronousEvents: !0,
          autoPong: !0,
          maxBufferedChunks: 256 * 1024,
          maxFragments: 16 * 1024,
          maxPayload: 100 * 1024 * 1024,
          maxPendingAutoPongs: 60,
          skipUTF8Validation: !1,
          perMessageDeflate: !1,
          handleProtocols: null,
          clientTracking: !0,
          closeTimeout: CLOSE_TIMEOUT,
          verifyClient: null,
          noServer: !1,
          backlog: null,
          // use default (511 as implemented in net.js)
          server: null,
          host: null,
          path: null,
          port: null,
          WebSocket: WebSocket2,
          ...options
        }, options.port == null && !options.server && !options.noServer || options.port != null && (options.server || options.noServer) || options.server && options.noServer)
          throw new TypeError(
            'One and only one of the "port", "server", or "noServer" options must be specified'
          );
        if (options.port != null ? (this._server = http3.createServer((req, res) => {
          let body = http3.STATUS_CODES[426];
          res.writeHead(426, {
            "Content-Length": body.length,
            "Content-Type": "text/plain"
          }), res.end(body);
        }), this._server.listen(
          options.port,
          options.host,
          options.backlog,
          callback
        )) : options.server && (this._server = options.server), this._server) {
          let emitConnection = this.emit.bind(this, "connection");
          this._removeListeners = addListeners(this._server, {
            listening: this.emit.bind(this, "listening"),
            error: this.emit.bind(this, "error"),
            upgrade: (req, socket, head) => {
              this.handleUpgrade(req, socket, head, emitConnection);
            }
          });
        }
        options.perMessageDeflate === !0 && (options.perMessageDeflate = {}), options.clientTracking && (this.clients = /* @__PURE__ */ new Set(), this._shouldEmitClose = !1), this.options = options, this._state = RUNNING;
      }
      /**
       * Returns the bound address, the address family name, and port of the server
       * as reported by the operating system if listening on an IP socket.
       * If the server is listening on a pipe or UNIX domain socket, the name is
       * returned as a string.
       *
       * @return {(Object|String|null)} The address of the server
       * @public
       */
      address() {
        if (this.options.noServer)
          throw new Error('The server is operating in "noServer" mode');
        return this._server ? this._server.address() : null;
      }
      /**
       * Stop the server from accepting new connections and emit the `'close'` event
       * when all existing connections are closed.
       *
       * @param {Function} [cb] A one-time listener for the `'close'` event
       * @public
       */
      close(cb) {
        if (this._state === CLOSED) {
          cb && this.once("close", () => {
            cb(new Error("The server is not running"));
          }), process.nextTick(emitClose, this);
          return;
        }
        if (cb && this.once("close", cb), this._state !== CLOSING)
          if (this._state = CLOSING, this.options.noServer || this.options.server)
            this._server && (this._removeListeners(), this._removeListeners = this._server = null), this.clients ? this.clients.size ? this._shouldEmitClose = !0 : process.nextTick(emitClose, this) : process.nextTick(emitClose, this);
          else {
            let server = this._server;
            this._removeListeners(), this._removeListeners = this._server = null, server.close(() => {
              emitClose(this);
            });
          }
      }
      /**
       * See if a given request should be handled by this server instance.
       *
       * @param {http.IncomingMessage} req Request object to inspect
       * @return {Boolean} `true` if the request is valid, else `false`
       * @public
       */
      shouldHandle(req) {
        if (this.options.path) {
          let index = req.url.indexOf("?");
          if ((index !== -1 ? req.url.slice(0, index) : req.url) !== this.options.path) return !1;
        }
        return !0;
      }
      /**
       * Handle a HTTP Upgrade request.
       *
       * @param {http.IncomingMessage} req The request object
       * @param {Duplex} socket The network socket between the server and client
       * @param {Buffer} head The first packet of the upgraded stream
       * @param {Function} cb Callback
       * @public
       */
      handleUpgrade(req, socket, head, cb) {
        socket.on("error", socketOnError);
        let key = req.headers["sec-websocket-key"], upgrade = req.headers.upgrade, version = +req.headers["sec-websocket-version"];
        if (req.method !== "GET") {
          abortHandshakeOrEmitwsClientError(this, req, socket, 405, "Invalid HTTP method");
          return;
        }
        if (upgrade === void 0 || upgrade.toLowerCase() !== "websocket") {
          abortHandshakeOrEmitwsClientError(this, req, socket, 400, "Invalid Upgrade header");
          return;
        }
        if (key === void 0 || !keyRegex.test(key)) {
          abortHandshakeOrEmitwsClientError(this, req, socket, 400, "Missing or invalid Sec-WebSocket-Key header");
          return;
        }
        if (version !== 13 && version !== 8) {
          abortHandshakeOrEmitwsClientError(this, req, socket, 400, "Missing or invalid Sec-WebSocket-Version header", {
            "Sec-WebSocket-Version": "13, 8"
          });
          return;
        }
        if (!this.shouldHandle(req)) {
          abortHandshake(socket, 400);
          return;
        }
        let secWebSocketProtocol = req.headers["sec-websocket-protocol"], protocols = /* @__PURE__ */ new Set();
        if (secWebSocketProtocol !== void 0)
          try {
            protocols = subprotocol2.parse(secWebSocketProtocol);
          } catch {
            abortHandshakeOrEmitwsClientError(this, req, socket, 400, "Invalid Sec-WebSocket-Protocol header");
            return;
          }
        let secWebSocketExtensions = req.headers["sec-websocket-extensions"], extensions = {};
        if (this.options.perMessageDeflate && secWebSocketExtensions !== void 0) {
          let perMessageDeflate = new PerMessageDeflate2({
            ...this.options.perMessageDeflate,
            isServer: !0,
            maxPayload: this.options.maxPayload
          });
          try {
            let offers = extension2.parse(secWebSocketExtensions);
            offers[PerMessageDeflate2.extensionName] && (perMessageDeflate.accept(offers[PerMessageDeflate2.extensionName]), extensions[PerMessageDeflate2.extensionName] = perMessageDeflate);
          } catch {
            abortHandshakeOrEmitwsClientError(this, req, socket, 400, "Invalid or unacceptable Sec-WebSocket-Extensions header");
            return;
          }
        }
        if (this.options.verifyClient) {
          let info = {
            origin: req.headers[`${version === 8 ? "sec-websocket-origin" : "origin"}`],
            secure: !!(req.socket.authorized || req.socket.encrypted),
            req
          };
          if (this.options.verifyClient.length === 2) {
            this.options.verifyClient(info, (verified, code, message, headers) => {
              if (!verified)
                return abortHandshake(socket, code || 401, message, headers);
              this.completeUpgrade(
                extensions,
                key,
                protocols,
                req,
                socket,
                head,
                cb
              );
            });
            return;
          }
          if (!this.options.verifyClient(info)) return abortHandshake(socket, 401);
        }
        this.completeUpgrade(extensions, key, protocols, req, socket, head, cb);
      }
      /**
       * Upgrade the connection to WebSocket.
       *
       * @param {Object} extensions The accepted extensions
       * @param {String} key The value of the `Sec-WebSocket-Key` header
       * @param {Set} protocols The subprotocols
       * @param {http.IncomingMessage} req The request object
       * @param {Duplex} socket The network socket between the server and client
       * @param {Buffer} head The first packet of the upgraded stream
       * @param {Function} cb Callback
       * @throws {Error} If called more than once with the same socket
       * @private
       */
      completeUpgrade(extensions, key, protocols, req, socket, head, cb) {
        if (!socket.readable || !socket.writable) return socket.destroy();
        if (socket[kWebSocket])
          throw new Error(
            "server.handleUpgrade() was called more than once with the same socket, possibly due to a misconfiguration"
          );
        if (this._state > RUNNING) return abortHandshake(socket, 503);
        let headers = [
          "HTTP/1.1 101 Switching Protocols",
          "Upgrade: websocket",
          "Connection: Upgrade",
          `Sec-WebSocket-Accept: ${createHash2("sha1").update(key + GUID).digest("base64")}`
        ], ws = new this.options.WebSocket(null, void 0, this.options);
        if (protocols.size) {
          let protocol = this.options.handleProtocols ? this.options.handleProtocols(protocols, req) : protocols.values().next().value;
          protocol && (headers.push(`Sec-WebSocket-Protocol: ${protocol}`), ws._protocol = protocol);
        }
        if (extensions[PerMessageDeflate2.extensionName]) {
          let params = extensions[PerMessageDeflate2.extensionName].params, value = extension2.format({
            [PerMessageDeflate2.extensionName]: [params]
          });
          headers.push(`Sec-WebSocket-Extensions: ${value}`), ws._extensions = extensions;
        }
        this.emit("headers", headers, req), socket.write(headers.concat(`\r
`).join(`\r
`)), socket.removeListener("error", socketOnError), ws.setSocket(socket, head, {
          allowSynchronousEvents: this.options.allowSynchronousEvents,
          maxBufferedChunks: this.options.maxBufferedChunks,
          maxFragments: this.options.maxFragments,
          maxPayload: this.options.maxPayload,
          skipUTF8Validation: this.options.skipUTF8Validation
        }), this.clients && (this.clients.add(ws), ws.on("close", () => {
          this.clients.delete(ws), this._shouldEmitClose && !this.clients.size && process.nextTick(emitClose, this);
        })), cb(ws, req);
      }
    };
    module.exports = WebSocketServer2;
    function addListeners(server, map) {
      for (let event of Object.keys(map)) server.on(event, map[event]);
      return function() {
        for (let event of Object.keys(map))
          server.removeListener(event, map[event]);
      };
    }
    function emitClose(server) {
      server._state = CLOSED, server.emit("close");
    }
    function socketOnError() {
      this.destroy();
    }
    function abortHandshake(socket, code, message, headers) {
      message = message || http3.STATUS_CODES[code], headers = {
        Connection: "close",
        "Content-Type": "text/html",
        "Content-Length": Buffer.byteLength(message),
        ...headers
      }, socket.once("finish", socket.destroy), socket.end(
        `HTTP/1.1 ${code} ${http3.STATUS_CODES[code]}\r
` + Object.keys(headers).map((h) => `${h}: ${headers[h]}`).join(`\r
`) + `\r
\r
` + message
      );
    }
    function abortHandshakeOrEmitwsClientError(server, req, socket, code, message, headers) {
      if (server.listenerCount("wsClientError")) {
        let err = new Error(message);
        Error.captureStackTrace(err, abortHandshakeOrEmitwsClientError), server.emit("wsClientError", err, socket, req);
      } else
        abortHandshake(socket, code, message, headers);
    }
  }
});

// src/cli/dashboard.ts
import { parseArgs } from "node:util";
import v8 from "node:v8";

// src/dashboard/docker-live.ts
import http from "node:http";
function dockerEndpoint(env = process.env) {
  let endpoint = parseDockerHost(env);
  if (endpoint) return endpoint;
  throw new Error(`DOCKER_HOST '${env.DOCKER_HOST}' is not supported by the dashboard's container check (unix:// and plain tcp:// are)`);
}
function dockerRunLiveness(options = {}) {
  let timeoutMs = options.timeoutMs ?? 3e3, endpoint;
  return async (runId) => {
    endpoint ??= dockerEndpoint(options.env);
    let filters = JSON.stringify({ label: labelFilter({ runId }), status: ["running"] }), body = await dockerGet(endpoint, `/containers/json?filters=${encodeURIComponent(filters)}`, timeoutMs), list = JSON.parse(body);
    if (!Array.isArray(list)) throw new Error("docker container list: unexpected answer");
    return list.length > 0;
  };
}
function dockerGet(endpoint, path2, timeoutMs) {
  return new Promise((resolve, reject) => {
    let request = http.get({ ...endpoint, path: path2, timeout: timeoutMs, headers: { host: "docker" } }, (res) => {
      let chunks = [];
      res.on("data", (chunk) => chunks.push(chunk)), res.on("end", () => {
        let text = Buffer.concat(chunks).toString("utf8");
        res.statusCode === 200 ? resolve(text) : reject(new Error(`docker container list: HTTP ${res.statusCode}: ${text.trim().slice(0, 200)}`));
      }), res.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`docker container list: no answer within ${timeoutMs} ms`))), request.on("error", (error) => reject(new Error(`docker container list: ${error.message}`, { cause: error })));
  });
}

// src/dashboard/server.ts
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import http2 from "node:http";
import net from "node:net";
import os2 from "node:os";

// node_modules/ws/wrapper.mjs
var import_stream = __toESM(require_stream(), 1), import_extension = __toESM(require_extension(), 1), import_permessage_deflate = __toESM(require_permessage_deflate(), 1), import_receiver = __toESM(require_receiver(), 1), import_sender = __toESM(require_sender(), 1), import_subprotocol = __toESM(require_subprotocol(), 1), import_websocket = __toESM(require_websocket(), 1), import_websocket_server = __toESM(require_websocket_server(), 1);

// src/dashboard/page.generated.ts
var PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>agent-fanout dashboard</title>
<link rel="icon" href="data:,">
<style nonce="__NONCE__">
/* The dashboard's stylesheet, inlined into the page at build time (scripts/build-page.mjs). */
:root {
  --bg: #0f1419; --panel: #171d24; --line: #263040; --text: #d8dee6; --dim: #8593a3; --accent: #5aa9ff;
  --queued: #6b7785; --running: #3d8bfd; --succeeded: #2fb46c; --failed: #e5534b; --verify_failed: #d9668f; --timed_out: #e09b3d;
  --oom: #b26ee8; --skipped: #56606b; --cancelled: #8a8f98; --interrupted: #d4a72c; --finished: #2fb46c;
  color-scheme: dark;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { display: flex; align-items: center; gap: 18px; padding: 10px 18px; background: var(--panel); border-bottom: 1px solid var(--line); }
header h1 { font-size: 16px; margin: 0; font-weight: 650; letter-spacing: .2px; }
header h1 span { color: var(--dim); font-weight: 400; }
#host { display: flex; align-items: center; gap: 10px; margin-left: auto; color: var(--dim); }
#host b { color: var(--text); font-weight: 600; font-variant-numeric: tabular-nums; }
#conn { padding: 2px 8px; border-radius: 10px; font-size: 12px; background: #2a3240; color: var(--dim); }
#conn[data-state="live"] { background: #173826; color: #6fdc9c; }
#conn[data-state="reconnecting"] { background: #3d2f12; color: #f0c462; }
main { display: grid; grid-template-columns: minmax(380px, 30%) 1fr; gap: 14px; padding: 14px 18px; align-items: start; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; min-width: 0; }
h2 { font-size: 14px; margin: 0 0 10px; font-weight: 600; display: flex; align-items: center; gap: 8px; }
h3 { font-size: 12px; margin: 16px 0 6px; color: var(--dim); font-weight: 600; text-transform: uppercase; letter-spacing: .6px; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th { text-align: left; font-weight: 500; color: var(--dim); font-size: 11px; text-transform: uppercase; letter-spacing: .5px; padding: 4px 6px; border-bottom: 1px solid var(--line); }
td { padding: 6px; border-bottom: 1px solid #1e2630; vertical-align: middle; white-space: nowrap; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: #1c2430; }
tbody tr.selected { background: #1d2a3b; box-shadow: inset 3px 0 0 var(--accent); }
.sub { color: var(--dim); font-size: 11px; }
#runs td.name, #runs .name { font-weight: 600; max-width: 190px; overflow: hidden; text-overflow: ellipsis; }
th.num, td.num { text-align: right; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 11px; font-weight: 600; background: #2a3240; color: #fff; }
.badge[data-status="queued"] { background: var(--queued); }
.egress { margin-left: 6px; font-size: 11px; color: #f0a39d; }
.attempt { margin-left: 6px; font-size: 11px; color: #e3b341; }
.verify { margin-left: 6px; font-size: 11px; }
.verify[data-verify="passed"] { color: #6fdc9c; }
.verify[data-verify="failed"] { color: #f0a3c0; }
.badge[data-status="running"] { background: var(--running); }
.badge[data-status="succeeded"], .badge[data-status="finished"] { background: var(--succeeded); }
.badge[data-status="failed"] { background: var(--failed); }
.badge[data-status="verify_failed"] { background: var(--verify_failed); }
.badge[data-status="timed_out"] { background: var(--timed_out); }
.badge[data-status="oom"] { background: var(--oom); }
.badge[data-status="skipped"] { background: var(--skipped); }
.badge[data-status="cancelled"] { background: var(--cancelled); }
.badge[data-status="interrupted"] { background: var(--interrupted); color: #1b1300; }
.badge[data-status="running"]::before { content: ""; display: inline-block; width: 6px; height: 6px; border-radius: 50%; background: #fff; margin-right: 5px; vertical-align: 1px; animation: pulse 1.2s infinite; }
@keyframes pulse { 50% { opacity: .25; } }
.facts { display: flex; flex-wrap: wrap; gap: 6px 18px; margin-bottom: 10px; color: var(--dim); }
.facts b { color: var(--text); font-weight: 600; }
#speedup { color: #7fd1ff; font-size: 15px; }
.bar { height: 6px; background: #263040; border-radius: 3px; overflow: hidden; width: 44px; display: inline-block; vertical-align: middle; margin-right: 6px; }
.bar i { display: block; height: 100%; background: var(--succeeded); width: 0; }
svg.spark { width: 90px; height: 22px; vertical-align: middle; margin-right: 6px; }
svg.spark polyline { fill: none; stroke-width: 1.5; }
svg.spark .cpu { stroke: #5aa9ff; } svg.spark .mem { stroke: #c58cff; } svg.spark .area-cpu { fill: rgba(90,169,255,.15); stroke: none; } svg.spark .area-mem { fill: rgba(197,140,255,.15); stroke: none; }
#gantt { width: 100%; display: block; }
#gantt text { fill: var(--dim); font-size: 11px; }
#gantt .grid { stroke: #222b36; }
#log { margin: 0; background: #0b0f14; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; height: 260px; overflow: auto; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-all; }
#log .line { min-height: 1.4em; }
#log .note { color: var(--dim); font-style: italic; }
a { color: var(--accent); }
.empty { color: var(--dim); padding: 18px 4px; }
.live { max-width: 360px; overflow: hidden; text-overflow: ellipsis; color: #9fc3ea; }
.live:empty { display: none; }
.live[data-final="true"] { color: var(--dim); }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
</style>
</head>
<body>
<header>
  <h1>agent-fanout <span>dashboard</span></h1>
  <div id="host">
    <span id="host-name"></span>
    <span>CPU <b id="host-cpu">\u2013</b></span><svg id="host-cpu-spark" class="spark" viewBox="0 0 90 22" preserveAspectRatio="none"></svg>
    <span>memory <b id="host-mem">\u2013</b></span><svg id="host-mem-spark" class="spark" viewBox="0 0 90 22" preserveAspectRatio="none"></svg>
  </div>
  <span id="conn" data-state="connecting">connecting\u2026</span>
</header>
<main>
  <section id="runs-section">
    <h2>Runs</h2>
    <table id="runs">
      <thead><tr><th>Run</th><th>State</th><th>Tasks</th><th class="num">Speedup</th></tr></thead>
      <tbody></tbody>
    </table>
    <p id="no-runs" class="empty">No runs yet. Runs appear here as soon as they start.</p>
  </section>
  <section id="run-view" hidden>
    <h2>Run <span id="run-id" class="mono"></span> <span id="run-state" class="badge"></span></h2>
    <div class="facts">
      <span>repo <b id="run-repo"></b></span>
      <span>issue <b id="run-issue"></b></span>
      <span><b id="run-mode"></b></span>
      <span>started <b id="run-started"></b></span>
      <span>tasks done <b id="progress"></b></span>
      <span>wall <b id="wall"></b></span>
      <span title="the same tasks one at a time (estimated, contention taken out) over the wall time">speedup <b id="speedup">\u2013</b></span>
      <span title="sum of task time over wall time: agents running at once, not a speedup">mean concurrency <b id="concurrency">\u2013</b></span>
      <span>efficiency <b id="efficiency">\u2013</b></span>
    </div>
    <table id="tasks">
      <thead><tr><th>Task</th><th>State</th><th>Elapsed</th><th>CPU</th><th>Memory</th><th>Branch</th><th>PR</th></tr></thead>
      <tbody></tbody>
    </table>
    <h3>Timeline</h3>
    <svg id="gantt" height="40"></svg>
    <h3>Log <span id="log-task" class="mono"></span></h3>
    <pre id="log"></pre>
  </section>
</main>
<script nonce="__NONCE__">
"use strict";
(() => {
  // src/core/units.ts
  var SIZE_UNITS = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
  function formatBytes(bytes) {
    if (bytes === null || bytes === void 0 || !Number.isFinite(bytes)) return "\\u2013";
    const units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return \`\${value >= 100 || unit === 0 ? value.toFixed(0) : value.toFixed(1)} \${units[unit]}\`;
  }
  function formatDuration(ms) {
    if (ms === null || ms === void 0 || !Number.isFinite(ms)) return "\\u2013";
    if (ms < 1e3) return \`\${Math.round(ms)}ms\`;
    const s = ms / 1e3;
    if (s < 60) return \`\${s.toFixed(1)}s\`;
    const m = Math.floor(s / 60);
    const rest = Math.floor(s % 60);
    if (m < 60) return \`\${m}m \${String(rest).padStart(2, "0")}s\`;
    return \`\${Math.floor(m / 60)}h \${String(m % 60).padStart(2, "0")}m\`;
  }

  // src/report/format.ts
  function formatSpeedup(value) {
    return value === null || value === void 0 || !Number.isFinite(value) ? "\\u2013" : \`\${value.toFixed(2)}\\xD7\`;
  }
  function formatSpeedupEstimate(run) {
    if (run.speedup !== null && Number.isFinite(run.speedup)) return formatSpeedup(run.speedup);
    return run.speedupMax !== null && run.speedupMax !== void 0 && Number.isFinite(run.speedupMax) ? \`\\u2264 \${formatSpeedup(run.speedupMax)}\` : "\\u2013";
  }
  function formatConcurrency(value) {
    return value === null || value === void 0 || !Number.isFinite(value) ? "\\u2013" : value.toFixed(2);
  }
  function formatRatio(value) {
    return value === null || value === void 0 || !Number.isFinite(value) ? "\\u2013" : \`\${Math.round(value * 100)}%\`;
  }
  function formatPercent(value) {
    return value === null || value === void 0 || !Number.isFinite(value) ? "\\u2013" : \`\${Math.round(value)}%\`;
  }

  // src/dashboard/page/dom.ts
  var SVGNS = "http://www.w3.org/2000/svg";
  function byId(id) {
    const element = document.getElementById(id);
    if (!element) throw new Error(\`dashboard page: #\${id} is missing\`);
    return element;
  }
  function child(root, selector) {
    const element = root.querySelector(selector);
    if (!element) throw new Error(\`dashboard page: \${selector} is missing\`);
    return element;
  }
  function el(tag, cls, text) {
    const element = document.createElement(tag);
    if (cls) element.className = cls;
    if (text !== void 0 && text !== null) element.textContent = String(text);
    return element;
  }
  function svg(tag, attrs) {
    const element = document.createElementNS(SVGNS, tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
    return element;
  }
  function setText(root, field, text) {
    const element = child(root, \`[data-field="\${field}"]\`);
    if (element.textContent !== String(text)) element.textContent = String(text);
    return element;
  }
  function removeChildren(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function sparkline(target, values, max, cls) {
    const w = 90;
    const h = 22;
    removeChildren(target);
    if (!values.length) return;
    const top = Math.max(max, 1e-9);
    const points = values.length === 1 ? [values[0], values[0]] : values;
    const step = w / (points.length - 1);
    const coords = points.map((value, i) => \`\${(i * step).toFixed(1)},\${(h - 1 - Math.min(1, value / top) * (h - 2)).toFixed(1)}\`);
    target.appendChild(svg("polygon", { points: \`0.0,\${h} \${coords.join(" ")} \${w},\${h}\`, class: \`area-\${cls}\` }));
    target.appendChild(svg("polyline", { points: coords.join(" "), class: cls }));
  }
  function newSpark() {
    return svg("svg", { class: "spark", viewBox: "0 0 90 22", preserveAspectRatio: "none" });
  }
  function formatTime(t) {
    const d = new Date(t);
    if (d.toDateString() === (/* @__PURE__ */ new Date()).toDateString()) return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
    return d.toLocaleString([], { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
  }

  // src/dashboard/page/page.ts
  var MAX_SAMPLES = 120;
  var MAX_LOG_LINES = 500;
  var FINAL = /* @__PURE__ */ new Set(["succeeded", "failed", "verify_failed", "timed_out", "oom", "skipped", "cancelled"]);
  var COLORS = {
    queued: "#6b7785",
    running: "#3d8bfd",
    succeeded: "#2fb46c",
    failed: "#e5534b",
    verify_failed: "#d9668f",
    timed_out: "#e09b3d",
    oom: "#b26ee8",
    skipped: "#56606b",
    cancelled: "#8a8f98",
    interrupted: "#d4a72c"
  };
  var S = {
    runs: [],
    runId: null,
    taskId: null,
    run: null,
    /** Server clock minus ours, so elapsed times agree with the server's. */
    offset: 0,
    host: null,
    hostHistory: [],
    ws: null,
    retry: 0,
    /** Until the user picks a run, the page follows the newest running run. */
    autoRun: true
  };
  var token = null;
  try {
    const params = new URLSearchParams(location.search);
    token = params.get("token") || sessionStorage.getItem("agent-fanout-token");
    if (params.has("token")) {
      sessionStorage.setItem("agent-fanout-token", token ?? "");
      params.delete("token");
      const q = params.toString();
      history.replaceState(null, "", location.pathname + (q ? \`?\${q}\` : "") + location.hash);
    }
  } catch {
  }
  function now() {
    return Date.now() + S.offset;
  }
  function tbody(tableId) {
    return byId(tableId).tBodies[0];
  }
  function rowsOf(body) {
    return Array.from(body.rows);
  }
  function renderHost() {
    const h = S.host;
    if (!h) return;
    byId("host-name").textContent = \`\${h.hostname} \\xB7 \${h.cpus} CPUs\`;
    byId("host-cpu").textContent = formatPercent(h.cpuPercent);
    byId("host-mem").textContent = \`\${formatBytes(h.memUsed)} / \${formatBytes(h.memTotal)}\`;
    sparkline(byId("host-cpu-spark"), S.hostHistory.map((p) => p.cpu), 100, "cpu");
    sparkline(byId("host-mem-spark"), S.hostHistory.map((p) => p.mem), h.memTotal, "mem");
  }
  function runLabel(run) {
    return run.state === "finished" && (run.counts.failed || run.counts.verify_failed || run.counts.timed_out || run.counts.oom) ? "failed" : run.state;
  }
  function newRunRow(runId) {
    const tr = document.createElement("tr");
    tr.setAttribute("data-run", runId);
    const c1 = el("td");
    c1.appendChild(el("div", "name")).setAttribute("data-field", "repo");
    const sub = c1.appendChild(el("div", "sub"));
    sub.appendChild(el("span")).setAttribute("data-field", "issue");
    sub.appendChild(document.createTextNode(" \\xB7 "));
    sub.appendChild(el("span")).setAttribute("data-field", "started");
    const c3 = el("td");
    c3.appendChild(el("span", "badge")).setAttribute("data-field", "state");
    const c4 = el("td");
    c4.appendChild(el("span", "bar")).appendChild(el("i"));
    c4.appendChild(el("span")).setAttribute("data-field", "progress");
    const c5 = el("td", "num");
    c5.appendChild(el("b")).setAttribute("data-field", "speedup");
    tr.append(c1, c3, c4, c5);
    tr.addEventListener("click", () => {
      S.autoRun = false;
      selectRun(runId, null);
    });
    return tr;
  }
  function renderRuns() {
    const body = tbody("runs");
    const seen = /* @__PURE__ */ new Set();
    byId("no-runs").hidden = S.runs.length > 0;
    S.runs.forEach((run, index) => {
      seen.add(run.id);
      const tr = body.querySelector(\`tr[data-run="\${CSS.escape(run.id)}"]\`) ?? newRunRow(run.id);
      if (body.children[index] !== tr) body.insertBefore(tr, body.children[index] ?? null);
      setText(tr, "repo", run.repoName);
      setText(tr, "issue", run.issue !== null ? \`issue #\${run.issue}\` : run.baseRef);
      setText(tr, "started", formatTime(run.startedAt));
      tr.title = \`run \${run.id} \\xB7 \${run.repo}\`;
      setText(tr, "state", run.state).setAttribute("data-status", runLabel(run));
      setText(tr, "progress", \`\${run.tasksDone}/\${run.tasksTotal}\`);
      child(tr, ".bar i").style.width = \`\${run.tasksTotal ? 100 * run.tasksDone / run.tasksTotal : 0}%\`;
      setText(tr, "speedup", speedupText(run));
      tr.classList.toggle("selected", run.id === S.runId);
    });
    for (const tr of rowsOf(body)) if (!seen.has(tr.getAttribute("data-run") ?? "")) body.removeChild(tr);
  }
  function speedupText(run) {
    return formatSpeedupEstimate({ speedup: run.speedup, speedupMax: run.metrics?.speedupMax ?? null });
  }
  function summary() {
    return S.runs.find((run) => run.id === S.runId) ?? S.run?.summary ?? null;
  }
  function taskState(task, run) {
    return run && run.state === "interrupted" && !FINAL.has(task.status) ? "interrupted" : task.status;
  }
  function renderRunHeader() {
    const run = summary();
    byId("run-view").hidden = !S.runId;
    if (!S.runId) return;
    byId("run-id").textContent = S.runId;
    if (!run) {
      byId("run-state").textContent = "not found";
      return;
    }
    byId("run-state").textContent = run.state;
    byId("run-state").setAttribute("data-status", runLabel(run));
    byId("run-repo").textContent = run.repo;
    byId("run-issue").textContent = run.issue !== null ? \`#\${run.issue}\` : "\\u2013";
    byId("run-mode").textContent = \`\${run.mode} \\xB7 max \${run.maxParallel} parallel\`;
    byId("run-started").textContent = formatTime(run.startedAt);
    byId("progress").textContent = \`\${run.tasksDone}/\${run.tasksTotal}\`;
    byId("wall").textContent = formatDuration(run.state === "running" ? now() - run.startedAt : run.wallMs);
    byId("speedup").textContent = speedupText(run);
    byId("speedup").setAttribute("data-final", run.state === "finished" ? "true" : "false");
    byId("speedup").title = run.metrics?.speedupNote ?? (run.state === "finished" ? "estimated: the same tasks one at a time, contention taken out, over the wall time" : "estimated when the run ends");
    byId("concurrency").textContent = formatConcurrency(run.concurrency);
    byId("efficiency").textContent = run.metrics ? formatRatio(run.metrics.efficiency) : "\\u2013";
  }
  function taskElapsed(t, run) {
    if (t.startedAt === null) return null;
    const end = t.finishedAt !== null ? t.finishedAt : run && run.state === "running" ? now() : run ? run.lastEventAt : now();
    return end - t.startedAt;
  }
  function newTaskRow(taskId) {
    const tr = document.createElement("tr");
    tr.setAttribute("data-task", taskId);
    const c1 = el("td");
    c1.appendChild(el("div")).setAttribute("data-field", "title");
    c1.appendChild(el("div", "sub mono")).setAttribute("data-field", "id");
    c1.appendChild(el("div", "sub live")).setAttribute("data-field", "progress");
    const c2 = el("td");
    c2.appendChild(el("span", "badge")).setAttribute("data-field", "state");
    c2.appendChild(el("span", "attempt")).setAttribute("data-field", "attempt");
    c2.appendChild(el("span", "verify")).setAttribute("data-field", "verify");
    c2.appendChild(el("span", "egress")).setAttribute("data-field", "egress");
    const c3 = el("td");
    c3.appendChild(el("span")).setAttribute("data-field", "elapsed");
    const c4 = el("td");
    c4.appendChild(newSpark()).setAttribute("data-field", "cpu-spark");
    c4.appendChild(el("span")).setAttribute("data-field", "cpu");
    const c5 = el("td");
    c5.appendChild(newSpark()).setAttribute("data-field", "mem-spark");
    c5.appendChild(el("span")).setAttribute("data-field", "mem");
    const c6 = el("td", "mono");
    c6.appendChild(el("span")).setAttribute("data-field", "branch");
    const c7 = el("td");
    c7.appendChild(el("span")).setAttribute("data-field", "pr");
    tr.append(c1, c2, c3, c4, c5, c6, c7);
    tr.addEventListener("click", () => selectTask(taskId));
    return tr;
  }
  function attemptText(t) {
    if (t.bestOf) {
      const done = t.bestOf.attempts.filter((a) => FINAL.has(a.status)).length;
      return t.bestOf.winner !== null ? \`best of \${t.bestOf.count}: #\${t.bestOf.winner}\` : \`best of \${t.bestOf.count}: \${done} done\`;
    }
    return t.attempt > 1 ? \`attempt \${t.attempt}\` : "";
  }
  function renderTask(t) {
    const body = tbody("tasks");
    let tr = body.querySelector(\`tr[data-task="\${CSS.escape(t.id)}"]\`);
    if (!tr) {
      tr = newTaskRow(t.id);
      body.appendChild(tr);
    }
    const run = summary();
    setText(tr, "title", t.title);
    setText(tr, "id", t.id);
    const line = setText(tr, "progress", t.progress ? t.progress.text : "");
    line.title = t.progress ? t.progress.text : "";
    line.setAttribute("data-final", t.progress && t.progress.final ? "true" : "false");
    const state = taskState(t, run);
    const badge = setText(tr, "state", state);
    badge.setAttribute("data-status", state);
    badge.title = t.reason || "";
    const attempt = setText(tr, "attempt", attemptText(t));
    attempt.title = t.bestOf ? "independent attempts in parallel (attempts); the best becomes the task's branch" : t.attempt > 1 ? "the agent failed for a transient reason and ran again on a fresh working tree (retries)" : "";
    const verify = setText(tr, "verify", t.verify === "passed" ? "\\u2713 verified" : t.verify === "failed" ? "\\u2717 checks failed" : "");
    verify.setAttribute("data-verify", t.verify ?? "");
    const egress = child(tr, '[data-field="egress"]');
    const refused = t.egress ? t.egress.refused : 0;
    egress.textContent = refused ? \`\\u26D4 \${refused} refused\` : "";
    egress.title = refused && t.egress ? \`connections refused by the egress proxy:
\${t.egress.recent.map((r) => \`\${formatTime(r.at)}  \${r.destination}  (\${r.reason})\`).join("\\n")}\` : "";
    tr.setAttribute("data-status", t.status);
    setText(tr, "elapsed", formatDuration(taskElapsed(t, run)));
    const last = t.status === "running" ? t.last : null;
    const cpuNow = last ? last.cpu : t.cpu ? t.cpu.avgPercent : null;
    setText(tr, "cpu", cpuNow === null ? "\\u2013" : formatPercent(cpuNow) + (last ? "" : " avg"));
    const memNow = last ? last.mem : t.memory ? t.memory.peakBytes : null;
    setText(tr, "mem", memNow === null ? "\\u2013" : formatBytes(memNow) + (last ? "" : " peak"));
    const samples = t.samples;
    const cpuMax = Math.max(100, ...samples.map((s) => s.cpu));
    const memMax = Math.max(t.memory?.limitBytes || 0, ...samples.map((s) => s.mem));
    sparkline(child(tr, '[data-field="cpu-spark"]'), samples.map((s) => s.cpu), cpuMax, "cpu");
    sparkline(child(tr, '[data-field="mem-spark"]'), samples.map((s) => s.mem), memMax, "mem");
    setText(tr, "branch", t.branch || "\\u2013");
    const pr = child(tr, '[data-field="pr"]');
    if (t.prUrl && /^https:\\/\\//.test(t.prUrl)) {
      if (!(pr.firstChild instanceof HTMLAnchorElement) || pr.firstChild.href !== t.prUrl) {
        removeChildren(pr);
        const num = /\\/(\\d+)$/.exec(t.prUrl);
        const a = document.createElement("a");
        a.textContent = num ? \`PR #\${num[1]}\` : "PR";
        a.href = t.prUrl;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        pr.appendChild(a);
      }
    } else if (pr.textContent !== "\\u2013") {
      pr.textContent = "\\u2013";
    }
    tr.classList.toggle("selected", t.id === S.taskId);
  }
  function renderTasks() {
    const body = tbody("tasks");
    if (!S.run) {
      removeChildren(body);
      return;
    }
    const { order, tasks } = S.run;
    for (const id of order) renderTask(tasks.get(id));
    for (const tr of rowsOf(body)) if (!tasks.has(tr.getAttribute("data-task") ?? "")) body.removeChild(tr);
  }
  function renderGantt() {
    const g = byId("gantt");
    removeChildren(g);
    const run = summary();
    if (!S.run || !run) return;
    const model = S.run;
    const tasks = model.order.map((id) => model.tasks.get(id));
    const width = Math.max(300, g.clientWidth || 800);
    const label = 150;
    const rowH = 22;
    const top = 18;
    const rows = tasks.reduce((n, t) => n + 1 + (t.bestOf ? t.bestOf.attempts.length : 0), 0);
    const height = top + rows * rowH + 6;
    g.setAttribute("viewBox", \`0 0 \${width} \${height}\`);
    g.setAttribute("height", String(height));
    const t0 = run.startedAt;
    let t1 = run.finishedAt !== null ? run.finishedAt : run.state === "running" ? now() : run.lastEventAt;
    for (const t of tasks) if (t.finishedAt !== null && t.finishedAt > t1) t1 = t.finishedAt;
    const span = Math.max(1e3, t1 - t0);
    const plot = width - label - 10;
    const x = (t) => label + Math.max(0, Math.min(1, (t - t0) / span)) * plot;
    const step = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600].map((s) => s * 1e3).find((s) => span / s <= 8) ?? 72e5;
    for (let tick = 0; tick <= span; tick += step) {
      g.appendChild(svg("line", { x1: x(t0 + tick), x2: x(t0 + tick), y1: top - 4, y2: height, class: "grid" }));
      const tickLabel = svg("text", { x: x(t0 + tick) + 2, y: 11 });
      tickLabel.textContent = formatDuration(tick);
      g.appendChild(tickLabel);
    }
    let row = 0;
    for (const t of tasks) {
      const y = top + row++ * rowH;
      for (const a of t.bestOf ? t.bestOf.attempts : []) drawAttempt(g, t, a, top + row++ * rowH, rowH, x, t1);
      drawTaskRow(g, t, y, rowH, x, t1, run);
    }
  }
  function drawBar(g, o) {
    const bar = svg("rect", { x: o.x0, y: o.y, width: Math.max(2, o.x1 - o.x0), height: o.height, rx: o.rx, fill: o.fill, "fill-opacity": o.opacity, ...o.extra });
    bar.setAttribute("data-bar", o.name);
    const tip = svg("title", {});
    tip.textContent = o.tip;
    bar.appendChild(tip);
    g.appendChild(bar);
  }
  function drawAttempt(g, t, a, y, rowH, x, t1) {
    const name = svg("text", { x: 12, y: y + 15 });
    name.textContent = \`#\${a.attempt}\${a.winner ? " \\u2605" : ""}\`;
    g.appendChild(name);
    if (a.agentStartedAt === null) return;
    const end = a.agentFinishedAt !== null ? a.agentFinishedAt : t1;
    drawBar(g, {
      name: \`\${t.id}#\${a.attempt}\`,
      tip: \`\${t.id} attempt \${a.attempt}: \${a.status}\${a.verify ? \`, verify \${a.verify}\` : ""}\${a.winner ? ", won" : ""}, \${formatDuration(end - a.agentStartedAt)}\`,
      x0: x(a.agentStartedAt),
      x1: x(end),
      y: y + 7,
      height: rowH - 14,
      rx: 2,
      fill: COLORS[a.status] || "#6b7785",
      opacity: a.agentFinishedAt === null ? 0.55 : 0.8,
      extra: a.winner ? { stroke: "#ffffff", "stroke-width": 1 } : {}
    });
  }
  function drawTaskRow(g, t, y, rowH, x, t1, run) {
    const name = svg("text", { x: 0, y: y + 15 });
    name.textContent = t.id.length > 22 ? \`\${t.id.slice(0, 21)}\\u2026\` : t.id;
    g.appendChild(name);
    if (t.readyAt !== null && t.startedAt !== null && t.startedAt > t.readyAt) {
      g.appendChild(svg("rect", { x: x(t.readyAt), y: y + 9, width: Math.max(1, x(t.startedAt) - x(t.readyAt)), height: 3, fill: "#39424f" }));
    }
    if (t.startedAt === null) return;
    const state = taskState(t, run);
    const end = t.finishedAt !== null ? t.finishedAt : t1;
    drawBar(g, {
      name: t.id,
      tip: \`\${t.id}: \${state}, \${formatDuration(end - t.startedAt)}\`,
      x0: x(t.startedAt),
      x1: x(end),
      y: y + 4,
      height: rowH - 8,
      rx: 3,
      fill: COLORS[state] || "#6b7785",
      opacity: t.finishedAt === null ? 0.65 : 0.9
    });
    if (t.agentStartedAt !== null && t.agentFinishedAt !== null) {
      g.appendChild(
        svg("rect", { x: x(t.agentStartedAt), y: y + rowH - 7, width: Math.max(1, x(t.agentFinishedAt) - x(t.agentStartedAt)), height: 2, fill: "#ffffff", "fill-opacity": 0.7 })
      );
    }
  }
  function clearLog(note) {
    const log = byId("log");
    removeChildren(log);
    if (note) log.appendChild(el("div", "line note", note));
  }
  function appendLog(lines) {
    const log = byId("log");
    const stick = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
    const note = log.querySelector(".note");
    if (note && lines.length) log.removeChild(note);
    const frag = document.createDocumentFragment();
    for (const line of lines) frag.appendChild(el("div", "line", line));
    log.appendChild(frag);
    while (log.children.length > MAX_LOG_LINES && log.firstChild) log.removeChild(log.firstChild);
    if (stick) log.scrollTop = log.scrollHeight;
  }
  function writeHash() {
    const h = S.runId ? \`#/run/\${encodeURIComponent(S.runId)}\${S.taskId ? \`/\${encodeURIComponent(S.taskId)}\` : ""}\` : "";
    if (location.hash !== h) history.replaceState(null, "", location.pathname + location.search + h);
  }
  function readHash() {
    const m = /^#\\/run\\/([^/]+)(?:\\/([^/]+))?$/.exec(location.hash);
    if (!m) return null;
    try {
      return { runId: decodeURIComponent(m[1]), taskId: m[2] ? decodeURIComponent(m[2]) : null };
    } catch {
      return null;
    }
  }
  function subscribe() {
    if (S.ws && S.ws.readyState === WebSocket.OPEN) S.ws.send(JSON.stringify({ type: "subscribe", runId: S.runId, taskId: S.taskId }));
  }
  function selectRun(runId, taskId) {
    if (runId !== S.runId) {
      S.run = null;
      renderTasks();
      renderGantt();
    }
    S.runId = runId;
    S.taskId = taskId;
    byId("log-task").textContent = taskId || "";
    clearLog(taskId ? "waiting for output\\u2026" : "select a task to follow its log");
    writeHash();
    renderRuns();
    renderRunHeader();
    subscribe();
  }
  function selectTask(taskId) {
    S.taskId = taskId;
    byId("log-task").textContent = taskId;
    clearLog("waiting for output\\u2026");
    writeHash();
    subscribe();
    for (const id of S.run?.order ?? []) {
      document.querySelector(\`tr[data-task="\${CSS.escape(id)}"]\`)?.classList.toggle("selected", id === taskId);
    }
  }
  function autoSelectRun() {
    if (!S.autoRun || !S.runs.length) return;
    const target = (S.runs.find((r) => r.state === "running") ?? S.runs[0]).id;
    if (target !== S.runId) selectRun(target, null);
  }
  function autoSelectTask() {
    const model = S.run;
    if (S.taskId || !model || !model.order.length) return;
    selectTask(model.order.find((id) => model.tasks.get(id)?.status === "running") ?? model.order[0]);
  }
  function onMessage(msg) {
    switch (msg.type) {
      case "hello":
        S.offset = msg.serverTime - Date.now();
        S.host = msg.host;
        S.hostHistory = msg.hostHistory || [];
        renderHost();
        break;
      case "host":
        S.host = msg.host;
        S.hostHistory.push({ at: msg.host.at, cpu: msg.host.cpuPercent, mem: msg.host.memUsed });
        if (S.hostHistory.length > MAX_SAMPLES) S.hostHistory.shift();
        renderHost();
        break;
      case "runs":
        S.offset = msg.serverTime - Date.now();
        S.runs = msg.runs;
        autoSelectRun();
        renderRuns();
        renderRunHeader();
        if (S.run) {
          renderTasks();
          renderGantt();
        }
        break;
      case "run": {
        if (msg.runId !== S.runId) break;
        if (!msg.run) {
          S.run = null;
          renderRunHeader();
          renderTasks();
          renderGantt();
          break;
        }
        const model = { summary: msg.run.summary, order: [], tasks: /* @__PURE__ */ new Map() };
        for (const t of msg.run.tasks) {
          model.order.push(t.id);
          model.tasks.set(t.id, t);
        }
        S.run = model;
        renderRunHeader();
        renderTasks();
        renderGantt();
        autoSelectTask();
        break;
      }
      case "task": {
        if (msg.runId !== S.runId || !S.run) break;
        const old = S.run.tasks.get(msg.task.id);
        const task = { ...msg.task, samples: old ? old.samples : [] };
        if (!old) S.run.order.push(task.id);
        S.run.tasks.set(task.id, task);
        renderTask(task);
        renderGantt();
        break;
      }
      case "samples": {
        const t = msg.runId === S.runId ? S.run?.tasks.get(msg.taskId) : void 0;
        if (!t) break;
        t.samples = t.samples.concat(msg.samples).slice(-MAX_SAMPLES);
        t.last = msg.samples[msg.samples.length - 1] ?? null;
        renderTask(t);
        break;
      }
      case "log":
        if (msg.runId !== S.runId || msg.taskId !== S.taskId) break;
        if (msg.reset) clearLog(msg.lines.length ? msg.truncated ? "\\u2026 earlier lines not shown" : null : "no output yet");
        appendLog(msg.lines);
        break;
      case "error":
        console.warn("dashboard:", msg.message);
        break;
    }
  }
  function setConn(state, text) {
    const conn = byId("conn");
    conn.setAttribute("data-state", state);
    conn.textContent = text;
  }
  function connect() {
    const url = \`\${location.protocol === "https:" ? "wss://" : "ws://"}\${location.host}/ws\${token ? \`?token=\${encodeURIComponent(token)}\` : ""}\`;
    const ws = new WebSocket(url);
    S.ws = ws;
    ws.onopen = () => {
      S.retry = 0;
      setConn("live", "live");
      subscribe();
    };
    ws.onmessage = (e) => {
      try {
        onMessage(JSON.parse(e.data));
      } catch (error) {
        console.error(error);
      }
    };
    ws.onclose = () => {
      if (S.ws !== ws) return;
      S.ws = null;
      const delay = Math.min(1e4, 500 * 2 ** S.retry++) * (0.75 + Math.random() * 0.5);
      setConn("reconnecting", \`reconnecting in \${Math.ceil(delay / 1e3)}s\`);
      setTimeout(connect, delay);
    };
  }
  var fromHash = readHash();
  if (fromHash) {
    S.autoRun = false;
    selectRun(fromHash.runId, fromHash.taskId);
  } else {
    renderRunHeader();
  }
  window.addEventListener("hashchange", () => {
    const h = readHash();
    if (h && (h.runId !== S.runId || h.taskId !== S.taskId)) {
      S.autoRun = false;
      selectRun(h.runId, h.taskId);
    }
  });
  window.addEventListener("resize", renderGantt);
  setInterval(() => {
    const run = summary();
    if (!run || run.state !== "running") return;
    renderRunHeader();
    if (!S.run) return;
    for (const id of S.run.order) {
      const t = S.run.tasks.get(id);
      if (t?.status === "running") renderTask(t);
    }
    renderGantt();
  }, 1e3);
  connect();
})();
</script>
</body>
</html>
`;

// src/dashboard/page.ts
function renderPage(nonce) {
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce)) throw new TypeError("dashboard: the CSP nonce must be base64");
  return PAGE_HTML.replaceAll("__NONCE__", nonce);
}

// src/dashboard/state.ts
import fs2 from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";

// src/dashboard/host.ts
import os from "node:os";
var HostSampler = class {
  #history = [];
  #maxHistory;
  #clock;
  #probe = createHostProbe();
  #current;
  /** `maxHistory`: points kept. Default 120. */
  constructor(options = {}) {
    this.#maxHistory = options.maxHistory ?? 120, this.#clock = options.clock ?? Date.now, this.#current = this.#read(0);
  }
  get current() {
    return this.#current;
  }
  get history() {
    return [...this.#history];
  }
  /** Takes a sample: CPU is the busy share of all cores since the previous call. */
  sample() {
    let cpuPercent = Math.max(0, Math.min(100, this.#probe().cpuPercent));
    return this.#current = this.#read(cpuPercent), this.#history.push({ at: this.#current.at, cpu: this.#current.cpuPercent, mem: this.#current.memUsed }), this.#history.length > this.#maxHistory && this.#history.shift(), this.#current;
  }
  #read(cpuPercent) {
    let memTotal = os.totalmem();
    return {
      at: this.#clock(),
      hostname: os.hostname(),
      cpus: os.availableParallelism(),
      cpuPercent: Math.round(cpuPercent * 10) / 10,
      memTotal,
      memUsed: memTotal - os.freemem(),
      loadavg: os.loadavg().map((n) => Math.round(n * 100) / 100)
    };
  }
};

// src/dashboard/logtail.ts
import fs from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
var ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g, CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g, CHUNK = 64 * 1024;
function cleanLogLine(raw, maxLength = 2e3) {
  let line = raw.endsWith("\r") ? raw.slice(0, -1) : raw, cr = line.lastIndexOf("\r");
  return cr >= 0 && (line = line.slice(cr + 1)), line = line.replace(ANSI, "").replace(CONTROL, ""), line.length > maxLength ? `${line.slice(0, maxLength)}\u2026` : line;
}
var LogTail = class {
  file;
  #maxLines;
  #maxBytes;
  #maxLineLength;
  #lines = [];
  #chars = 0;
  #offset = 0;
  #ino = -1;
  #partial = "";
  #decoder = new StringDecoder("utf8");
  #truncated = !1;
  #chain = Promise.resolve();
  #onUpdate;
  constructor(file, options = {}) {
    this.file = file, this.#onUpdate = options.onUpdate, this.#maxLines = options.maxLines ?? 200, this.#maxBytes = options.maxBytes ?? 64 * 1024, this.#maxLineLength = options.maxLineLength ?? 2e3;
  }
  get lines() {
    return this.#lines;
  }
  get truncated() {
    return this.#truncated;
  }
  /**
   * Reads what was appended since the last call. `final` (the task ended) also emits a last line
   * that has no newline. Calls are serialised, so overlapping callers never read a range twice.
   */
  sync(final = !1) {
    let next = this.#chain.then(() => this.#sync(final));
    return this.#chain = next.catch(() => {
    }), next;
  }
  async #sync(final) {
    let handle;
    try {
      handle = await fs.open(this.file, "r");
    } catch {
      return { reset: !1, appended: [] };
    }
    try {
      let stat = await handle.stat(), reset = !1;
      (stat.size < this.#offset || this.#ino !== -1 && stat.ino !== this.#ino) && (this.#lines = [], this.#chars = 0, this.#offset = 0, this.#partial = "", this.#decoder = new StringDecoder("utf8"), this.#truncated = !1, reset = !0), this.#ino = stat.ino;
      let skipFirstLine = !1;
      this.#offset === 0 && stat.size > this.#maxBytes && (this.#offset = stat.size - this.#maxBytes, this.#truncated = !0, skipFirstLine = !0);
      let appended = [], buffer = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, stat.size - this.#offset)));
      for (; this.#offset < stat.size; ) {
        let { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, stat.size - this.#offset), this.#offset);
        if (bytesRead === 0) break;
        this.#offset += bytesRead;
        let text = this.#partial + this.#decoder.write(buffer.subarray(0, bytesRead));
        if (skipFirstLine) {
          let nl = text.indexOf(`
`);
          if (nl < 0) {
            this.#partial = "";
            continue;
          }
          text = text.slice(nl + 1), skipFirstLine = !1;
        }
        let parts = text.split(`
`);
        this.#partial = parts.pop() ?? "", this.#partial.length > this.#maxBytes && (parts.push(this.#partial), this.#partial = "");
        for (let part of parts) appended.push(cleanLogLine(part, this.#maxLineLength));
      }
      final && this.#partial && (appended.push(cleanLogLine(this.#partial, this.#maxLineLength)), this.#partial = ""), this.#append(appended);
      let update = { reset, appended: reset ? [...this.#lines] : appended.slice(-this.#maxLines) };
      return this.#onUpdate?.(update, this), update;
    } finally {
      await handle.close();
    }
  }
  #append(lines) {
    for (let line of lines)
      this.#lines.push(line), this.#chars += line.length + 1;
    let drop = 0;
    for (; this.#lines.length - drop > this.#maxLines || this.#chars > this.#maxBytes && this.#lines.length - drop > 1; )
      this.#chars -= this.#lines[drop].length + 1, drop++;
    drop > 0 && (this.#lines.splice(0, drop), this.#truncated = !0);
  }
};

// src/dashboard/state.ts
var SampleRing = class {
  #at;
  #cpu;
  #mem;
  #pids;
  #start = 0;
  #length = 0;
  constructor(capacity) {
    this.#at = new Float64Array(capacity), this.#cpu = new Float64Array(capacity), this.#mem = new Float64Array(capacity), this.#pids = new Uint32Array(capacity);
  }
  push(sample) {
    let capacity = this.#at.length, i = (this.#start + this.#length) % capacity;
    this.#at[i] = sample.at, this.#cpu[i] = sample.cpu, this.#mem[i] = sample.mem, this.#pids[i] = sample.pids, this.#length < capacity ? this.#length++ : this.#start = (this.#start + 1) % capacity;
  }
  toArray() {
    let out = [];
    for (let k = 0; k < this.#length; k++) {
      let i = (this.#start + k) % this.#at.length;
      out.push({ at: this.#at[i], cpu: this.#cpu[i], mem: this.#mem[i], pids: this.#pids[i] });
    }
    return out;
  }
}, JOURNAL_SUFFIX = ".ndjson", READ_CHUNK = 64 * 1024, MAX_LINE = 4 * 1024 * 1024, FINAL = new Set(FINAL_STATUSES), DashboardState = class {
  stateDir;
  #dir;
  #logger;
  #isRunLive;
  #maxRuns;
  #maxSamples;
  #logOptions;
  #maxIdleLogTails;
  #pollMs;
  #livenessMs;
  #interruptedRecheckMs;
  #activeWindowMs;
  #hostSampleMs;
  #clock;
  #host;
  /** Start time of every journal file seen (read once from its first line). */
  #known = /* @__PURE__ */ new Map();
  #runs = /* @__PURE__ */ new Map();
  #tails = /* @__PURE__ */ new Map();
  #listeners = /* @__PURE__ */ new Set();
  /** The state directory as given and as resolved through symlinks. */
  #roots;
  #watcher = null;
  #pollTimer = null;
  #hostTimer = null;
  #debounce = null;
  #polling = null;
  #pollAgain = !1;
  #runsChanged = !1;
  #closed = !1;
  #liveCheckFailed = !1;
  #readBuffer = Buffer.allocUnsafe(READ_CHUNK);
  constructor(options) {
    if (!options.stateDir) throw new TypeError("dashboard: stateDir is required");
    let positive = (name, value, fallback) => {
      if (value === void 0) return fallback;
      if (!Number.isFinite(value) || value <= 0) throw new TypeError(`dashboard: ${name} must be a positive number, got ${value}`);
      return value;
    };
    this.stateDir = path.resolve(options.stateDir), this.#dir = journalDir(this.stateDir), this.#roots = [this.stateDir], this.#logger = options.logger, this.#isRunLive = options.isRunLive, this.#maxRuns = positive("maxRuns", options.maxRuns, 50), this.#maxSamples = Math.floor(positive("maxSamples", options.maxSamples, 120)), this.#logOptions = options.log ?? {}, this.#maxIdleLogTails = positive("maxIdleLogTails", options.maxIdleLogTails, 16), this.#pollMs = positive("pollMs", options.pollMs, 500), this.#livenessMs = positive("livenessMs", options.livenessMs, 2e3), this.#interruptedRecheckMs = positive("interruptedRecheckMs", options.interruptedRecheckMs, 3e4), this.#activeWindowMs = positive("activeWindowMs", options.activeWindowMs, 3e4), this.#hostSampleMs = positive("hostSampleMs", options.hostSampleMs, 1e3), this.#clock = options.clock ?? Date.now, this.#host = new HostSampler({ clock: this.#clock });
  }
  /** Loads the journals (and checks which unfinished runs are live), then follows them. */
  async start() {
    let real = await fsp.realpath(this.stateDir).catch(() => this.stateDir);
    real !== this.stateDir && this.#roots.push(real), await this.poll(), this.#pollTimer = setInterval(() => {
      this.poll();
    }, this.#pollMs), this.#pollTimer.unref(), this.#hostTimer = setInterval(() => this.#emit({ kind: "host", host: this.#host.sample() }), this.#hostSampleMs), this.#hostTimer.unref();
  }
  async close() {
    this.#closed = !0;
    for (let timer of [this.#pollTimer, this.#hostTimer, this.#debounce]) timer && clearInterval(timer);
    this.#watcher?.close(), this.#watcher = null, this.#listeners.clear(), await this.#polling;
  }
  onChange(listener) {
    return this.#listeners.add(listener), () => this.#listeners.delete(listener);
  }
  get host() {
    return this.#host.current;
  }
  get hostHistory() {
    return this.#host.history;
  }
  /** The runs, newest first. */
  listRuns() {
    let now = this.#clock();
    return [...this.#runs.values()].filter((run) => run.info !== null).sort((a, b) => b.sortKey - a.sortKey || (a.id < b.id ? 1 : -1)).map((run) => this.#summary(run, now));
  }
  getRun(runId) {
    let run = this.#runs.get(runId);
    if (run?.info)
      return {
        summary: this.#summary(run, this.#clock()),
        baseCommit: run.info.baseCommit,
        modeReason: run.info.modeReason ?? null,
        tasks: [...run.tasks.values()].map((t) => ({ ...t.view, samples: t.samples.toArray() }))
      };
  }
  hasTask(runId, taskId) {
    return this.#runs.get(runId)?.tasks.has(taskId) ?? !1;
  }
  /** The task's log tail, brought up to date. Undefined when there is no such task. */
  async readLog(runId, taskId) {
    if (!this.hasTask(runId, taskId)) return;
    let entry = this.#tail(runId, taskId);
    return entry ? (entry.usedAt = this.#clock(), await entry.tail.sync(this.#isFinal(runId, taskId)), this.#evictIdleTails(), { runId, taskId, lines: [...entry.tail.lines], truncated: entry.tail.truncated }) : { runId, taskId, lines: [], truncated: !1 };
  }
  /** Follows the task's log while pinned: appended lines arrive as `log` changes. Returns the unpin. */
  pinLog(runId, taskId) {
    let entry = this.#tail(runId, taskId);
    if (!entry) return () => {
    };
    entry.pins++;
    let pinned = !0;
    return () => {
      pinned && (pinned = !1, entry.pins--, entry.usedAt = this.#clock(), this.#evictIdleTails());
    };
  }
  /** One scan: new and removed journals, appended events, liveness, followed logs. Serialised. */
  poll() {
    return this.#polling ? (this.#pollAgain = !0, this.#polling) : (this.#polling = (async () => {
      try {
        do
          this.#pollAgain = !1, await this.#scan(), await this.#syncPinnedTails(), this.#runsChanged && (this.#runsChanged = !1, this.#emit({ kind: "runs" }));
        while (this.#pollAgain && !this.#closed);
      } catch (error) {
        this.#logger.warning(`dashboard: reading journals in ${this.#dir} failed: ${errorMessage(error)}`);
      } finally {
        this.#polling = null;
      }
    })(), this.#polling);
  }
  #emit(change) {
    for (let listener of this.#listeners)
      try {
        listener(change);
      } catch (error) {
        this.#logger.warning(`dashboard: change listener failed: ${errorMessage(error)}`);
      }
  }
  #ensureWatcher() {
    if (!(this.#watcher || this.#closed))
      try {
        this.#watcher = fs2.watch(this.#dir, { persistent: !1 }, () => this.#schedulePoll()), this.#watcher.on("error", () => {
          this.#watcher?.close(), this.#watcher = null;
        });
      } catch {
      }
  }
  #schedulePoll() {
    this.#debounce || this.#closed || (this.#debounce = setTimeout(() => {
      this.#debounce = null, this.poll();
    }, 20), this.#debounce.unref());
  }
  async #scan() {
    let names;
    try {
      names = (await fsp.readdir(this.#dir)).filter((n) => n.endsWith(JOURNAL_SUFFIX));
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
      names = [];
    }
    this.#ensureWatcher();
    let present = new Set(names);
    for (let name of this.#known.keys()) present.has(name) || this.#known.delete(name);
    for (let name of names) {
      if (this.#known.has(name)) continue;
      let startedAt = await this.#readStartTime(path.join(this.#dir, name));
      startedAt !== null && this.#known.set(name, startedAt);
    }
    let latest = [...this.#known.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1)).slice(0, this.#maxRuns).map(([name]) => name.slice(0, -JOURNAL_SUFFIX.length)), keep = new Set(latest);
    for (let id of [...this.#runs.keys()])
      if (!keep.has(id)) {
        this.#runs.delete(id);
        for (let [key, entry] of this.#tails) entry.runId === id && this.#tails.delete(key);
        this.#runsChanged = !0, this.#emit({ kind: "removed", runId: id });
      }
    let now = this.#clock();
    for (let id of latest) {
      let run = this.#runs.get(id);
      run || (run = newRunModel(id, path.join(this.#dir, id + JOURNAL_SUFFIX), this.#known.get(id + JOURNAL_SUFFIX) ?? 0), this.#runs.set(id, run)), (!run.finished || run.offset === 0) && await this.#readAppended(run), !run.finished && now >= run.nextLivenessAt && await this.#checkLiveness(run);
    }
  }
  /** The run's start from its first line (`run-started`), else the file's mtime; null while still empty. */
  async #readStartTime(file) {
    let handle;
    try {
      handle = await fsp.open(file, "r");
      let stat = await handle.stat();
      if (stat.size === 0) return null;
      let { bytesRead } = await handle.read(this.#readBuffer, 0, Math.min(stat.size, READ_CHUNK), 0), text = this.#readBuffer.toString("utf8", 0, bytesRead), nl = text.indexOf(`
`);
      if (nl >= 0)
        try {
          let event = JSON.parse(text.slice(0, nl));
          if (event.type === "run-started" && typeof event.run?.startedAt == "number") return event.run.startedAt;
        } catch {
        }
      else if (bytesRead < READ_CHUNK)
        return null;
      return stat.mtimeMs;
    } catch {
      return null;
    } finally {
      await handle?.close();
    }
  }
  async #readAppended(run) {
    let handle;
    try {
      handle = await fsp.open(run.file, "r");
    } catch {
      return;
    }
    try {
      let stat = await handle.stat();
      if ((stat.size < run.offset || run.ino !== -1 && stat.ino !== run.ino) && Object.assign(run, newRunModel(run.id, run.file, run.sortKey)), run.ino = stat.ino, stat.size === run.offset) return;
      let fresh = run.offset === 0, buffer = this.#readBuffer;
      for (; run.offset < stat.size; ) {
        let { bytesRead } = await handle.read(buffer, 0, Math.min(READ_CHUNK, stat.size - run.offset), run.offset);
        if (bytesRead === 0) break;
        run.offset += bytesRead;
        let lines = (run.partial + run.decoder.write(buffer.subarray(0, bytesRead))).split(`
`);
        run.partial = lines.pop() ?? "", run.partial.length > MAX_LINE && (run.partial = "");
        for (let line of lines) {
          if (!line.trim()) continue;
          let event;
          try {
            event = JSON.parse(line);
          } catch {
            continue;
          }
          this.#apply(run, event, !fresh);
        }
      }
      run.mtimeMs = stat.mtimeMs, this.#runsChanged = !0, !run.finished && !run.live && (run.nextLivenessAt = 0), fresh && this.#emit({ kind: "reset", runId: run.id });
    } finally {
      await handle.close();
    }
  }
  #apply(run, event, emit) {
    switch (typeof event?.at == "number" && event.at > run.lastEventAt && (run.lastEventAt = event.at), event?.type) {
      case "run-started": {
        run.info = event.run, run.sortKey = event.run.startedAt;
        for (let t of event.tasks ?? [])
          run.tasks.has(t.id) || run.tasks.set(t.id, { view: initialTaskView(t, event.run.startedAt), samples: new SampleRing(this.#maxSamples), logFile: null });
        break;
      }
      case "task-state": {
        let task = this.#task(run, event.taskId);
        task.view = taskViewFrom(event.record, event.status, task.view), typeof event.record?.logFile == "string" && (task.logFile = event.record.logFile), emit && this.#emit({ kind: "task", runId: run.id, taskId: event.taskId, task: task.view });
        break;
      }
      case "task-progress": {
        let task = this.#task(run, event.taskId);
        task.view = { ...task.view, progress: progressView(event.progress) }, emit && this.#emit({ kind: "task", runId: run.id, taskId: event.taskId, task: task.view });
        break;
      }
      case "task-sample": {
        let task = this.#task(run, event.taskId), sample = typeof event.attempt == "number" ? attemptsTogether(task, event.attempt, sampleView(event.sample)) : sampleView(event.sample);
        task.samples.push(sample), task.view.last = sample, emit && this.#emit({ kind: "sample", runId: run.id, taskId: event.taskId, sample });
        break;
      }
      case "egress-refused": {
        if (typeof event.taskId != "string") break;
        let task = this.#task(run, event.taskId), previous = task.view.egress ?? { allowed: 0, refused: 0, recent: [] };
        task.view = {
          ...task.view,
          egress: { allowed: previous.allowed, refused: previous.refused + 1, recent: [...previous.recent, refusalView(event.refusal)].slice(-RECENT_REFUSALS) }
        }, emit && this.#emit({ kind: "task", runId: run.id, taskId: event.taskId, task: task.view });
        break;
      }
      case "run-finished": {
        run.finished = !0, run.live = !1, run.finishedAt = event.result?.run?.finishedAt ?? event.at, run.metrics = metricsView(event.result);
        for (let record of event.result?.tasks ?? []) {
          let task = this.#task(run, record.id);
          task.view = taskViewFrom(record, record.status, task.view), typeof record.logFile == "string" && (task.logFile = record.logFile), emit && this.#emit({ kind: "task", runId: run.id, taskId: record.id, task: task.view });
        }
        break;
      }
      default:
        break;
    }
  }
  #task(run, taskId) {
    let task = run.tasks.get(taskId);
    return task || (task = {
      view: initialTaskView({ id: taskId, title: taskId, file: "", dependsOn: [], branch: null }, null),
      samples: new SampleRing(this.#maxSamples),
      logFile: null
    }, run.tasks.set(taskId, task)), task;
  }
  async #checkLiveness(run) {
    let now = this.#clock(), proc = run.info ? processState(run.info.pid, run.info.host, run.info.startedAt) : "unknown", live = proc === "alive";
    if (!live && this.#isRunLive)
      try {
        live = await this.#isRunLive(run.id);
      } catch (error) {
        this.#liveCheckFailed || this.#logger.warning(`dashboard: checking run '${run.id}' for live containers failed: ${errorMessage(error)}`), this.#liveCheckFailed = !0;
      }
    !live && proc === "unknown" && (live = now - run.mtimeMs < this.#activeWindowMs), !run.finished && (live !== run.live && (run.live = live, this.#runsChanged = !0), run.nextLivenessAt = now + (live ? this.#livenessMs : this.#interruptedRecheckMs));
  }
  #state(run) {
    return run.finished ? "finished" : run.live ? "running" : "interrupted";
  }
  #summary(run, now) {
    let info = run.info, state = this.#state(run), counts = {}, done = 0, running = 0, busyMs = 0, anyStarted = !1;
    for (let { view } of run.tasks.values())
      if (counts[view.status] = (counts[view.status] ?? 0) + 1, FINAL.has(view.status) && done++, view.status === "running" && running++, view.durationMs !== null)
        busyMs += view.durationMs, anyStarted = !0;
      else if (view.startedAt !== null && !FINAL.has(view.status)) {
        let end2 = state === "running" ? now : run.lastEventAt;
        busyMs += Math.max(0, end2 - view.startedAt), anyStarted = !0;
      }
    let end = run.finishedAt ?? (state === "running" ? now : run.lastEventAt), wallMs = Math.max(0, end - info.startedAt), concurrency = run.metrics ? run.metrics.concurrency : anyStarted && wallMs > 0 ? busyMs / wallMs : null, speedup = run.metrics ? run.metrics.speedup : null;
    return {
      id: run.id,
      repo: info.repo,
      repoName: path.basename(info.repo ?? "") || info.repo,
      issue: info.issue ?? null,
      baseRef: info.baseRef,
      host: info.host ?? null,
      startedAt: info.startedAt,
      finishedAt: run.finishedAt,
      lastEventAt: run.lastEventAt,
      state,
      mode: info.mode,
      maxParallel: info.maxParallel,
      tasksTotal: run.tasks.size,
      tasksDone: done,
      tasksRunning: running,
      counts,
      speedup,
      concurrency,
      wallMs: run.metrics?.wallMs ?? wallMs,
      metrics: run.metrics
    };
  }
  #isFinal(runId, taskId) {
    let run = this.#runs.get(runId), status = run?.tasks.get(taskId)?.view.status;
    return status !== void 0 && FINAL.has(status) || run !== void 0 && this.#state(run) !== "running";
  }
  /** Where a task's log is: its record's `logFile`, else the engine's layout `<runDir>/tasks/<id>/output.log`. */
  #logPath(run, taskId) {
    let task = run.tasks.get(taskId);
    if (!task) return null;
    let file = task.logFile ?? (run.info?.runDir ? path.join(run.info.runDir, "tasks", taskId, "output.log") : null);
    if (!file) return null;
    let resolved = path.resolve(file);
    return this.#roots.some((root) => resolved.startsWith(root + path.sep)) ? resolved : null;
  }
  #tail(runId, taskId) {
    let run = this.#runs.get(runId);
    if (!run) return;
    let file = this.#logPath(run, taskId);
    if (!file) return;
    let key = `${runId}\0${taskId}`, entry = this.#tails.get(key);
    return entry && entry.tail.file !== file && (entry.tail = this.#newTail(file, runId, taskId)), entry || (entry = { tail: this.#newTail(file, runId, taskId), runId, taskId, pins: 0, usedAt: this.#clock() }, this.#tails.set(key, entry)), entry;
  }
  #newTail(file, runId, taskId) {
    return new LogTail(file, {
      ...this.#logOptions,
      // Emitted in the same turn the tail changes, so a snapshot plus later changes never repeat a line.
      onUpdate: (update, tail) => {
        (update.reset || update.appended.length > 0) && this.#emit({ kind: "log", runId, taskId, reset: update.reset, truncated: tail.truncated, lines: update.appended });
      }
    });
  }
  async #syncPinnedTails() {
    for (let entry of this.#tails.values())
      entry.pins > 0 && await entry.tail.sync(this.#isFinal(entry.runId, entry.taskId));
  }
  #evictIdleTails() {
    let idle = [...this.#tails.entries()].filter(([, e]) => e.pins === 0).sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (let [key] of idle.slice(0, Math.max(0, idle.length - this.#maxIdleLogTails))) this.#tails.delete(key);
  }
};
function newRunModel(id, file, sortKey) {
  return {
    id,
    file,
    sortKey,
    info: null,
    tasks: /* @__PURE__ */ new Map(),
    finished: !1,
    finishedAt: null,
    metrics: null,
    live: !1,
    nextLivenessAt: 0,
    lastEventAt: 0,
    mtimeMs: 0,
    offset: 0,
    ino: -1,
    partial: "",
    decoder: new StringDecoder2("utf8")
  };
}
var num = (value) => typeof value == "number" && Number.isFinite(value) ? value : 0, numOrNull = (value) => typeof value == "number" && Number.isFinite(value) ? value : null, strOrNull = (value) => typeof value == "string" ? value : null;
function sampleView(sample) {
  return {
    at: num(sample?.at),
    cpu: Math.round(num(sample?.cpuPercent) * 10) / 10,
    mem: num(sample?.memoryBytes),
    pids: num(sample?.pids)
  };
}
var ATTEMPT_SAMPLE_TTL_MS = 3e3;
function attemptsTogether(task, attempt, sample) {
  let latest = task.attemptSamples ??= /* @__PURE__ */ new Map();
  latest.set(attempt, sample);
  let sum = { at: sample.at, cpu: 0, mem: 0, pids: 0 };
  for (let [k, s] of latest) {
    if (sample.at - s.at > ATTEMPT_SAMPLE_TTL_MS) {
      latest.delete(k);
      continue;
    }
    sum.cpu = Math.round((sum.cpu + s.cpu) * 10) / 10, sum.mem += s.mem, sum.pids += s.pids;
  }
  return sum;
}
function initialTaskView(task, queuedAt) {
  return {
    id: task.id,
    title: task.title ?? task.id,
    file: task.file ?? "",
    dependsOn: Array.isArray(task.dependsOn) ? task.dependsOn.filter((d) => typeof d == "string") : [],
    status: "queued",
    reason: null,
    exitCode: null,
    branch: strOrNull(task.branch),
    commit: null,
    prUrl: null,
    queuedAt,
    readyAt: null,
    startedAt: null,
    agentStartedAt: null,
    agentFinishedAt: null,
    finishedAt: null,
    durationMs: null,
    filesChanged: 0,
    insertions: 0,
    deletions: 0,
    cpu: null,
    memory: null,
    costUsd: null,
    turns: null,
    attempt: 0,
    last: null,
    progress: null,
    egress: null,
    verify: null,
    bestOf: null
  };
}
var RECENT_REFUSALS = 5;
function refusalView(refusal) {
  let host = strOrNull(refusal?.host) ?? "", port = num(refusal?.port), shown = host.includes(":") ? `[${host}]` : host;
  return { at: num(refusal?.at), destination: (port > 0 ? `${shown}:${port}` : shown).slice(0, 300), reason: (strOrNull(refusal?.reason) ?? "").slice(0, 40) };
}
function egressView(record, previous) {
  let egress = record.egress;
  if (!egress || typeof egress != "object") return previous;
  let refusals = Array.isArray(egress.refusals) ? egress.refusals : [];
  return { allowed: num(egress.allowed), refused: num(egress.refused), recent: refusals.slice(-RECENT_REFUSALS).map(refusalView) };
}
function taskViewFrom(record, status, previous) {
  let prUrl = strOrNull(record.prUrl);
  return {
    id: previous.id,
    title: strOrNull(record.title) ?? previous.title,
    file: strOrNull(record.file) ?? previous.file,
    dependsOn: Array.isArray(record.dependsOn) ? record.dependsOn.filter((d) => typeof d == "string") : previous.dependsOn,
    status,
    reason: strOrNull(record.reason),
    exitCode: numOrNull(record.exitCode),
    branch: strOrNull(record.branch) ?? previous.branch,
    commit: strOrNull(record.commit),
    prUrl: prUrl && /^https:\/\//.test(prUrl) ? prUrl : previous.prUrl,
    queuedAt: numOrNull(record.queuedAt) ?? previous.queuedAt,
    readyAt: numOrNull(record.readyAt),
    startedAt: numOrNull(record.startedAt),
    agentStartedAt: numOrNull(record.agentStartedAt),
    agentFinishedAt: numOrNull(record.agentFinishedAt),
    finishedAt: numOrNull(record.finishedAt),
    durationMs: numOrNull(record.durationMs),
    filesChanged: num(record.filesChanged),
    insertions: num(record.insertions),
    deletions: num(record.deletions),
    cpu: record.cpu ? { seconds: num(record.cpu.seconds), avgPercent: num(record.cpu.avgPercent), peakPercent: numOrNull(record.cpu.peakPercent) } : null,
    memory: record.memory ? { peakBytes: numOrNull(record.memory.peakBytes), limitBytes: numOrNull(record.memory.limitBytes) } : null,
    costUsd: numOrNull(taskCostUsd(record)),
    turns: numOrNull(record.agent?.turns),
    attempt: Array.isArray(record.attempts) ? record.attempts.length : previous.attempt,
    last: previous.last,
    progress: previous.progress,
    egress: egressView(record, previous.egress),
    verify: verifyView(record.verify),
    bestOf: bestOfView(record.bestOf)
  };
}
function verifyView(check) {
  return !check || typeof check != "object" ? null : check.passed === !0 ? "passed" : "failed";
}
var STATUSES = /* @__PURE__ */ new Set(["queued", "running", ...FINAL_STATUSES]);
function bestOfView(bestOf) {
  if (!bestOf || typeof bestOf != "object" || !Array.isArray(bestOf.attempts)) return null;
  let attempts = bestOf.attempts.slice(0, 16).map((a) => ({
    attempt: num(a?.attempt),
    status: STATUSES.has(a?.status) ? a.status : "queued",
    startedAt: numOrNull(a?.startedAt),
    agentStartedAt: numOrNull(a?.agentStartedAt),
    agentFinishedAt: numOrNull(a?.agentFinishedAt),
    finishedAt: numOrNull(a?.finishedAt),
    verify: verifyView(a?.verify),
    winner: a?.winner === !0
  }));
  return { count: num(bestOf.count), winner: numOrNull(bestOf.winner), attempts };
}
function progressView(progress) {
  if (!progress || typeof progress != "object") return null;
  let clip = (value, max) => typeof value == "string" ? stripControl(value).slice(0, max) : null, tool = progress.tool && typeof progress.tool == "object" ? { name: clip(progress.tool.name, 40) ?? "?", detail: clip(progress.tool.detail, 60), running: progress.tool.running === !0 } : null, retry = progress.retry && typeof progress.retry == "object" ? { attempt: num(progress.retry.attempt), maxRetries: numOrNull(progress.retry.maxRetries), status: numOrNull(progress.retry.status) } : null, t = progress.tokens, tokens = { input: num(t?.input), output: num(t?.output), cacheRead: num(t?.cacheRead), cacheCreation: num(t?.cacheCreation) }, clean = {
    turns: num(progress.turns),
    toolCalls: num(progress.toolCalls),
    tool,
    tokens,
    costUsd: numOrNull(progress.costUsd),
    final: progress.final === !0,
    retry,
    model: null
  };
  return {
    turns: clean.turns,
    toolCalls: clean.toolCalls,
    tool,
    tokens: tokens.input + tokens.output + tokens.cacheRead + tokens.cacheCreation,
    costUsd: clean.costUsd,
    final: clean.final,
    retry,
    text: formatAgentProgress(clean)
  };
}
function metricsView(result) {
  let run = result?.run;
  return run ? {
    wallMs: num(run.wallMs),
    sumTaskMs: num(run.sumTaskMs),
    // Results written before the estimate existed have no `concurrency`: their `speedup` was that ratio.
    speedup: run.concurrency === void 0 ? null : numOrNull(run.speedup),
    speedupMax: numOrNull(run.speedupMax),
    speedupNote: run.concurrency === void 0 ? "recorded before speedup estimates: sum of task time / wall time only" : typeof run.speedupNote == "string" ? run.speedupNote.slice(0, 300) : null,
    concurrency: num(run.concurrency ?? run.speedup),
    serialEstimateMs: numOrNull(run.serialEstimateMs),
    contentionMs: numOrNull(run.contentionMs),
    efficiency: num(run.efficiency),
    criticalPathMs: numOrNull(run.criticalPathMs),
    speedupBound: numOrNull(run.speedupBound),
    peakConcurrency: num(run.peakConcurrency),
    totalCostUsd: num(run.totalCostUsd)
  } : null;
}

// src/dashboard/server.ts
var MAX_BUFFERED = 8 * 1024 * 1024, MAX_PENDING_LOG_LINES = 500, HEARTBEAT_MS = 3e4, MIN_TOKEN_LENGTH = 16;
function isLoopbackHost(host) {
  let h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h === "::1") return !0;
  let v4 = h.startsWith("::ffff:") ? h.slice(7) : h;
  return net.isIPv4(v4) && v4.startsWith("127.");
}
async function startDashboard(options) {
  let host = options.host ?? "127.0.0.1", port = options.port ?? 8080, { logger } = options, token = options.token === void 0 || options.token === "" ? void 0 : options.token;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new TypeError(`dashboard: invalid port ${port}. Expected an integer from 0 to 65535.`);
  if (!isLoopbackHost(host) && !token)
    throw new Error(
      `dashboard: binding ${host} (not a loopback address) requires a token, or anyone who can reach the port reads every run and log. Pass --token (or set AGENT_FANOUT_DASHBOARD_TOKEN), or bind 127.0.0.1.`
    );
  if (token !== void 0 && token.length < MIN_TOKEN_LENGTH)
    throw new Error(`dashboard: the token is too short (${token.length} characters); use at least ${MIN_TOKEN_LENGTH}, e.g. \`openssl rand -hex 16\`.`);
  let pushMs = options.pushMs ?? 200;
  if (!Number.isFinite(pushMs) || pushMs <= 0) throw new TypeError(`dashboard: pushMs must be a positive number, got ${pushMs}`);
  let state = new DashboardState({ ...options.state, stateDir: options.stateDir, logger, isRunLive: options.isRunLive });
  await state.start();
  let tokenDigest = token ? createHash("sha256").update(token).digest() : null, authorized = (req, url2) => {
    if (!tokenDigest) return !0;
    let given = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "")?.[1] ?? url2.searchParams.get("token");
    return given ? timingSafeEqual(createHash("sha256").update(given).digest(), tokenDigest) : !1;
  }, hostAllowed = (req) => {
    if (tokenDigest) return !0;
    let header = req.headers.host ?? "", name = header.startsWith("[") ? header.slice(0, header.indexOf("]") + 1) : header.split(":")[0];
    return isLoopbackHost(name);
  }, server = http2.createServer((req, res) => {
    try {
      handleHttp(req, res);
    } catch (error) {
      logger.warning(`dashboard: ${req.method} ${req.url} failed: ${errorMessage(error)}`), res.headersSent ? res.destroy() : sendJson(res, 500, { error: "internal error" });
    }
  }), handleHttp = (req, res) => {
    let url2 = new URL(req.url ?? "/", "http://dashboard.invalid");
    if (!hostAllowed(req)) return sendJson(res, 403, { error: "forbidden host" });
    if (!authorized(req, url2)) return sendJson(res, 401, { error: "a valid token is required (Authorization: Bearer or ?token=)" }, { "www-authenticate": "Bearer" });
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "method not allowed" }, { allow: "GET, HEAD" });
    if (url2.pathname === "/" || url2.pathname === "/index.html") {
      let nonce = randomBytes(16).toString("base64");
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`
      }), res.end(req.method === "HEAD" ? void 0 : renderPage(nonce));
      return;
    }
    let parts = url2.pathname.split("/").filter(Boolean), segments;
    try {
      segments = parts.map((p) => decodeURIComponent(p));
    } catch {
      return sendJson(res, 400, { error: "bad path" });
    }
    if (segments[0] !== "api") return sendJson(res, 404, { error: "not found" });
    if (segments.length === 2 && segments[1] === "runs")
      return sendJson(res, 200, { serverTime: Date.now(), runs: state.listRuns() });
    if (segments.length === 2 && segments[1] === "host")
      return sendJson(res, 200, { host: state.host, history: state.hostHistory });
    if (segments.length === 3 && segments[1] === "runs") {
      let run = state.getRun(segments[2]);
      return run ? sendJson(res, 200, { serverTime: Date.now(), run }) : sendJson(res, 404, { error: `no run '${segments[2]}'` });
    }
    if (segments.length === 6 && segments[1] === "runs" && segments[3] === "tasks" && segments[5] === "log") {
      let [runId, taskId] = [segments[2], segments[4]];
      state.readLog(runId, taskId).then(
        (log) => log ? sendJson(res, 200, log) : sendJson(res, 404, { error: `no task '${taskId}' in run '${runId}'` }),
        (error) => {
          logger.warning(`dashboard: reading the log of task '${taskId}' failed: ${errorMessage(error)}`), sendJson(res, 500, { error: "internal error" });
        }
      );
      return;
    }
    return sendJson(res, 404, { error: "not found" });
  }, wss = new import_websocket_server.default({ noServer: !0, maxPayload: 4096 }), sessions = /* @__PURE__ */ new Set();
  server.on("upgrade", (req, socket, head) => {
    let url2 = new URL(req.url ?? "/", "http://dashboard.invalid"), refuse = (status, text) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r
Connection: close\r
Content-Length: 0\r
\r
`);
    };
    if (url2.pathname !== "/ws") return refuse(404, "Not Found");
    if (!hostAllowed(req)) return refuse(403, "Forbidden");
    if (!authorized(req, url2)) return refuse(401, "Unauthorized");
    let origin = req.headers.origin;
    if (origin !== void 0) {
      let originHost = "";
      try {
        originHost = new URL(origin).host;
      } catch {
      }
      if (originHost !== req.headers.host) return refuse(403, "Forbidden");
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws));
  });
  let send = (session, message) => {
    if (session.ws.readyState === session.ws.OPEN) {
      if (session.ws.bufferedAmount > MAX_BUFFERED) {
        logger.warning("dashboard: dropping a WebSocket client that does not keep up"), session.ws.terminate();
        return;
      }
      session.ws.send(JSON.stringify(message));
    }
  }, onConnection = (ws) => {
    let session = {
      ws,
      runId: null,
      taskId: null,
      unpinLog: () => {
      },
      seq: 0,
      alive: !0,
      runsDirty: !0,
      snapshot: !1,
      tasks: /* @__PURE__ */ new Map(),
      samples: /* @__PURE__ */ new Map(),
      log: null
    };
    sessions.add(session), ws.on("pong", () => session.alive = !0), ws.on("close", () => {
      sessions.delete(session), session.unpinLog();
    }), ws.on("error", () => ws.terminate()), ws.on("message", (data, isBinary) => {
      let message;
      try {
        message = JSON.parse(isBinary ? "" : data.toString());
      } catch {
        return send(session, { type: "error", message: "messages are JSON" });
      }
      if (message?.type !== "subscribe") return send(session, { type: "error", message: "unknown message type" });
      let runId = message.runId, taskId = message.taskId ?? null;
      if (!(runId === null || typeof runId == "string" && runId.length <= 200) || !(taskId === null || typeof taskId == "string" && taskId.length <= 200))
        return send(session, { type: "error", message: "subscribe: runId and taskId are strings or null" });
      subscribe(session, runId, runId === null ? null : taskId);
    }), send(session, { type: "hello", version: 1, serverTime: Date.now(), host: state.host, hostHistory: state.hostHistory }), flush(session);
  }, subscribe = async (session, runId, taskId) => {
    let seq = ++session.seq;
    if (session.unpinLog(), session.unpinLog = () => {
    }, session.runId = runId, session.taskId = taskId, session.tasks.clear(), session.samples.clear(), session.log = null, session.snapshot = runId !== null, runId !== null && taskId !== null && state.hasTask(runId, taskId)) {
      session.unpinLog = state.pinLog(runId, taskId);
      let view = await state.readLog(runId, taskId);
      if (seq !== session.seq) return;
      view && (session.log = { reset: !0, truncated: view.truncated, lines: view.lines });
    }
    flush(session);
  }, flush = (session) => {
    let now = Date.now();
    session.runsDirty && (session.runsDirty = !1, send(session, { type: "runs", serverTime: now, runs: state.listRuns() }));
    let runId = session.runId;
    if (runId !== null) {
      session.snapshot && (session.snapshot = !1, session.tasks.clear(), session.samples.clear(), send(session, { type: "run", serverTime: now, runId, run: state.getRun(runId) ?? null }));
      for (let task of session.tasks.values()) send(session, { type: "task", runId, task });
      session.tasks.clear();
      for (let [taskId, samples] of session.samples) send(session, { type: "samples", runId, taskId, samples });
      session.samples.clear(), session.log && session.taskId !== null && (send(session, { type: "log", runId, taskId: session.taskId, ...session.log }), session.log = null);
    }
  }, maxSamples = options.state?.maxSamples ?? 120, onChange = (change) => {
    if (change.kind === "host") {
      let anyRunning = state.listRuns().some((r) => r.state === "running");
      for (let session of sessions)
        send(session, { type: "host", host: change.host }), anyRunning && (session.runsDirty = !0);
      return;
    }
    for (let session of sessions) {
      if (change.kind === "runs") {
        session.runsDirty = !0;
        continue;
      }
      if (session.runId === change.runId)
        switch (change.kind) {
          case "reset":
          case "removed":
            session.snapshot = !0;
            break;
          case "task":
            session.snapshot || session.tasks.set(change.taskId, change.task);
            break;
          case "sample": {
            if (session.snapshot) break;
            let list = session.samples.get(change.taskId) ?? [];
            list.push(change.sample), list.length > maxSamples && list.shift(), session.samples.set(change.taskId, list);
            break;
          }
          case "log": {
            if (session.taskId !== change.taskId) break;
            change.reset || !session.log ? session.log = { reset: change.reset, truncated: change.truncated, lines: [...change.lines] } : (session.log.lines.push(...change.lines), session.log.truncated = change.truncated), session.log.lines.length > MAX_PENDING_LOG_LINES && session.log.lines.splice(0, session.log.lines.length - MAX_PENDING_LOG_LINES);
            break;
          }
        }
    }
  }, unsubscribeState = state.onChange(onChange), pushTimer = setInterval(() => {
    for (let session of sessions) flush(session);
  }, pushMs), heartbeat = setInterval(() => {
    for (let session of sessions) {
      if (!session.alive) {
        session.ws.terminate();
        continue;
      }
      session.alive = !1, session.ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    await new Promise((resolve, reject) => {
      server.once("error", reject), server.listen(port, host, () => {
        server.off("error", reject), resolve();
      });
    });
  } catch (error) {
    throw clearInterval(pushTimer), clearInterval(heartbeat), unsubscribeState(), await state.close(), new Error(`dashboard: cannot listen on ${host}:${port}: ${errorMessage(error)}`, { cause: error });
  }
  server.on("error", (error) => logger.warning(`dashboard: server error: ${error.message}`));
  let address = server.address(), url = `http://${host === "0.0.0.0" || host === "::" ? os2.hostname() : net.isIPv6(host) ? `[${host}]` : host}:${address.port}/`;
  logger.debug(`dashboard: serving ${state.stateDir} on ${host}:${address.port}`);
  let closing = null;
  return {
    url,
    host,
    port: address.port,
    close: () => (closing ??= (async () => {
      clearInterval(pushTimer), clearInterval(heartbeat), unsubscribeState();
      for (let session of sessions) session.ws.close(1001, "server shutting down");
      await new Promise((resolve) => {
        server.close(() => resolve()), server.closeAllConnections();
        for (let session of sessions) session.ws.terminate();
      }), wss.close(), await state.close();
    })(), closing)
  };
}
var SECURITY_HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY"
};
function sendJson(res, status, body, headers = {}) {
  let text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) }), res.end(res.req.method === "HEAD" ? void 0 : text);
}

// src/cli/dashboard.ts
var DASHBOARD_USAGE = `usage: agent-fanout dashboard [options]

Serves the live dashboard of the runs on this machine (their event journals in the state directory).

options:
  --host ADDR        address to bind (default 127.0.0.1); anything but loopback requires a token
  --port N           port (default 8080; 0 picks a free one)
  --token T          token required on every request (Authorization: Bearer T, or ?token=T);
                     prefer the AGENT_FANOUT_DASHBOARD_TOKEN variable: arguments are visible in ps
  --state-dir DIR    state directory (default $AGENT_FANOUT_HOME or ~/.agent-fanout)
  -h, --help         this help
`;
async function dashboardCommand(args, deps) {
  let { logger } = deps, env = deps.env ?? process.env, values;
  try {
    ({ values } = parseArgs({
      args,
      allowPositionals: !1,
      options: {
        host: { type: "string" },
        port: { type: "string" },
        token: { type: "string" },
        "state-dir": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (error) {
    return logger.error(`dashboard: ${errorMessage(error)}`), process.stderr.write(DASHBOARD_USAGE), 2;
  }
  if (values.help)
    return process.stdout.write(DASHBOARD_USAGE), 0;
  let port = 8080;
  if (values.port !== void 0 && (port = Number(values.port), !/^\d+$/.test(values.port) || port > 65535))
    return logger.error(`dashboard: invalid value '${values.port}' for --port. Expected a port number from 0 to 65535.`), 2;
  let token = values.token ?? (env.AGENT_FANOUT_DASHBOARD_TOKEN || void 0);
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  let stateDir = values["state-dir"] ?? defaultStateDir(env), dashboard;
  try {
    let isRunLive = deps.isRunLive ?? dockerRunLiveness({ env });
    dashboard = await startDashboard({ host: values.host, port, token, stateDir, logger, isRunLive });
  } catch (error) {
    return logger.error(errorMessage(error)), 1;
  }
  return logger.info(`agent-fanout dashboard: ${dashboard.url} (state directory ${stateDir})${token ? "; append ?token=<token> to open it in a browser" : ""}`), deps.onListening?.(dashboard.url, dashboard.port), await new Promise((resolve) => {
    let stop = () => {
      process.off("SIGINT", stop), process.off("SIGTERM", stop), deps.signal?.removeEventListener("abort", stop), resolve();
    };
    process.on("SIGINT", stop), process.on("SIGTERM", stop), deps.signal?.aborted ? stop() : deps.signal?.addEventListener("abort", stop);
  }), logger.info("agent-fanout dashboard: shutting down"), await dashboard.close(), 0;
}

export {
  dockerEndpoint,
  dockerRunLiveness,
  DashboardState,
  isLoopbackHost,
  startDashboard,
  DASHBOARD_USAGE,
  dashboardCommand
};
//# sourceMappingURL=chunk-5JOKTCBQ.js.map
