import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  containerLabels,
  orchestratorLabels,
  setLongTimeout,
  timerDelay
} from "./chunk-QY62O2KA.js";
import {
  silentLogger
} from "./chunk-XQPV4RL2.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-R53F5UBH.js";

// node_modules/docker-modem/lib/utils.js
var require_utils = __commonJS({
  "node_modules/docker-modem/lib/utils.js"(exports, module) {
    var arr = [], each = arr.forEach, slice = arr.slice;
    module.exports.extend = function(obj) {
      return each.call(slice.call(arguments, 1), function(source) {
        if (source)
          for (var prop in source)
            obj[prop] = source[prop];
      }), obj;
    };
    module.exports.parseJSON = function(s) {
      try {
        return JSON.parse(s);
      } catch {
        return null;
      }
    };
  }
});

// node_modules/docker-modem/lib/http.js
var require_http = __commonJS({
  "node_modules/docker-modem/lib/http.js"(exports, module) {
    var nativeHttps = __require("https"), nativeHttp = __require("http"), url = __require("url"), utils = require_utils(), maxRedirects = module.exports.maxRedirects = 5, protocols = {
      https: nativeHttps,
      http: nativeHttp
    };
    for (protocol in protocols)
      h = function() {
      }, h.prototype = protocols[protocol], h = new h(), h.request = /* @__PURE__ */ (function(h2) {
        return function(options, callback, redirectOptions) {
          redirectOptions = redirectOptions || {};
          var max = typeof options == "object" && "maxRedirects" in options ? options.maxRedirects : exports.maxRedirects, redirect = utils.extend({
            count: 0,
            max,
            clientRequest: null,
            userCallback: callback
          }, redirectOptions);
          if (redirect.count > redirect.max) {
            var err = new Error("Max redirects exceeded. To allow more redirects, pass options.maxRedirects property.");
            return redirect.clientRequest.emit("error", err), redirect.clientRequest;
          }
          redirect.count++;
          var reqUrl;
          typeof options == "string" ? reqUrl = options : reqUrl = url.format(utils.extend({
            protocol
          }, options));
          var clientRequest = Object.getPrototypeOf(h2).request(options, redirectCallback(reqUrl, redirect));
          redirect.clientRequest || (redirect.clientRequest = clientRequest);
          function redirectCallback(reqUrl2, redirect2) {
            return function(res) {
              if (res.statusCode < 300 || res.statusCode > 399 || !("location" in res.headers))
                return redirect2.userCallback(res);
              var redirectUrl = url.resolve(reqUrl2, res.headers.location), proto = url.parse(redirectUrl).protocol;
              return proto = proto.substr(0, proto.length - 1), module.exports[proto].get(redirectUrl, redirectCallback(reqUrl2, redirect2), redirect2);
            };
          }
          return clientRequest;
        };
      })(h), h.get = /* @__PURE__ */ (function(h2) {
        return function(options, cb, redirectOptions) {
          var req = h2.request(options, cb, redirectOptions);
          return req.end(), req;
        };
      })(h), module.exports[protocol] = h;
    var h, protocol;
  }
});

// src/core/stubs/ssh2.cjs
var require_ssh2 = __commonJS({
  "src/core/stubs/ssh2.cjs"(exports, module) {
    "use strict";
    var Client = class {
      constructor() {
        throw new Error("agent-fanout: DOCKER_HOST=ssh://\u2026 is not supported; use a Unix socket or tcp://");
      }
    };
    module.exports = { Client };
  }
});

// node_modules/docker-modem/lib/ssh.js
var require_ssh = __commonJS({
  "node_modules/docker-modem/lib/ssh.js"(exports, module) {
    var Client = require_ssh2().Client, http = __require("http");
    module.exports = function(opt) {
      var conn = new Client(), agent = new http.Agent();
      agent.createConnection = function(options, fn) {
        try {
          conn.once("ready", function() {
            conn.exec("docker system dial-stdio", function(err, stream) {
              err && handleError(err, fn), fn(null, stream), stream.addListener("error", (err2) => {
                handleError(err2, fn);
              }), stream.once("close", () => {
                conn.end(), agent.destroy();
              });
            });
          }).on("error", (err) => {
            handleError(err, fn);
          }).connect(opt), conn.once("end", () => agent.destroy());
        } catch (err) {
          handleError(err);
        }
      };
      function handleError(err, cb) {
        if (conn.end(), agent.destroy(), cb)
          cb(err);
        else
          throw err;
      }
      return agent;
    };
  }
});

// node_modules/readable-stream/lib/internal/streams/stream.js
var require_stream = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/stream.js"(exports, module) {
    module.exports = __require("stream");
  }
});

// node_modules/readable-stream/lib/internal/streams/buffer_list.js
var require_buffer_list = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/buffer_list.js"(exports, module) {
    "use strict";
    function ownKeys(object, enumerableOnly) {
      var keys = Object.keys(object);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object);
        enumerableOnly && (symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object, sym).enumerable;
        })), keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i] != null ? arguments[i] : {};
        i % 2 ? ownKeys(Object(source), !0).forEach(function(key) {
          _defineProperty(target, key, source[key]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(target, Object.getOwnPropertyDescriptors(source)) : ownKeys(Object(source)).forEach(function(key) {
          Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(source, key));
        });
      }
      return target;
    }
    function _defineProperty(obj, key, value) {
      return key = _toPropertyKey(key), key in obj ? Object.defineProperty(obj, key, { value, enumerable: !0, configurable: !0, writable: !0 }) : obj[key] = value, obj;
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor))
        throw new TypeError("Cannot call a class as a function");
    }
    function _defineProperties(target, props) {
      for (var i = 0; i < props.length; i++) {
        var descriptor = props[i];
        descriptor.enumerable = descriptor.enumerable || !1, descriptor.configurable = !0, "value" in descriptor && (descriptor.writable = !0), Object.defineProperty(target, _toPropertyKey(descriptor.key), descriptor);
      }
    }
    function _createClass(Constructor, protoProps, staticProps) {
      return protoProps && _defineProperties(Constructor.prototype, protoProps), staticProps && _defineProperties(Constructor, staticProps), Object.defineProperty(Constructor, "prototype", { writable: !1 }), Constructor;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key == "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input != "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res != "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var _require = __require("buffer"), Buffer2 = _require.Buffer, _require2 = __require("util"), inspect = _require2.inspect, custom = inspect && inspect.custom || "inspect";
    function copyBuffer(src, target, offset) {
      Buffer2.prototype.copy.call(src, target, offset);
    }
    module.exports = /* @__PURE__ */ (function() {
      function BufferList() {
        _classCallCheck(this, BufferList), this.head = null, this.tail = null, this.length = 0;
      }
      return _createClass(BufferList, [{
        key: "push",
        value: function(v) {
          var entry = {
            data: v,
            next: null
          };
          this.length > 0 ? this.tail.next = entry : this.head = entry, this.tail = entry, ++this.length;
        }
      }, {
        key: "unshift",
        value: function(v) {
          var entry = {
            data: v,
            next: this.head
          };
          this.length === 0 && (this.tail = entry), this.head = entry, ++this.length;
        }
      }, {
        key: "shift",
        value: function() {
          if (this.length !== 0) {
            var ret = this.head.data;
            return this.length === 1 ? this.head = this.tail = null : this.head = this.head.next, --this.length, ret;
          }
        }
      }, {
        key: "clear",
        value: function() {
          this.head = this.tail = null, this.length = 0;
        }
      }, {
        key: "join",
        value: function(s) {
          if (this.length === 0) return "";
          for (var p = this.head, ret = "" + p.data; p = p.next; ) ret += s + p.data;
          return ret;
        }
      }, {
        key: "concat",
        value: function(n) {
          if (this.length === 0) return Buffer2.alloc(0);
          for (var ret = Buffer2.allocUnsafe(n >>> 0), p = this.head, i = 0; p; )
            copyBuffer(p.data, ret, i), i += p.data.length, p = p.next;
          return ret;
        }
        // Consumes a specified amount of bytes or characters from the buffered data.
      }, {
        key: "consume",
        value: function(n, hasStrings) {
          var ret;
          return n < this.head.data.length ? (ret = this.head.data.slice(0, n), this.head.data = this.head.data.slice(n)) : n === this.head.data.length ? ret = this.shift() : ret = hasStrings ? this._getString(n) : this._getBuffer(n), ret;
        }
      }, {
        key: "first",
        value: function() {
          return this.head.data;
        }
        // Consumes a specified amount of characters from the buffered data.
      }, {
        key: "_getString",
        value: function(n) {
          var p = this.head, c = 1, ret = p.data;
          for (n -= ret.length; p = p.next; ) {
            var str = p.data, nb = n > str.length ? str.length : n;
            if (nb === str.length ? ret += str : ret += str.slice(0, n), n -= nb, n === 0) {
              nb === str.length ? (++c, p.next ? this.head = p.next : this.head = this.tail = null) : (this.head = p, p.data = str.slice(nb));
              break;
            }
            ++c;
          }
          return this.length -= c, ret;
        }
        // Consumes a specified amount of bytes from the buffered data.
      }, {
        key: "_getBuffer",
        value: function(n) {
          var ret = Buffer2.allocUnsafe(n), p = this.head, c = 1;
          for (p.data.copy(ret), n -= p.data.length; p = p.next; ) {
            var buf = p.data, nb = n > buf.length ? buf.length : n;
            if (buf.copy(ret, ret.length - n, 0, nb), n -= nb, n === 0) {
              nb === buf.length ? (++c, p.next ? this.head = p.next : this.head = this.tail = null) : (this.head = p, p.data = buf.slice(nb));
              break;
            }
            ++c;
          }
          return this.length -= c, ret;
        }
        // Make sure the linked list only shows the minimal necessary information.
      }, {
        key: custom,
        value: function(_, options) {
          return inspect(this, _objectSpread(_objectSpread({}, options), {}, {
            // Only inspect one level.
            depth: 0,
            // It should not recurse.
            customInspect: !1
          }));
        }
      }]), BufferList;
    })();
  }
});

// node_modules/readable-stream/lib/internal/streams/destroy.js
var require_destroy = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/destroy.js"(exports, module) {
    "use strict";
    function destroy(err, cb) {
      var _this = this, readableDestroyed = this._readableState && this._readableState.destroyed, writableDestroyed = this._writableState && this._writableState.destroyed;
      return readableDestroyed || writableDestroyed ? (cb ? cb(err) : err && (this._writableState ? this._writableState.errorEmitted || (this._writableState.errorEmitted = !0, process.nextTick(emitErrorNT, this, err)) : process.nextTick(emitErrorNT, this, err)), this) : (this._readableState && (this._readableState.destroyed = !0), this._writableState && (this._writableState.destroyed = !0), this._destroy(err || null, function(err2) {
        !cb && err2 ? _this._writableState ? _this._writableState.errorEmitted ? process.nextTick(emitCloseNT, _this) : (_this._writableState.errorEmitted = !0, process.nextTick(emitErrorAndCloseNT, _this, err2)) : process.nextTick(emitErrorAndCloseNT, _this, err2) : cb ? (process.nextTick(emitCloseNT, _this), cb(err2)) : process.nextTick(emitCloseNT, _this);
      }), this);
    }
    function emitErrorAndCloseNT(self2, err) {
      emitErrorNT(self2, err), emitCloseNT(self2);
    }
    function emitCloseNT(self2) {
      self2._writableState && !self2._writableState.emitClose || self2._readableState && !self2._readableState.emitClose || self2.emit("close");
    }
    function undestroy() {
      this._readableState && (this._readableState.destroyed = !1, this._readableState.reading = !1, this._readableState.ended = !1, this._readableState.endEmitted = !1), this._writableState && (this._writableState.destroyed = !1, this._writableState.ended = !1, this._writableState.ending = !1, this._writableState.finalCalled = !1, this._writableState.prefinished = !1, this._writableState.finished = !1, this._writableState.errorEmitted = !1);
    }
    function emitErrorNT(self2, err) {
      self2.emit("error", err);
    }
    function errorOrDestroy(stream, err) {
      var rState = stream._readableState, wState = stream._writableState;
      rState && rState.autoDestroy || wState && wState.autoDestroy ? stream.destroy(err) : stream.emit("error", err);
    }
    module.exports = {
      destroy,
      undestroy,
      errorOrDestroy
    };
  }
});

// node_modules/readable-stream/errors.js
var require_errors = __commonJS({
  "node_modules/readable-stream/errors.js"(exports, module) {
    "use strict";
    var codes = {};
    function createErrorType(code, message, Base) {
      Base || (Base = Error);
      function getMessage(arg1, arg2, arg3) {
        return typeof message == "string" ? message : message(arg1, arg2, arg3);
      }
      class NodeError extends Base {
        constructor(arg1, arg2, arg3) {
          super(getMessage(arg1, arg2, arg3));
        }
      }
      NodeError.prototype.name = Base.name, NodeError.prototype.code = code, codes[code] = NodeError;
    }
    function oneOf(expected, thing) {
      if (Array.isArray(expected)) {
        let len = expected.length;
        return expected = expected.map((i) => String(i)), len > 2 ? `one of ${thing} ${expected.slice(0, len - 1).join(", ")}, or ` + expected[len - 1] : len === 2 ? `one of ${thing} ${expected[0]} or ${expected[1]}` : `of ${thing} ${expected[0]}`;
      } else
        return `of ${thing} ${String(expected)}`;
    }
    function startsWith(str, search, pos) {
      return str.substr(!pos || pos < 0 ? 0 : +pos, search.length) === search;
    }
    function endsWith(str, search, this_len) {
      return (this_len === void 0 || this_len > str.length) && (this_len = str.length), str.substring(this_len - search.length, this_len) === search;
    }
    function includes(str, search, start) {
      return typeof start != "number" && (start = 0), start + search.length > str.length ? !1 : str.indexOf(search, start) !== -1;
    }
    createErrorType("ERR_INVALID_OPT_VALUE", function(name, value) {
      return 'The value "' + value + '" is invalid for option "' + name + '"';
    }, TypeError);
    createErrorType("ERR_INVALID_ARG_TYPE", function(name, expected, actual) {
      let determiner;
      typeof expected == "string" && startsWith(expected, "not ") ? (determiner = "must not be", expected = expected.replace(/^not /, "")) : determiner = "must be";
      let msg;
      if (endsWith(name, " argument"))
        msg = `The ${name} ${determiner} ${oneOf(expected, "type")}`;
      else {
        let type = includes(name, ".") ? "property" : "argument";
        msg = `The "${name}" ${type} ${determiner} ${oneOf(expected, "type")}`;
      }
      return msg += `. Received type ${typeof actual}`, msg;
    }, TypeError);
    createErrorType("ERR_STREAM_PUSH_AFTER_EOF", "stream.push() after EOF");
    createErrorType("ERR_METHOD_NOT_IMPLEMENTED", function(name) {
      return "The " + name + " method is not implemented";
    });
    createErrorType("ERR_STREAM_PREMATURE_CLOSE", "Premature close");
    createErrorType("ERR_STREAM_DESTROYED", function(name) {
      return "Cannot call " + name + " after a stream was destroyed";
    });
    createErrorType("ERR_MULTIPLE_CALLBACK", "Callback called multiple times");
    createErrorType("ERR_STREAM_CANNOT_PIPE", "Cannot pipe, not readable");
    createErrorType("ERR_STREAM_WRITE_AFTER_END", "write after end");
    createErrorType("ERR_STREAM_NULL_VALUES", "May not write null values to stream", TypeError);
    createErrorType("ERR_UNKNOWN_ENCODING", function(arg) {
      return "Unknown encoding: " + arg;
    }, TypeError);
    createErrorType("ERR_STREAM_UNSHIFT_AFTER_END_EVENT", "stream.unshift() after end event");
    module.exports.codes = codes;
  }
});

// node_modules/readable-stream/lib/internal/streams/state.js
var require_state = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/state.js"(exports, module) {
    "use strict";
    var ERR_INVALID_OPT_VALUE = require_errors().codes.ERR_INVALID_OPT_VALUE;
    function highWaterMarkFrom(options, isDuplex, duplexKey) {
      return options.highWaterMark != null ? options.highWaterMark : isDuplex ? options[duplexKey] : null;
    }
    function getHighWaterMark(state, options, duplexKey, isDuplex) {
      var hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
      if (hwm != null) {
        if (!(isFinite(hwm) && Math.floor(hwm) === hwm) || hwm < 0) {
          var name = isDuplex ? duplexKey : "highWaterMark";
          throw new ERR_INVALID_OPT_VALUE(name, hwm);
        }
        return Math.floor(hwm);
      }
      return state.objectMode ? 16 : 16 * 1024;
    }
    module.exports = {
      getHighWaterMark
    };
  }
});

// node_modules/inherits/inherits_browser.js
var require_inherits_browser = __commonJS({
  "node_modules/inherits/inherits_browser.js"(exports, module) {
    typeof Object.create == "function" ? module.exports = function(ctor, superCtor) {
      superCtor && (ctor.super_ = superCtor, ctor.prototype = Object.create(superCtor.prototype, {
        constructor: {
          value: ctor,
          enumerable: !1,
          writable: !0,
          configurable: !0
        }
      }));
    } : module.exports = function(ctor, superCtor) {
      if (superCtor) {
        ctor.super_ = superCtor;
        var TempCtor = function() {
        };
        TempCtor.prototype = superCtor.prototype, ctor.prototype = new TempCtor(), ctor.prototype.constructor = ctor;
      }
    };
  }
});

// node_modules/inherits/inherits.js
var require_inherits = __commonJS({
  "node_modules/inherits/inherits.js"(exports, module) {
    try {
      if (util = __require("util"), typeof util.inherits != "function") throw "";
      module.exports = util.inherits;
    } catch {
      module.exports = require_inherits_browser();
    }
    var util;
  }
});

// node_modules/util-deprecate/node.js
var require_node = __commonJS({
  "node_modules/util-deprecate/node.js"(exports, module) {
    module.exports = __require("util").deprecate;
  }
});

// node_modules/readable-stream/lib/_stream_writable.js
var require_stream_writable = __commonJS({
  "node_modules/readable-stream/lib/_stream_writable.js"(exports, module) {
    "use strict";
    module.exports = Writable2;
    function CorkedRequest(state) {
      var _this = this;
      this.next = null, this.entry = null, this.finish = function() {
        onCorkedFinish(_this, state);
      };
    }
    var Duplex;
    Writable2.WritableState = WritableState;
    var internalUtil = {
      deprecate: require_node()
    }, Stream = require_stream(), Buffer2 = __require("buffer").Buffer, OurUint8Array = (typeof global < "u" ? global : typeof window < "u" ? window : typeof self < "u" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk) {
      return Buffer2.from(chunk);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var destroyImpl = require_destroy(), _require = require_state(), getHighWaterMark = _require.getHighWaterMark, _require$codes = require_errors().codes, ERR_INVALID_ARG_TYPE = _require$codes.ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK = _require$codes.ERR_MULTIPLE_CALLBACK, ERR_STREAM_CANNOT_PIPE = _require$codes.ERR_STREAM_CANNOT_PIPE, ERR_STREAM_DESTROYED = _require$codes.ERR_STREAM_DESTROYED, ERR_STREAM_NULL_VALUES = _require$codes.ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END = _require$codes.ERR_STREAM_WRITE_AFTER_END, ERR_UNKNOWN_ENCODING = _require$codes.ERR_UNKNOWN_ENCODING, errorOrDestroy = destroyImpl.errorOrDestroy;
    require_inherits()(Writable2, Stream);
    function nop() {
    }
    function WritableState(options, stream, isDuplex) {
      Duplex = Duplex || require_stream_duplex(), options = options || {}, typeof isDuplex != "boolean" && (isDuplex = stream instanceof Duplex), this.objectMode = !!options.objectMode, isDuplex && (this.objectMode = this.objectMode || !!options.writableObjectMode), this.highWaterMark = getHighWaterMark(this, options, "writableHighWaterMark", isDuplex), this.finalCalled = !1, this.needDrain = !1, this.ending = !1, this.ended = !1, this.finished = !1, this.destroyed = !1;
      var noDecode = options.decodeStrings === !1;
      this.decodeStrings = !noDecode, this.defaultEncoding = options.defaultEncoding || "utf8", this.length = 0, this.writing = !1, this.corked = 0, this.sync = !0, this.bufferProcessing = !1, this.onwrite = function(er) {
        onwrite(stream, er);
      }, this.writecb = null, this.writelen = 0, this.bufferedRequest = null, this.lastBufferedRequest = null, this.pendingcb = 0, this.prefinished = !1, this.errorEmitted = !1, this.emitClose = options.emitClose !== !1, this.autoDestroy = !!options.autoDestroy, this.bufferedRequestCount = 0, this.corkedRequestsFree = new CorkedRequest(this);
    }
    WritableState.prototype.getBuffer = function() {
      for (var current = this.bufferedRequest, out = []; current; )
        out.push(current), current = current.next;
      return out;
    };
    (function() {
      try {
        Object.defineProperty(WritableState.prototype, "buffer", {
          get: internalUtil.deprecate(function() {
            return this.getBuffer();
          }, "_writableState.buffer is deprecated. Use _writableState.getBuffer instead.", "DEP0003")
        });
      } catch {
      }
    })();
    var realHasInstance;
    typeof Symbol == "function" && Symbol.hasInstance && typeof Function.prototype[Symbol.hasInstance] == "function" ? (realHasInstance = Function.prototype[Symbol.hasInstance], Object.defineProperty(Writable2, Symbol.hasInstance, {
      value: function(object) {
        return realHasInstance.call(this, object) ? !0 : this !== Writable2 ? !1 : object && object._writableState instanceof WritableState;
      }
    })) : realHasInstance = function(object) {
      return object instanceof this;
    };
    function Writable2(options) {
      Duplex = Duplex || require_stream_duplex();
      var isDuplex = this instanceof Duplex;
      if (!isDuplex && !realHasInstance.call(Writable2, this)) return new Writable2(options);
      this._writableState = new WritableState(options, this, isDuplex), this.writable = !0, options && (typeof options.write == "function" && (this._write = options.write), typeof options.writev == "function" && (this._writev = options.writev), typeof options.destroy == "function" && (this._destroy = options.destroy), typeof options.final == "function" && (this._final = options.final)), Stream.call(this);
    }
    Writable2.prototype.pipe = function() {
      errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
    };
    function writeAfterEnd(stream, cb) {
      var er = new ERR_STREAM_WRITE_AFTER_END();
      errorOrDestroy(stream, er), process.nextTick(cb, er);
    }
    function validChunk(stream, state, chunk, cb) {
      var er;
      return chunk === null ? er = new ERR_STREAM_NULL_VALUES() : typeof chunk != "string" && !state.objectMode && (er = new ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer"], chunk)), er ? (errorOrDestroy(stream, er), process.nextTick(cb, er), !1) : !0;
    }
    Writable2.prototype.write = function(chunk, encoding, cb) {
      var state = this._writableState, ret = !1, isBuf = !state.objectMode && _isUint8Array(chunk);
      return isBuf && !Buffer2.isBuffer(chunk) && (chunk = _uint8ArrayToBuffer(chunk)), typeof encoding == "function" && (cb = encoding, encoding = null), isBuf ? encoding = "buffer" : encoding || (encoding = state.defaultEncoding), typeof cb != "function" && (cb = nop), state.ending ? writeAfterEnd(this, cb) : (isBuf || validChunk(this, state, chunk, cb)) && (state.pendingcb++, ret = writeOrBuffer(this, state, isBuf, chunk, encoding, cb)), ret;
    };
    Writable2.prototype.cork = function() {
      this._writableState.corked++;
    };
    Writable2.prototype.uncork = function() {
      var state = this._writableState;
      state.corked && (state.corked--, !state.writing && !state.corked && !state.bufferProcessing && state.bufferedRequest && clearBuffer(this, state));
    };
    Writable2.prototype.setDefaultEncoding = function(encoding) {
      if (typeof encoding == "string" && (encoding = encoding.toLowerCase()), !(["hex", "utf8", "utf-8", "ascii", "binary", "base64", "ucs2", "ucs-2", "utf16le", "utf-16le", "raw"].indexOf((encoding + "").toLowerCase()) > -1)) throw new ERR_UNKNOWN_ENCODING(encoding);
      return this._writableState.defaultEncoding = encoding, this;
    };
    Object.defineProperty(Writable2.prototype, "writableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._writableState && this._writableState.getBuffer();
      }
    });
    function decodeChunk(state, chunk, encoding) {
      return !state.objectMode && state.decodeStrings !== !1 && typeof chunk == "string" && (chunk = Buffer2.from(chunk, encoding)), chunk;
    }
    Object.defineProperty(Writable2.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._writableState.highWaterMark;
      }
    });
    function writeOrBuffer(stream, state, isBuf, chunk, encoding, cb) {
      if (!isBuf) {
        var newChunk = decodeChunk(state, chunk, encoding);
        chunk !== newChunk && (isBuf = !0, encoding = "buffer", chunk = newChunk);
      }
      var len = state.objectMode ? 1 : chunk.length;
      state.length += len;
      var ret = state.length < state.highWaterMark;
      if (ret || (state.needDrain = !0), state.writing || state.corked) {
        var last = state.lastBufferedRequest;
        state.lastBufferedRequest = {
          chunk,
          encoding,
          isBuf,
          callback: cb,
          next: null
        }, last ? last.next = state.lastBufferedRequest : state.bufferedRequest = state.lastBufferedRequest, state.bufferedRequestCount += 1;
      } else
        doWrite(stream, state, !1, len, chunk, encoding, cb);
      return ret;
    }
    function doWrite(stream, state, writev, len, chunk, encoding, cb) {
      state.writelen = len, state.writecb = cb, state.writing = !0, state.sync = !0, state.destroyed ? state.onwrite(new ERR_STREAM_DESTROYED("write")) : writev ? stream._writev(chunk, state.onwrite) : stream._write(chunk, encoding, state.onwrite), state.sync = !1;
    }
    function onwriteError(stream, state, sync, er, cb) {
      --state.pendingcb, sync ? (process.nextTick(cb, er), process.nextTick(finishMaybe, stream, state), stream._writableState.errorEmitted = !0, errorOrDestroy(stream, er)) : (cb(er), stream._writableState.errorEmitted = !0, errorOrDestroy(stream, er), finishMaybe(stream, state));
    }
    function onwriteStateUpdate(state) {
      state.writing = !1, state.writecb = null, state.length -= state.writelen, state.writelen = 0;
    }
    function onwrite(stream, er) {
      var state = stream._writableState, sync = state.sync, cb = state.writecb;
      if (typeof cb != "function") throw new ERR_MULTIPLE_CALLBACK();
      if (onwriteStateUpdate(state), er) onwriteError(stream, state, sync, er, cb);
      else {
        var finished2 = needFinish(state) || stream.destroyed;
        !finished2 && !state.corked && !state.bufferProcessing && state.bufferedRequest && clearBuffer(stream, state), sync ? process.nextTick(afterWrite, stream, state, finished2, cb) : afterWrite(stream, state, finished2, cb);
      }
    }
    function afterWrite(stream, state, finished2, cb) {
      finished2 || onwriteDrain(stream, state), state.pendingcb--, cb(), finishMaybe(stream, state);
    }
    function onwriteDrain(stream, state) {
      state.length === 0 && state.needDrain && (state.needDrain = !1, stream.emit("drain"));
    }
    function clearBuffer(stream, state) {
      state.bufferProcessing = !0;
      var entry = state.bufferedRequest;
      if (stream._writev && entry && entry.next) {
        var l = state.bufferedRequestCount, buffer = new Array(l), holder = state.corkedRequestsFree;
        holder.entry = entry;
        for (var count = 0, allBuffers = !0; entry; )
          buffer[count] = entry, entry.isBuf || (allBuffers = !1), entry = entry.next, count += 1;
        buffer.allBuffers = allBuffers, doWrite(stream, state, !0, state.length, buffer, "", holder.finish), state.pendingcb++, state.lastBufferedRequest = null, holder.next ? (state.corkedRequestsFree = holder.next, holder.next = null) : state.corkedRequestsFree = new CorkedRequest(state), state.bufferedRequestCount = 0;
      } else {
        for (; entry; ) {
          var chunk = entry.chunk, encoding = entry.encoding, cb = entry.callback, len = state.objectMode ? 1 : chunk.length;
          if (doWrite(stream, state, !1, len, chunk, encoding, cb), entry = entry.next, state.bufferedRequestCount--, state.writing)
            break;
        }
        entry === null && (state.lastBufferedRequest = null);
      }
      state.bufferedRequest = entry, state.bufferProcessing = !1;
    }
    Writable2.prototype._write = function(chunk, encoding, cb) {
      cb(new ERR_METHOD_NOT_IMPLEMENTED("_write()"));
    };
    Writable2.prototype._writev = null;
    Writable2.prototype.end = function(chunk, encoding, cb) {
      var state = this._writableState;
      return typeof chunk == "function" ? (cb = chunk, chunk = null, encoding = null) : typeof encoding == "function" && (cb = encoding, encoding = null), chunk != null && this.write(chunk, encoding), state.corked && (state.corked = 1, this.uncork()), state.ending || endWritable(this, state, cb), this;
    };
    Object.defineProperty(Writable2.prototype, "writableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._writableState.length;
      }
    });
    function needFinish(state) {
      return state.ending && state.length === 0 && state.bufferedRequest === null && !state.finished && !state.writing;
    }
    function callFinal(stream, state) {
      stream._final(function(err) {
        state.pendingcb--, err && errorOrDestroy(stream, err), state.prefinished = !0, stream.emit("prefinish"), finishMaybe(stream, state);
      });
    }
    function prefinish(stream, state) {
      !state.prefinished && !state.finalCalled && (typeof stream._final == "function" && !state.destroyed ? (state.pendingcb++, state.finalCalled = !0, process.nextTick(callFinal, stream, state)) : (state.prefinished = !0, stream.emit("prefinish")));
    }
    function finishMaybe(stream, state) {
      var need = needFinish(state);
      if (need && (prefinish(stream, state), state.pendingcb === 0 && (state.finished = !0, stream.emit("finish"), state.autoDestroy))) {
        var rState = stream._readableState;
        (!rState || rState.autoDestroy && rState.endEmitted) && stream.destroy();
      }
      return need;
    }
    function endWritable(stream, state, cb) {
      state.ending = !0, finishMaybe(stream, state), cb && (state.finished ? process.nextTick(cb) : stream.once("finish", cb)), state.ended = !0, stream.writable = !1;
    }
    function onCorkedFinish(corkReq, state, err) {
      var entry = corkReq.entry;
      for (corkReq.entry = null; entry; ) {
        var cb = entry.callback;
        state.pendingcb--, cb(err), entry = entry.next;
      }
      state.corkedRequestsFree.next = corkReq;
    }
    Object.defineProperty(Writable2.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._writableState === void 0 ? !1 : this._writableState.destroyed;
      },
      set: function(value) {
        this._writableState && (this._writableState.destroyed = value);
      }
    });
    Writable2.prototype.destroy = destroyImpl.destroy;
    Writable2.prototype._undestroy = destroyImpl.undestroy;
    Writable2.prototype._destroy = function(err, cb) {
      cb(err);
    };
  }
});

// node_modules/readable-stream/lib/_stream_duplex.js
var require_stream_duplex = __commonJS({
  "node_modules/readable-stream/lib/_stream_duplex.js"(exports, module) {
    "use strict";
    var objectKeys = Object.keys || function(obj) {
      var keys2 = [];
      for (var key in obj) keys2.push(key);
      return keys2;
    };
    module.exports = Duplex;
    var Readable = require_stream_readable(), Writable2 = require_stream_writable();
    require_inherits()(Duplex, Readable);
    for (keys = objectKeys(Writable2.prototype), v = 0; v < keys.length; v++)
      method = keys[v], Duplex.prototype[method] || (Duplex.prototype[method] = Writable2.prototype[method]);
    var keys, method, v;
    function Duplex(options) {
      if (!(this instanceof Duplex)) return new Duplex(options);
      Readable.call(this, options), Writable2.call(this, options), this.allowHalfOpen = !0, options && (options.readable === !1 && (this.readable = !1), options.writable === !1 && (this.writable = !1), options.allowHalfOpen === !1 && (this.allowHalfOpen = !1, this.once("end", onend)));
    }
    Object.defineProperty(Duplex.prototype, "writableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._writableState.highWaterMark;
      }
    });
    Object.defineProperty(Duplex.prototype, "writableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._writableState && this._writableState.getBuffer();
      }
    });
    Object.defineProperty(Duplex.prototype, "writableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._writableState.length;
      }
    });
    function onend() {
      this._writableState.ended || process.nextTick(onEndNT, this);
    }
    function onEndNT(self2) {
      self2.end();
    }
    Object.defineProperty(Duplex.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._readableState === void 0 || this._writableState === void 0 ? !1 : this._readableState.destroyed && this._writableState.destroyed;
      },
      set: function(value) {
        this._readableState === void 0 || this._writableState === void 0 || (this._readableState.destroyed = value, this._writableState.destroyed = value);
      }
    });
  }
});

// node_modules/safe-buffer/index.js
var require_safe_buffer = __commonJS({
  "node_modules/safe-buffer/index.js"(exports, module) {
    var buffer = __require("buffer"), Buffer2 = buffer.Buffer;
    function copyProps(src, dst) {
      for (var key in src)
        dst[key] = src[key];
    }
    Buffer2.from && Buffer2.alloc && Buffer2.allocUnsafe && Buffer2.allocUnsafeSlow ? module.exports = buffer : (copyProps(buffer, exports), exports.Buffer = SafeBuffer);
    function SafeBuffer(arg, encodingOrOffset, length) {
      return Buffer2(arg, encodingOrOffset, length);
    }
    SafeBuffer.prototype = Object.create(Buffer2.prototype);
    copyProps(Buffer2, SafeBuffer);
    SafeBuffer.from = function(arg, encodingOrOffset, length) {
      if (typeof arg == "number")
        throw new TypeError("Argument must not be a number");
      return Buffer2(arg, encodingOrOffset, length);
    };
    SafeBuffer.alloc = function(size, fill, encoding) {
      if (typeof size != "number")
        throw new TypeError("Argument must be a number");
      var buf = Buffer2(size);
      return fill !== void 0 ? typeof encoding == "string" ? buf.fill(fill, encoding) : buf.fill(fill) : buf.fill(0), buf;
    };
    SafeBuffer.allocUnsafe = function(size) {
      if (typeof size != "number")
        throw new TypeError("Argument must be a number");
      return Buffer2(size);
    };
    SafeBuffer.allocUnsafeSlow = function(size) {
      if (typeof size != "number")
        throw new TypeError("Argument must be a number");
      return buffer.SlowBuffer(size);
    };
  }
});

// node_modules/string_decoder/lib/string_decoder.js
var require_string_decoder = __commonJS({
  "node_modules/string_decoder/lib/string_decoder.js"(exports) {
    "use strict";
    var Buffer2 = require_safe_buffer().Buffer, isEncoding = Buffer2.isEncoding || function(encoding) {
      switch (encoding = "" + encoding, encoding && encoding.toLowerCase()) {
        case "hex":
        case "utf8":
        case "utf-8":
        case "ascii":
        case "binary":
        case "base64":
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
        case "raw":
          return !0;
        default:
          return !1;
      }
    };
    function _normalizeEncoding(enc) {
      if (!enc) return "utf8";
      for (var retried; ; )
        switch (enc) {
          case "utf8":
          case "utf-8":
            return "utf8";
          case "ucs2":
          case "ucs-2":
          case "utf16le":
          case "utf-16le":
            return "utf16le";
          case "latin1":
          case "binary":
            return "latin1";
          case "base64":
          case "ascii":
          case "hex":
            return enc;
          default:
            if (retried) return;
            enc = ("" + enc).toLowerCase(), retried = !0;
        }
    }
    function normalizeEncoding(enc) {
      var nenc = _normalizeEncoding(enc);
      if (typeof nenc != "string" && (Buffer2.isEncoding === isEncoding || !isEncoding(enc))) throw new Error("Unknown encoding: " + enc);
      return nenc || enc;
    }
    exports.StringDecoder = StringDecoder2;
    function StringDecoder2(encoding) {
      this.encoding = normalizeEncoding(encoding);
      var nb;
      switch (this.encoding) {
        case "utf16le":
          this.text = utf16Text, this.end = utf16End, nb = 4;
          break;
        case "utf8":
          this.fillLast = utf8FillLast, nb = 4;
          break;
        case "base64":
          this.text = base64Text, this.end = base64End, nb = 3;
          break;
        default:
          this.write = simpleWrite, this.end = simpleEnd;
          return;
      }
      this.lastNeed = 0, this.lastTotal = 0, this.lastChar = Buffer2.allocUnsafe(nb);
    }
    StringDecoder2.prototype.write = function(buf) {
      if (buf.length === 0) return "";
      var r, i;
      if (this.lastNeed) {
        if (r = this.fillLast(buf), r === void 0) return "";
        i = this.lastNeed, this.lastNeed = 0;
      } else
        i = 0;
      return i < buf.length ? r ? r + this.text(buf, i) : this.text(buf, i) : r || "";
    };
    StringDecoder2.prototype.end = utf8End;
    StringDecoder2.prototype.text = utf8Text;
    StringDecoder2.prototype.fillLast = function(buf) {
      if (this.lastNeed <= buf.length)
        return buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, this.lastNeed), this.lastChar.toString(this.encoding, 0, this.lastTotal);
      buf.copy(this.lastChar, this.lastTotal - this.lastNeed, 0, buf.length), this.lastNeed -= buf.length;
    };
    function utf8CheckByte(byte) {
      return byte <= 127 ? 0 : byte >> 5 === 6 ? 2 : byte >> 4 === 14 ? 3 : byte >> 3 === 30 ? 4 : byte >> 6 === 2 ? -1 : -2;
    }
    function utf8CheckIncomplete(self2, buf, i) {
      var j = buf.length - 1;
      if (j < i) return 0;
      var nb = utf8CheckByte(buf[j]);
      return nb >= 0 ? (nb > 0 && (self2.lastNeed = nb - 1), nb) : --j < i || nb === -2 ? 0 : (nb = utf8CheckByte(buf[j]), nb >= 0 ? (nb > 0 && (self2.lastNeed = nb - 2), nb) : --j < i || nb === -2 ? 0 : (nb = utf8CheckByte(buf[j]), nb >= 0 ? (nb > 0 && (nb === 2 ? nb = 0 : self2.lastNeed = nb - 3), nb) : 0));
    }
    function utf8CheckExtraBytes(self2, buf, p) {
      if ((buf[0] & 192) !== 128)
        return self2.lastNeed = 0, "\uFFFD";
      if (self2.lastNeed > 1 && buf.length > 1) {
        if ((buf[1] & 192) !== 128)
          return self2.lastNeed = 1, "\uFFFD";
        if (self2.lastNeed > 2 && buf.length > 2 && (buf[2] & 192) !== 128)
          return self2.lastNeed = 2, "\uFFFD";
      }
    }
    function utf8FillLast(buf) {
      var p = this.lastTotal - this.lastNeed, r = utf8CheckExtraBytes(this, buf, p);
      if (r !== void 0) return r;
      if (this.lastNeed <= buf.length)
        return buf.copy(this.lastChar, p, 0, this.lastNeed), this.lastChar.toString(this.encoding, 0, this.lastTotal);
      buf.copy(this.lastChar, p, 0, buf.length), this.lastNeed -= buf.length;
    }
    function utf8Text(buf, i) {
      var total = utf8CheckIncomplete(this, buf, i);
      if (!this.lastNeed) return buf.toString("utf8", i);
      this.lastTotal = total;
      var end = buf.length - (total - this.lastNeed);
      return buf.copy(this.lastChar, 0, end), buf.toString("utf8", i, end);
    }
    function utf8End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      return this.lastNeed ? r + "\uFFFD" : r;
    }
    function utf16Text(buf, i) {
      if ((buf.length - i) % 2 === 0) {
        var r = buf.toString("utf16le", i);
        if (r) {
          var c = r.charCodeAt(r.length - 1);
          if (c >= 55296 && c <= 56319)
            return this.lastNeed = 2, this.lastTotal = 4, this.lastChar[0] = buf[buf.length - 2], this.lastChar[1] = buf[buf.length - 1], r.slice(0, -1);
        }
        return r;
      }
      return this.lastNeed = 1, this.lastTotal = 2, this.lastChar[0] = buf[buf.length - 1], buf.toString("utf16le", i, buf.length - 1);
    }
    function utf16End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      if (this.lastNeed) {
        var end = this.lastTotal - this.lastNeed;
        return r + this.lastChar.toString("utf16le", 0, end);
      }
      return r;
    }
    function base64Text(buf, i) {
      var n = (buf.length - i) % 3;
      return n === 0 ? buf.toString("base64", i) : (this.lastNeed = 3 - n, this.lastTotal = 3, n === 1 ? this.lastChar[0] = buf[buf.length - 1] : (this.lastChar[0] = buf[buf.length - 2], this.lastChar[1] = buf[buf.length - 1]), buf.toString("base64", i, buf.length - n));
    }
    function base64End(buf) {
      var r = buf && buf.length ? this.write(buf) : "";
      return this.lastNeed ? r + this.lastChar.toString("base64", 0, 3 - this.lastNeed) : r;
    }
    function simpleWrite(buf) {
      return buf.toString(this.encoding);
    }
    function simpleEnd(buf) {
      return buf && buf.length ? this.write(buf) : "";
    }
  }
});

// node_modules/readable-stream/lib/internal/streams/end-of-stream.js
var require_end_of_stream = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/end-of-stream.js"(exports, module) {
    "use strict";
    var ERR_STREAM_PREMATURE_CLOSE = require_errors().codes.ERR_STREAM_PREMATURE_CLOSE;
    function once2(callback) {
      var called = !1;
      return function() {
        if (!called) {
          called = !0;
          for (var _len = arguments.length, args = new Array(_len), _key = 0; _key < _len; _key++)
            args[_key] = arguments[_key];
          callback.apply(this, args);
        }
      };
    }
    function noop() {
    }
    function isRequest(stream) {
      return stream.setHeader && typeof stream.abort == "function";
    }
    function eos(stream, opts, callback) {
      if (typeof opts == "function") return eos(stream, null, opts);
      opts || (opts = {}), callback = once2(callback || noop);
      var readable = opts.readable || opts.readable !== !1 && stream.readable, writable = opts.writable || opts.writable !== !1 && stream.writable, onlegacyfinish = function() {
        stream.writable || onfinish();
      }, writableEnded = stream._writableState && stream._writableState.finished, onfinish = function() {
        writable = !1, writableEnded = !0, readable || callback.call(stream);
      }, readableEnded = stream._readableState && stream._readableState.endEmitted, onend = function() {
        readable = !1, readableEnded = !0, writable || callback.call(stream);
      }, onerror = function(err) {
        callback.call(stream, err);
      }, onclose = function() {
        var err;
        if (readable && !readableEnded)
          return (!stream._readableState || !stream._readableState.ended) && (err = new ERR_STREAM_PREMATURE_CLOSE()), callback.call(stream, err);
        if (writable && !writableEnded)
          return (!stream._writableState || !stream._writableState.ended) && (err = new ERR_STREAM_PREMATURE_CLOSE()), callback.call(stream, err);
      }, onrequest = function() {
        stream.req.on("finish", onfinish);
      };
      return isRequest(stream) ? (stream.on("complete", onfinish), stream.on("abort", onclose), stream.req ? onrequest() : stream.on("request", onrequest)) : writable && !stream._writableState && (stream.on("end", onlegacyfinish), stream.on("close", onlegacyfinish)), stream.on("end", onend), stream.on("finish", onfinish), opts.error !== !1 && stream.on("error", onerror), stream.on("close", onclose), function() {
        stream.removeListener("complete", onfinish), stream.removeListener("abort", onclose), stream.removeListener("request", onrequest), stream.req && stream.req.removeListener("finish", onfinish), stream.removeListener("end", onlegacyfinish), stream.removeListener("close", onlegacyfinish), stream.removeListener("finish", onfinish), stream.removeListener("end", onend), stream.removeListener("error", onerror), stream.removeListener("close", onclose);
      };
    }
    module.exports = eos;
  }
});

// node_modules/readable-stream/lib/internal/streams/async_iterator.js
var require_async_iterator = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/async_iterator.js"(exports, module) {
    "use strict";
    var _Object$setPrototypeO;
    function _defineProperty(obj, key, value) {
      return key = _toPropertyKey(key), key in obj ? Object.defineProperty(obj, key, { value, enumerable: !0, configurable: !0, writable: !0 }) : obj[key] = value, obj;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key == "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input != "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res != "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var finished2 = require_end_of_stream(), kLastResolve = /* @__PURE__ */ Symbol("lastResolve"), kLastReject = /* @__PURE__ */ Symbol("lastReject"), kError = /* @__PURE__ */ Symbol("error"), kEnded = /* @__PURE__ */ Symbol("ended"), kLastPromise = /* @__PURE__ */ Symbol("lastPromise"), kHandlePromise = /* @__PURE__ */ Symbol("handlePromise"), kStream = /* @__PURE__ */ Symbol("stream");
    function createIterResult(value, done) {
      return {
        value,
        done
      };
    }
    function readAndResolve(iter) {
      var resolve = iter[kLastResolve];
      if (resolve !== null) {
        var data = iter[kStream].read();
        data !== null && (iter[kLastPromise] = null, iter[kLastResolve] = null, iter[kLastReject] = null, resolve(createIterResult(data, !1)));
      }
    }
    function onReadable(iter) {
      process.nextTick(readAndResolve, iter);
    }
    function wrapForNext(lastPromise, iter) {
      return function(resolve, reject) {
        lastPromise.then(function() {
          if (iter[kEnded]) {
            resolve(createIterResult(void 0, !0));
            return;
          }
          iter[kHandlePromise](resolve, reject);
        }, reject);
      };
    }
    var AsyncIteratorPrototype = Object.getPrototypeOf(function() {
    }), ReadableStreamAsyncIteratorPrototype = Object.setPrototypeOf((_Object$setPrototypeO = {
      get stream() {
        return this[kStream];
      },
      next: function() {
        var _this = this, error = this[kError];
        if (error !== null)
          return Promise.reject(error);
        if (this[kEnded])
          return Promise.resolve(createIterResult(void 0, !0));
        if (this[kStream].destroyed)
          return new Promise(function(resolve, reject) {
            process.nextTick(function() {
              _this[kError] ? reject(_this[kError]) : resolve(createIterResult(void 0, !0));
            });
          });
        var lastPromise = this[kLastPromise], promise;
        if (lastPromise)
          promise = new Promise(wrapForNext(lastPromise, this));
        else {
          var data = this[kStream].read();
          if (data !== null)
            return Promise.resolve(createIterResult(data, !1));
          promise = new Promise(this[kHandlePromise]);
        }
        return this[kLastPromise] = promise, promise;
      }
    }, _defineProperty(_Object$setPrototypeO, Symbol.asyncIterator, function() {
      return this;
    }), _defineProperty(_Object$setPrototypeO, "return", function() {
      var _this2 = this;
      return new Promise(function(resolve, reject) {
        _this2[kStream].destroy(null, function(err) {
          if (err) {
            reject(err);
            return;
          }
          resolve(createIterResult(void 0, !0));
        });
      });
    }), _Object$setPrototypeO), AsyncIteratorPrototype), createReadableStreamAsyncIterator = function(stream) {
      var _Object$create, iterator = Object.create(ReadableStreamAsyncIteratorPrototype, (_Object$create = {}, _defineProperty(_Object$create, kStream, {
        value: stream,
        writable: !0
      }), _defineProperty(_Object$create, kLastResolve, {
        value: null,
        writable: !0
      }), _defineProperty(_Object$create, kLastReject, {
        value: null,
        writable: !0
      }), _defineProperty(_Object$create, kError, {
        value: null,
        writable: !0
      }), _defineProperty(_Object$create, kEnded, {
        value: stream._readableState.endEmitted,
        writable: !0
      }), _defineProperty(_Object$create, kHandlePromise, {
        value: function(resolve, reject) {
          var data = iterator[kStream].read();
          data ? (iterator[kLastPromise] = null, iterator[kLastResolve] = null, iterator[kLastReject] = null, resolve(createIterResult(data, !1))) : (iterator[kLastResolve] = resolve, iterator[kLastReject] = reject);
        },
        writable: !0
      }), _Object$create));
      return iterator[kLastPromise] = null, finished2(stream, function(err) {
        if (err && err.code !== "ERR_STREAM_PREMATURE_CLOSE") {
          var reject = iterator[kLastReject];
          reject !== null && (iterator[kLastPromise] = null, iterator[kLastResolve] = null, iterator[kLastReject] = null, reject(err)), iterator[kError] = err;
          return;
        }
        var resolve = iterator[kLastResolve];
        resolve !== null && (iterator[kLastPromise] = null, iterator[kLastResolve] = null, iterator[kLastReject] = null, resolve(createIterResult(void 0, !0))), iterator[kEnded] = !0;
      }), stream.on("readable", onReadable.bind(null, iterator)), iterator;
    };
    module.exports = createReadableStreamAsyncIterator;
  }
});

// node_modules/readable-stream/lib/internal/streams/from.js
var require_from = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/from.js"(exports, module) {
    "use strict";
    function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg), value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      info.done ? resolve(value) : Promise.resolve(value).then(_next, _throw);
    }
    function _asyncToGenerator(fn) {
      return function() {
        var self2 = this, args = arguments;
        return new Promise(function(resolve, reject) {
          var gen = fn.apply(self2, args);
          function _next(value) {
            asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    function ownKeys(object, enumerableOnly) {
      var keys = Object.keys(object);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object);
        enumerableOnly && (symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object, sym).enumerable;
        })), keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i] != null ? arguments[i] : {};
        i % 2 ? ownKeys(Object(source), !0).forEach(function(key) {
          _defineProperty(target, key, source[key]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(target, Object.getOwnPropertyDescriptors(source)) : ownKeys(Object(source)).forEach(function(key) {
          Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(source, key));
        });
      }
      return target;
    }
    function _defineProperty(obj, key, value) {
      return key = _toPropertyKey(key), key in obj ? Object.defineProperty(obj, key, { value, enumerable: !0, configurable: !0, writable: !0 }) : obj[key] = value, obj;
    }
    function _toPropertyKey(arg) {
      var key = _toPrimitive(arg, "string");
      return typeof key == "symbol" ? key : String(key);
    }
    function _toPrimitive(input, hint) {
      if (typeof input != "object" || input === null) return input;
      var prim = input[Symbol.toPrimitive];
      if (prim !== void 0) {
        var res = prim.call(input, hint || "default");
        if (typeof res != "object") return res;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return (hint === "string" ? String : Number)(input);
    }
    var ERR_INVALID_ARG_TYPE = require_errors().codes.ERR_INVALID_ARG_TYPE;
    function from(Readable, iterable, opts) {
      var iterator;
      if (iterable && typeof iterable.next == "function")
        iterator = iterable;
      else if (iterable && iterable[Symbol.asyncIterator]) iterator = iterable[Symbol.asyncIterator]();
      else if (iterable && iterable[Symbol.iterator]) iterator = iterable[Symbol.iterator]();
      else throw new ERR_INVALID_ARG_TYPE("iterable", ["Iterable"], iterable);
      var readable = new Readable(_objectSpread({
        objectMode: !0
      }, opts)), reading = !1;
      readable._read = function() {
        reading || (reading = !0, next());
      };
      function next() {
        return _next2.apply(this, arguments);
      }
      function _next2() {
        return _next2 = _asyncToGenerator(function* () {
          try {
            var _yield$iterator$next = yield iterator.next(), value = _yield$iterator$next.value, done = _yield$iterator$next.done;
            done ? readable.push(null) : readable.push(yield value) ? next() : reading = !1;
          } catch (err) {
            readable.destroy(err);
          }
        }), _next2.apply(this, arguments);
      }
      return readable;
    }
    module.exports = from;
  }
});

// node_modules/readable-stream/lib/_stream_readable.js
var require_stream_readable = __commonJS({
  "node_modules/readable-stream/lib/_stream_readable.js"(exports, module) {
    "use strict";
    module.exports = Readable;
    var Duplex;
    Readable.ReadableState = ReadableState;
    var EE = __require("events").EventEmitter, EElistenerCount = function(emitter, type) {
      return emitter.listeners(type).length;
    }, Stream = require_stream(), Buffer2 = __require("buffer").Buffer, OurUint8Array = (typeof global < "u" ? global : typeof window < "u" ? window : typeof self < "u" ? self : {}).Uint8Array || function() {
    };
    function _uint8ArrayToBuffer(chunk) {
      return Buffer2.from(chunk);
    }
    function _isUint8Array(obj) {
      return Buffer2.isBuffer(obj) || obj instanceof OurUint8Array;
    }
    var debugUtil = __require("util"), debug;
    debugUtil && debugUtil.debuglog ? debug = debugUtil.debuglog("stream") : debug = function() {
    };
    var BufferList = require_buffer_list(), destroyImpl = require_destroy(), _require = require_state(), getHighWaterMark = _require.getHighWaterMark, _require$codes = require_errors().codes, ERR_INVALID_ARG_TYPE = _require$codes.ERR_INVALID_ARG_TYPE, ERR_STREAM_PUSH_AFTER_EOF = _require$codes.ERR_STREAM_PUSH_AFTER_EOF, ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED, ERR_STREAM_UNSHIFT_AFTER_END_EVENT = _require$codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT, StringDecoder2, createReadableStreamAsyncIterator, from;
    require_inherits()(Readable, Stream);
    var errorOrDestroy = destroyImpl.errorOrDestroy, kProxyEvents = ["error", "close", "destroy", "pause", "resume"];
    function prependListener(emitter, event, fn) {
      if (typeof emitter.prependListener == "function") return emitter.prependListener(event, fn);
      !emitter._events || !emitter._events[event] ? emitter.on(event, fn) : Array.isArray(emitter._events[event]) ? emitter._events[event].unshift(fn) : emitter._events[event] = [fn, emitter._events[event]];
    }
    function ReadableState(options, stream, isDuplex) {
      Duplex = Duplex || require_stream_duplex(), options = options || {}, typeof isDuplex != "boolean" && (isDuplex = stream instanceof Duplex), this.objectMode = !!options.objectMode, isDuplex && (this.objectMode = this.objectMode || !!options.readableObjectMode), this.highWaterMark = getHighWaterMark(this, options, "readableHighWaterMark", isDuplex), this.buffer = new BufferList(), this.length = 0, this.pipes = null, this.pipesCount = 0, this.flowing = null, this.ended = !1, this.endEmitted = !1, this.reading = !1, this.sync = !0, this.needReadable = !1, this.emittedReadable = !1, this.readableListening = !1, this.resumeScheduled = !1, this.paused = !0, this.emitClose = options.emitClose !== !1, this.autoDestroy = !!options.autoDestroy, this.destroyed = !1, this.defaultEncoding = options.defaultEncoding || "utf8", this.awaitDrain = 0, this.readingMore = !1, this.decoder = null, this.encoding = null, options.encoding && (StringDecoder2 || (StringDecoder2 = require_string_decoder().StringDecoder), this.decoder = new StringDecoder2(options.encoding), this.encoding = options.encoding);
    }
    function Readable(options) {
      if (Duplex = Duplex || require_stream_duplex(), !(this instanceof Readable)) return new Readable(options);
      var isDuplex = this instanceof Duplex;
      this._readableState = new ReadableState(options, this, isDuplex), this.readable = !0, options && (typeof options.read == "function" && (this._read = options.read), typeof options.destroy == "function" && (this._destroy = options.destroy)), Stream.call(this);
    }
    Object.defineProperty(Readable.prototype, "destroyed", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._readableState === void 0 ? !1 : this._readableState.destroyed;
      },
      set: function(value) {
        this._readableState && (this._readableState.destroyed = value);
      }
    });
    Readable.prototype.destroy = destroyImpl.destroy;
    Readable.prototype._undestroy = destroyImpl.undestroy;
    Readable.prototype._destroy = function(err, cb) {
      cb(err);
    };
    Readable.prototype.push = function(chunk, encoding) {
      var state = this._readableState, skipChunkCheck;
      return state.objectMode ? skipChunkCheck = !0 : typeof chunk == "string" && (encoding = encoding || state.defaultEncoding, encoding !== state.encoding && (chunk = Buffer2.from(chunk, encoding), encoding = ""), skipChunkCheck = !0), readableAddChunk(this, chunk, encoding, !1, skipChunkCheck);
    };
    Readable.prototype.unshift = function(chunk) {
      return readableAddChunk(this, chunk, null, !0, !1);
    };
    function readableAddChunk(stream, chunk, encoding, addToFront, skipChunkCheck) {
      debug("readableAddChunk", chunk);
      var state = stream._readableState;
      if (chunk === null)
        state.reading = !1, onEofChunk(stream, state);
      else {
        var er;
        if (skipChunkCheck || (er = chunkInvalid(state, chunk)), er)
          errorOrDestroy(stream, er);
        else if (state.objectMode || chunk && chunk.length > 0)
          if (typeof chunk != "string" && !state.objectMode && Object.getPrototypeOf(chunk) !== Buffer2.prototype && (chunk = _uint8ArrayToBuffer(chunk)), addToFront)
            state.endEmitted ? errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT()) : addChunk(stream, state, chunk, !0);
          else if (state.ended)
            errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
          else {
            if (state.destroyed)
              return !1;
            state.reading = !1, state.decoder && !encoding ? (chunk = state.decoder.write(chunk), state.objectMode || chunk.length !== 0 ? addChunk(stream, state, chunk, !1) : maybeReadMore(stream, state)) : addChunk(stream, state, chunk, !1);
          }
        else addToFront || (state.reading = !1, maybeReadMore(stream, state));
      }
      return !state.ended && (state.length < state.highWaterMark || state.length === 0);
    }
    function addChunk(stream, state, chunk, addToFront) {
      state.flowing && state.length === 0 && !state.sync ? (state.awaitDrain = 0, stream.emit("data", chunk)) : (state.length += state.objectMode ? 1 : chunk.length, addToFront ? state.buffer.unshift(chunk) : state.buffer.push(chunk), state.needReadable && emitReadable(stream)), maybeReadMore(stream, state);
    }
    function chunkInvalid(state, chunk) {
      var er;
      return !_isUint8Array(chunk) && typeof chunk != "string" && chunk !== void 0 && !state.objectMode && (er = new ERR_INVALID_ARG_TYPE("chunk", ["string", "Buffer", "Uint8Array"], chunk)), er;
    }
    Readable.prototype.isPaused = function() {
      return this._readableState.flowing === !1;
    };
    Readable.prototype.setEncoding = function(enc) {
      StringDecoder2 || (StringDecoder2 = require_string_decoder().StringDecoder);
      var decoder = new StringDecoder2(enc);
      this._readableState.decoder = decoder, this._readableState.encoding = this._readableState.decoder.encoding;
      for (var p = this._readableState.buffer.head, content = ""; p !== null; )
        content += decoder.write(p.data), p = p.next;
      return this._readableState.buffer.clear(), content !== "" && this._readableState.buffer.push(content), this._readableState.length = content.length, this;
    };
    var MAX_HWM = 1073741824;
    function computeNewHighWaterMark(n) {
      return n >= MAX_HWM ? n = MAX_HWM : (n--, n |= n >>> 1, n |= n >>> 2, n |= n >>> 4, n |= n >>> 8, n |= n >>> 16, n++), n;
    }
    function howMuchToRead(n, state) {
      return n <= 0 || state.length === 0 && state.ended ? 0 : state.objectMode ? 1 : n !== n ? state.flowing && state.length ? state.buffer.head.data.length : state.length : (n > state.highWaterMark && (state.highWaterMark = computeNewHighWaterMark(n)), n <= state.length ? n : state.ended ? state.length : (state.needReadable = !0, 0));
    }
    Readable.prototype.read = function(n) {
      debug("read", n), n = parseInt(n, 10);
      var state = this._readableState, nOrig = n;
      if (n !== 0 && (state.emittedReadable = !1), n === 0 && state.needReadable && ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended))
        return debug("read: emitReadable", state.length, state.ended), state.length === 0 && state.ended ? endReadable(this) : emitReadable(this), null;
      if (n = howMuchToRead(n, state), n === 0 && state.ended)
        return state.length === 0 && endReadable(this), null;
      var doRead = state.needReadable;
      debug("need readable", doRead), (state.length === 0 || state.length - n < state.highWaterMark) && (doRead = !0, debug("length less than watermark", doRead)), state.ended || state.reading ? (doRead = !1, debug("reading or ended", doRead)) : doRead && (debug("do read"), state.reading = !0, state.sync = !0, state.length === 0 && (state.needReadable = !0), this._read(state.highWaterMark), state.sync = !1, state.reading || (n = howMuchToRead(nOrig, state)));
      var ret;
      return n > 0 ? ret = fromList(n, state) : ret = null, ret === null ? (state.needReadable = state.length <= state.highWaterMark, n = 0) : (state.length -= n, state.awaitDrain = 0), state.length === 0 && (state.ended || (state.needReadable = !0), nOrig !== n && state.ended && endReadable(this)), ret !== null && this.emit("data", ret), ret;
    };
    function onEofChunk(stream, state) {
      if (debug("onEofChunk"), !state.ended) {
        if (state.decoder) {
          var chunk = state.decoder.end();
          chunk && chunk.length && (state.buffer.push(chunk), state.length += state.objectMode ? 1 : chunk.length);
        }
        state.ended = !0, state.sync ? emitReadable(stream) : (state.needReadable = !1, state.emittedReadable || (state.emittedReadable = !0, emitReadable_(stream)));
      }
    }
    function emitReadable(stream) {
      var state = stream._readableState;
      debug("emitReadable", state.needReadable, state.emittedReadable), state.needReadable = !1, state.emittedReadable || (debug("emitReadable", state.flowing), state.emittedReadable = !0, process.nextTick(emitReadable_, stream));
    }
    function emitReadable_(stream) {
      var state = stream._readableState;
      debug("emitReadable_", state.destroyed, state.length, state.ended), !state.destroyed && (state.length || state.ended) && (stream.emit("readable"), state.emittedReadable = !1), state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark, flow(stream);
    }
    function maybeReadMore(stream, state) {
      state.readingMore || (state.readingMore = !0, process.nextTick(maybeReadMore_, stream, state));
    }
    function maybeReadMore_(stream, state) {
      for (; !state.reading && !state.ended && (state.length < state.highWaterMark || state.flowing && state.length === 0); ) {
        var len = state.length;
        if (debug("maybeReadMore read 0"), stream.read(0), len === state.length)
          break;
      }
      state.readingMore = !1;
    }
    Readable.prototype._read = function(n) {
      errorOrDestroy(this, new ERR_METHOD_NOT_IMPLEMENTED("_read()"));
    };
    Readable.prototype.pipe = function(dest, pipeOpts) {
      var src = this, state = this._readableState;
      switch (state.pipesCount) {
        case 0:
          state.pipes = dest;
          break;
        case 1:
          state.pipes = [state.pipes, dest];
          break;
        default:
          state.pipes.push(dest);
          break;
      }
      state.pipesCount += 1, debug("pipe count=%d opts=%j", state.pipesCount, pipeOpts);
      var doEnd = (!pipeOpts || pipeOpts.end !== !1) && dest !== process.stdout && dest !== process.stderr, endFn = doEnd ? onend : unpipe;
      state.endEmitted ? process.nextTick(endFn) : src.once("end", endFn), dest.on("unpipe", onunpipe);
      function onunpipe(readable, unpipeInfo) {
        debug("onunpipe"), readable === src && unpipeInfo && unpipeInfo.hasUnpiped === !1 && (unpipeInfo.hasUnpiped = !0, cleanup());
      }
      function onend() {
        debug("onend"), dest.end();
      }
      var ondrain = pipeOnDrain(src);
      dest.on("drain", ondrain);
      var cleanedUp = !1;
      function cleanup() {
        debug("cleanup"), dest.removeListener("close", onclose), dest.removeListener("finish", onfinish), dest.removeListener("drain", ondrain), dest.removeListener("error", onerror), dest.removeListener("unpipe", onunpipe), src.removeListener("end", onend), src.removeListener("end", unpipe), src.removeListener("data", ondata), cleanedUp = !0, state.awaitDrain && (!dest._writableState || dest._writableState.needDrain) && ondrain();
      }
      src.on("data", ondata);
      function ondata(chunk) {
        debug("ondata");
        var ret = dest.write(chunk);
        debug("dest.write", ret), ret === !1 && ((state.pipesCount === 1 && state.pipes === dest || state.pipesCount > 1 && indexOf(state.pipes, dest) !== -1) && !cleanedUp && (debug("false write response, pause", state.awaitDrain), state.awaitDrain++), src.pause());
      }
      function onerror(er) {
        debug("onerror", er), unpipe(), dest.removeListener("error", onerror), EElistenerCount(dest, "error") === 0 && errorOrDestroy(dest, er);
      }
      prependListener(dest, "error", onerror);
      function onclose() {
        dest.removeListener("finish", onfinish), unpipe();
      }
      dest.once("close", onclose);
      function onfinish() {
        debug("onfinish"), dest.removeListener("close", onclose), unpipe();
      }
      dest.once("finish", onfinish);
      function unpipe() {
        debug("unpipe"), src.unpipe(dest);
      }
      return dest.emit("pipe", src), state.flowing || (debug("pipe resume"), src.resume()), dest;
    };
    function pipeOnDrain(src) {
      return function() {
        var state = src._readableState;
        debug("pipeOnDrain", state.awaitDrain), state.awaitDrain && state.awaitDrain--, state.awaitDrain === 0 && EElistenerCount(src, "data") && (state.flowing = !0, flow(src));
      };
    }
    Readable.prototype.unpipe = function(dest) {
      var state = this._readableState, unpipeInfo = {
        hasUnpiped: !1
      };
      if (state.pipesCount === 0) return this;
      if (state.pipesCount === 1)
        return dest && dest !== state.pipes ? this : (dest || (dest = state.pipes), state.pipes = null, state.pipesCount = 0, state.flowing = !1, dest && dest.emit("unpipe", this, unpipeInfo), this);
      if (!dest) {
        var dests = state.pipes, len = state.pipesCount;
        state.pipes = null, state.pipesCount = 0, state.flowing = !1;
        for (var i = 0; i < len; i++) dests[i].emit("unpipe", this, {
          hasUnpiped: !1
        });
        return this;
      }
      var index = indexOf(state.pipes, dest);
      return index === -1 ? this : (state.pipes.splice(index, 1), state.pipesCount -= 1, state.pipesCount === 1 && (state.pipes = state.pipes[0]), dest.emit("unpipe", this, unpipeInfo), this);
    };
    Readable.prototype.on = function(ev, fn) {
      var res = Stream.prototype.on.call(this, ev, fn), state = this._readableState;
      return ev === "data" ? (state.readableListening = this.listenerCount("readable") > 0, state.flowing !== !1 && this.resume()) : ev === "readable" && !state.endEmitted && !state.readableListening && (state.readableListening = state.needReadable = !0, state.flowing = !1, state.emittedReadable = !1, debug("on readable", state.length, state.reading), state.length ? emitReadable(this) : state.reading || process.nextTick(nReadingNextTick, this)), res;
    };
    Readable.prototype.addListener = Readable.prototype.on;
    Readable.prototype.removeListener = function(ev, fn) {
      var res = Stream.prototype.removeListener.call(this, ev, fn);
      return ev === "readable" && process.nextTick(updateReadableListening, this), res;
    };
    Readable.prototype.removeAllListeners = function(ev) {
      var res = Stream.prototype.removeAllListeners.apply(this, arguments);
      return (ev === "readable" || ev === void 0) && process.nextTick(updateReadableListening, this), res;
    };
    function updateReadableListening(self2) {
      var state = self2._readableState;
      state.readableListening = self2.listenerCount("readable") > 0, state.resumeScheduled && !state.paused ? state.flowing = !0 : self2.listenerCount("data") > 0 && self2.resume();
    }
    function nReadingNextTick(self2) {
      debug("readable nexttick read 0"), self2.read(0);
    }
    Readable.prototype.resume = function() {
      var state = this._readableState;
      return state.flowing || (debug("resume"), state.flowing = !state.readableListening, resume(this, state)), state.paused = !1, this;
    };
    function resume(stream, state) {
      state.resumeScheduled || (state.resumeScheduled = !0, process.nextTick(resume_, stream, state));
    }
    function resume_(stream, state) {
      debug("resume", state.reading), state.reading || stream.read(0), state.resumeScheduled = !1, stream.emit("resume"), flow(stream), state.flowing && !state.reading && stream.read(0);
    }
    Readable.prototype.pause = function() {
      return debug("call pause flowing=%j", this._readableState.flowing), this._readableState.flowing !== !1 && (debug("pause"), this._readableState.flowing = !1, this.emit("pause")), this._readableState.paused = !0, this;
    };
    function flow(stream) {
      var state = stream._readableState;
      for (debug("flow", state.flowing); state.flowing && stream.read() !== null; ) ;
    }
    Readable.prototype.wrap = function(stream) {
      var _this = this, state = this._readableState, paused = !1;
      stream.on("end", function() {
        if (debug("wrapped end"), state.decoder && !state.ended) {
          var chunk = state.decoder.end();
          chunk && chunk.length && _this.push(chunk);
        }
        _this.push(null);
      }), stream.on("data", function(chunk) {
        if (debug("wrapped data"), state.decoder && (chunk = state.decoder.write(chunk)), !(state.objectMode && chunk == null) && !(!state.objectMode && (!chunk || !chunk.length))) {
          var ret = _this.push(chunk);
          ret || (paused = !0, stream.pause());
        }
      });
      for (var i in stream)
        this[i] === void 0 && typeof stream[i] == "function" && (this[i] = /* @__PURE__ */ (function(method) {
          return function() {
            return stream[method].apply(stream, arguments);
          };
        })(i));
      for (var n = 0; n < kProxyEvents.length; n++)
        stream.on(kProxyEvents[n], this.emit.bind(this, kProxyEvents[n]));
      return this._read = function(n2) {
        debug("wrapped _read", n2), paused && (paused = !1, stream.resume());
      }, this;
    };
    typeof Symbol == "function" && (Readable.prototype[Symbol.asyncIterator] = function() {
      return createReadableStreamAsyncIterator === void 0 && (createReadableStreamAsyncIterator = require_async_iterator()), createReadableStreamAsyncIterator(this);
    });
    Object.defineProperty(Readable.prototype, "readableHighWaterMark", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._readableState.highWaterMark;
      }
    });
    Object.defineProperty(Readable.prototype, "readableBuffer", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._readableState && this._readableState.buffer;
      }
    });
    Object.defineProperty(Readable.prototype, "readableFlowing", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._readableState.flowing;
      },
      set: function(state) {
        this._readableState && (this._readableState.flowing = state);
      }
    });
    Readable._fromList = fromList;
    Object.defineProperty(Readable.prototype, "readableLength", {
      // making it explicit this property is not enumerable
      // because otherwise some prototype manipulation in
      // userland will fail
      enumerable: !1,
      get: function() {
        return this._readableState.length;
      }
    });
    function fromList(n, state) {
      if (state.length === 0) return null;
      var ret;
      return state.objectMode ? ret = state.buffer.shift() : !n || n >= state.length ? (state.decoder ? ret = state.buffer.join("") : state.buffer.length === 1 ? ret = state.buffer.first() : ret = state.buffer.concat(state.length), state.buffer.clear()) : ret = state.buffer.consume(n, state.decoder), ret;
    }
    function endReadable(stream) {
      var state = stream._readableState;
      debug("endReadable", state.endEmitted), state.endEmitted || (state.ended = !0, process.nextTick(endReadableNT, state, stream));
    }
    function endReadableNT(state, stream) {
      if (debug("endReadableNT", state.endEmitted, state.length), !state.endEmitted && state.length === 0 && (state.endEmitted = !0, stream.readable = !1, stream.emit("end"), state.autoDestroy)) {
        var wState = stream._writableState;
        (!wState || wState.autoDestroy && wState.finished) && stream.destroy();
      }
    }
    typeof Symbol == "function" && (Readable.from = function(iterable, opts) {
      return from === void 0 && (from = require_from()), from(Readable, iterable, opts);
    });
    function indexOf(xs, x) {
      for (var i = 0, l = xs.length; i < l; i++)
        if (xs[i] === x) return i;
      return -1;
    }
  }
});

// node_modules/readable-stream/lib/_stream_transform.js
var require_stream_transform = __commonJS({
  "node_modules/readable-stream/lib/_stream_transform.js"(exports, module) {
    "use strict";
    module.exports = Transform;
    var _require$codes = require_errors().codes, ERR_METHOD_NOT_IMPLEMENTED = _require$codes.ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK = _require$codes.ERR_MULTIPLE_CALLBACK, ERR_TRANSFORM_ALREADY_TRANSFORMING = _require$codes.ERR_TRANSFORM_ALREADY_TRANSFORMING, ERR_TRANSFORM_WITH_LENGTH_0 = _require$codes.ERR_TRANSFORM_WITH_LENGTH_0, Duplex = require_stream_duplex();
    require_inherits()(Transform, Duplex);
    function afterTransform(er, data) {
      var ts = this._transformState;
      ts.transforming = !1;
      var cb = ts.writecb;
      if (cb === null)
        return this.emit("error", new ERR_MULTIPLE_CALLBACK());
      ts.writechunk = null, ts.writecb = null, data != null && this.push(data), cb(er);
      var rs = this._readableState;
      rs.reading = !1, (rs.needReadable || rs.length < rs.highWaterMark) && this._read(rs.highWaterMark);
    }
    function Transform(options) {
      if (!(this instanceof Transform)) return new Transform(options);
      Duplex.call(this, options), this._transformState = {
        afterTransform: afterTransform.bind(this),
        needTransform: !1,
        transforming: !1,
        writecb: null,
        writechunk: null,
        writeencoding: null
      }, this._readableState.needReadable = !0, this._readableState.sync = !1, options && (typeof options.transform == "function" && (this._transform = options.transform), typeof options.flush == "function" && (this._flush = options.flush)), this.on("prefinish", prefinish);
    }
    function prefinish() {
      var _this = this;
      typeof this._flush == "function" && !this._readableState.destroyed ? this._flush(function(er, data) {
        done(_this, er, data);
      }) : done(this, null, null);
    }
    Transform.prototype.push = function(chunk, encoding) {
      return this._transformState.needTransform = !1, Duplex.prototype.push.call(this, chunk, encoding);
    };
    Transform.prototype._transform = function(chunk, encoding, cb) {
      cb(new ERR_METHOD_NOT_IMPLEMENTED("_transform()"));
    };
    Transform.prototype._write = function(chunk, encoding, cb) {
      var ts = this._transformState;
      if (ts.writecb = cb, ts.writechunk = chunk, ts.writeencoding = encoding, !ts.transforming) {
        var rs = this._readableState;
        (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) && this._read(rs.highWaterMark);
      }
    };
    Transform.prototype._read = function(n) {
      var ts = this._transformState;
      ts.writechunk !== null && !ts.transforming ? (ts.transforming = !0, this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform)) : ts.needTransform = !0;
    };
    Transform.prototype._destroy = function(err, cb) {
      Duplex.prototype._destroy.call(this, err, function(err2) {
        cb(err2);
      });
    };
    function done(stream, er, data) {
      if (er) return stream.emit("error", er);
      if (data != null && stream.push(data), stream._writableState.length) throw new ERR_TRANSFORM_WITH_LENGTH_0();
      if (stream._transformState.transforming) throw new ERR_TRANSFORM_ALREADY_TRANSFORMING();
      return stream.push(null);
    }
  }
});

// node_modules/readable-stream/lib/_stream_passthrough.js
var require_stream_passthrough = __commonJS({
  "node_modules/readable-stream/lib/_stream_passthrough.js"(exports, module) {
    "use strict";
    module.exports = PassThrough;
    var Transform = require_stream_transform();
    require_inherits()(PassThrough, Transform);
    function PassThrough(options) {
      if (!(this instanceof PassThrough)) return new PassThrough(options);
      Transform.call(this, options);
    }
    PassThrough.prototype._transform = function(chunk, encoding, cb) {
      cb(null, chunk);
    };
  }
});

// node_modules/readable-stream/lib/internal/streams/pipeline.js
var require_pipeline = __commonJS({
  "node_modules/readable-stream/lib/internal/streams/pipeline.js"(exports, module) {
    "use strict";
    var eos;
    function once2(callback) {
      var called = !1;
      return function() {
        called || (called = !0, callback.apply(void 0, arguments));
      };
    }
    var _require$codes = require_errors().codes, ERR_MISSING_ARGS = _require$codes.ERR_MISSING_ARGS, ERR_STREAM_DESTROYED = _require$codes.ERR_STREAM_DESTROYED;
    function noop(err) {
      if (err) throw err;
    }
    function isRequest(stream) {
      return stream.setHeader && typeof stream.abort == "function";
    }
    function destroyer(stream, reading, writing, callback) {
      callback = once2(callback);
      var closed = !1;
      stream.on("close", function() {
        closed = !0;
      }), eos === void 0 && (eos = require_end_of_stream()), eos(stream, {
        readable: reading,
        writable: writing
      }, function(err) {
        if (err) return callback(err);
        closed = !0, callback();
      });
      var destroyed = !1;
      return function(err) {
        if (!closed && !destroyed) {
          if (destroyed = !0, isRequest(stream)) return stream.abort();
          if (typeof stream.destroy == "function") return stream.destroy();
          callback(err || new ERR_STREAM_DESTROYED("pipe"));
        }
      };
    }
    function call(fn) {
      fn();
    }
    function pipe(from, to) {
      return from.pipe(to);
    }
    function popCallback(streams) {
      return !streams.length || typeof streams[streams.length - 1] != "function" ? noop : streams.pop();
    }
    function pipeline2() {
      for (var _len = arguments.length, streams = new Array(_len), _key = 0; _key < _len; _key++)
        streams[_key] = arguments[_key];
      var callback = popCallback(streams);
      if (Array.isArray(streams[0]) && (streams = streams[0]), streams.length < 2)
        throw new ERR_MISSING_ARGS("streams");
      var error, destroys = streams.map(function(stream, i) {
        var reading = i < streams.length - 1, writing = i > 0;
        return destroyer(stream, reading, writing, function(err) {
          error || (error = err), err && destroys.forEach(call), !reading && (destroys.forEach(call), callback(error));
        });
      });
      return streams.reduce(pipe);
    }
    module.exports = pipeline2;
  }
});

// node_modules/readable-stream/readable.js
var require_readable = __commonJS({
  "node_modules/readable-stream/readable.js"(exports, module) {
    var Stream = __require("stream");
    process.env.READABLE_STREAM === "disable" && Stream ? (module.exports = Stream.Readable, Object.assign(module.exports, Stream), module.exports.Stream = Stream) : (exports = module.exports = require_stream_readable(), exports.Stream = Stream || exports, exports.Readable = exports, exports.Writable = require_stream_writable(), exports.Duplex = require_stream_duplex(), exports.Transform = require_stream_transform(), exports.PassThrough = require_stream_passthrough(), exports.finished = require_end_of_stream(), exports.pipeline = require_pipeline());
  }
});

// node_modules/docker-modem/lib/http_duplex.js
var require_http_duplex = __commonJS({
  "node_modules/docker-modem/lib/http_duplex.js"(exports, module) {
    module.exports = HttpDuplex;
    var util = __require("util"), stream = require_readable();
    util.inherits(HttpDuplex, stream.Duplex);
    function HttpDuplex(req, res, options) {
      var self2 = this;
      if (!(self2 instanceof HttpDuplex)) return new HttpDuplex(req, res, options);
      stream.Duplex.call(self2, options), self2._output = null, self2.connect(req, res);
    }
    HttpDuplex.prototype.connect = function(req, res) {
      var self2 = this;
      self2.req = req, self2._output = res, self2.emit("response", res), res.on("data", function(c) {
        self2.push(c) || self2._output.pause();
      }), res.on("end", function() {
        self2.push(null);
      });
    };
    HttpDuplex.prototype._read = function(n) {
      this._output && this._output.resume();
    };
    HttpDuplex.prototype._write = function(chunk, encoding, cb) {
      this.req.write(chunk, encoding), cb();
    };
    HttpDuplex.prototype.end = function(chunk, encoding, cb) {
      return this._output.socket.destroySoon(), this.req.end(chunk, encoding, cb);
    };
    HttpDuplex.prototype.destroy = function() {
      this.req.destroy(), this._output.socket.destroy();
    };
    HttpDuplex.prototype.destroySoon = function() {
      this.req.destroy(), this._output.socket.destroy();
    };
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3, m = s * 60, h = m * 60, d = h * 24, w = d * 7, y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0)
        return parse(val);
      if (type === "number" && isFinite(val))
        return options.long ? fmtLong(val) : fmtShort(val);
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      if (str = String(str), !(str.length > 100)) {
        var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
          str
        );
        if (match) {
          var n = parseFloat(match[1]), type = (match[2] || "ms").toLowerCase();
          switch (type) {
            case "years":
            case "year":
            case "yrs":
            case "yr":
            case "y":
              return n * y;
            case "weeks":
            case "week":
            case "w":
              return n * w;
            case "days":
            case "day":
            case "d":
              return n * d;
            case "hours":
            case "hour":
            case "hrs":
            case "hr":
            case "h":
              return n * h;
            case "minutes":
            case "minute":
            case "mins":
            case "min":
            case "m":
              return n * m;
            case "seconds":
            case "second":
            case "secs":
            case "sec":
            case "s":
              return n * s;
            case "milliseconds":
            case "millisecond":
            case "msecs":
            case "msec":
            case "ms":
              return n;
            default:
              return;
          }
        }
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      return msAbs >= d ? Math.round(ms / d) + "d" : msAbs >= h ? Math.round(ms / h) + "h" : msAbs >= m ? Math.round(ms / m) + "m" : msAbs >= s ? Math.round(ms / s) + "s" : ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      return msAbs >= d ? plural(ms, msAbs, d, "day") : msAbs >= h ? plural(ms, msAbs, h, "hour") : msAbs >= m ? plural(ms, msAbs, m, "minute") : msAbs >= s ? plural(ms, msAbs, s, "second") : ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug, createDebug.default = createDebug, createDebug.coerce = coerce, createDebug.disable = disable, createDebug.enable = enable, createDebug.enabled = enabled, createDebug.humanize = require_ms(), createDebug.destroy = destroy, Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      }), createDebug.names = [], createDebug.skips = [], createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++)
          hash = (hash << 5) - hash + namespace.charCodeAt(i), hash |= 0;
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime, enableOverride = null, namespacesCache, enabledCache;
        function debug(...args) {
          if (!debug.enabled)
            return;
          let self2 = debug, curr = Number(/* @__PURE__ */ new Date()), ms = curr - (prevTime || curr);
          self2.diff = ms, self2.prev = prevTime, self2.curr = curr, prevTime = curr, args[0] = createDebug.coerce(args[0]), typeof args[0] != "string" && args.unshift("%O");
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%")
              return "%";
            index++;
            let formatter = createDebug.formatters[format];
            if (typeof formatter == "function") {
              let val = args[index];
              match = formatter.call(self2, val), args.splice(index, 1), index--;
            }
            return match;
          }), createDebug.formatArgs.call(self2, args), (self2.log || createDebug.log).apply(self2, args);
        }
        return debug.namespace = namespace, debug.useColors = createDebug.useColors(), debug.color = createDebug.selectColor(namespace), debug.extend = extend, debug.destroy = createDebug.destroy, Object.defineProperty(debug, "enabled", {
          enumerable: !0,
          configurable: !1,
          get: () => enableOverride !== null ? enableOverride : (namespacesCache !== createDebug.namespaces && (namespacesCache = createDebug.namespaces, enabledCache = createDebug.enabled(namespace)), enabledCache),
          set: (v) => {
            enableOverride = v;
          }
        }), typeof createDebug.init == "function" && createDebug.init(debug), debug;
      }
      function extend(namespace, delimiter) {
        let newDebug = createDebug(this.namespace + (typeof delimiter > "u" ? ":" : delimiter) + namespace);
        return newDebug.log = this.log, newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces), createDebug.namespaces = namespaces, createDebug.names = [], createDebug.skips = [];
        let split = (typeof namespaces == "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (let ns of split)
          ns[0] === "-" ? createDebug.skips.push(ns.slice(1)) : createDebug.names.push(ns);
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0, templateIndex = 0, starIndex = -1, matchIndex = 0;
        for (; searchIndex < search.length; )
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*"))
            template[templateIndex] === "*" ? (starIndex = templateIndex, matchIndex = searchIndex, templateIndex++) : (searchIndex++, templateIndex++);
          else if (starIndex !== -1)
            templateIndex = starIndex + 1, matchIndex++, searchIndex = matchIndex;
          else
            return !1;
        for (; templateIndex < template.length && template[templateIndex] === "*"; )
          templateIndex++;
        return templateIndex === template.length;
      }
      function disable() {
        let namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        return createDebug.enable(""), namespaces;
      }
      function enabled(name) {
        for (let skip of createDebug.skips)
          if (matchesTemplate(name, skip))
            return !1;
        for (let ns of createDebug.names)
          if (matchesTemplate(name, ns))
            return !0;
        return !1;
      }
      function coerce(val) {
        return val instanceof Error ? val.stack || val.message : val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      return createDebug.enable(createDebug.load()), createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = !1;
      return () => {
        warned || (warned = !0, console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."));
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window < "u" && window.process && (window.process.type === "renderer" || window.process.__nwjs))
        return !0;
      if (typeof navigator < "u" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))
        return !1;
      let m;
      return typeof document < "u" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window < "u" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator < "u" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator < "u" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      if (args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff), !this.useColors)
        return;
      let c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0, lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        match !== "%%" && (index++, match === "%c" && (lastC = index));
      }), args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        namespaces ? exports.storage.setItem("debug", namespaces) : exports.storage.removeItem("debug");
      } catch {
      }
    }
    function load() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch {
      }
      return !r && typeof process < "u" && "env" in process && (r = process.env.DEBUG), r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node2 = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty"), util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      let supportsColor = __require("supports-color");
      supportsColor && (supportsColor.stderr || supportsColor).level >= 2 && (exports.colors = [
        20,
        21,
        26,
        27,
        32,
        33,
        38,
        39,
        40,
        41,
        42,
        43,
        44,
        45,
        56,
        57,
        62,
        63,
        68,
        69,
        74,
        75,
        76,
        77,
        78,
        79,
        80,
        81,
        92,
        93,
        98,
        99,
        112,
        113,
        128,
        129,
        134,
        135,
        148,
        149,
        160,
        161,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        171,
        172,
        173,
        178,
        179,
        184,
        185,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        203,
        204,
        205,
        206,
        207,
        208,
        209,
        214,
        215,
        220,
        221
      ]);
    } catch {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => /^debug_/i.test(key)).reduce((obj, key) => {
      let prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => k.toUpperCase()), val = process.env[key];
      return /^(yes|on|true|enabled)$/i.test(val) ? val = !0 : /^(no|off|false|disabled)$/i.test(val) ? val = !1 : val === "null" ? val = null : val = Number(val), obj[prop] = val, obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? !!exports.inspectOpts.colors : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      let { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        let c = this.color, colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c), prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split(`
`).join(`
` + prefix), args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else
        args[0] = getDate() + name + " " + args[0];
    }
    function getDate() {
      return exports.inspectOpts.hideDate ? "" : (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + `
`);
    }
    function save(namespaces) {
      namespaces ? process.env.DEBUG = namespaces : delete process.env.DEBUG;
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      let keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++)
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v) {
      return this.inspectOpts.colors = this.useColors, util.inspect(v, this.inspectOpts).split(`
`).map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      return this.inspectOpts.colors = this.useColors, util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    typeof process > "u" || process.type === "renderer" || process.browser === !0 || process.__nwjs ? module.exports = require_browser() : module.exports = require_node2();
  }
});

// node_modules/split-ca/index.js
var require_split_ca = __commonJS({
  "node_modules/split-ca/index.js"(exports, module) {
    var fs4 = __require("fs");
    module.exports = function(filepath, split, encoding) {
      split = typeof split < "u" ? split : `
`, encoding = typeof encoding < "u" ? encoding : "utf8";
      var ca = [], chain = fs4.readFileSync(filepath, encoding);
      if (chain.indexOf("-END CERTIFICATE-") < 0 || chain.indexOf("-BEGIN CERTIFICATE-") < 0)
        throw Error("File does not contain 'BEGIN CERTIFICATE' or 'END CERTIFICATE'");
      chain = chain.split(split);
      var cert = [], _i, _len;
      for (_i = 0, _len = chain.length; _i < _len; _i++) {
        var line = chain[_i];
        line.length !== 0 && (cert.push(line), line.match(/-END CERTIFICATE-/) && (ca.push(cert.join(split)), cert = []));
      }
      return ca;
    };
  }
});

// node_modules/docker-modem/lib/modem.js
var require_modem = __commonJS({
  "node_modules/docker-modem/lib/modem.js"(exports, module) {
    var querystring = __require("querystring"), http = require_http(), fs4 = __require("fs"), path6 = __require("path"), url = __require("url"), ssh = require_ssh(), HttpDuplex = require_http_duplex(), debug = require_src()("modem"), utils = require_utils(), util = __require("util"), splitca = require_split_ca(), os3 = __require("os"), isWin = os3.type() === "Windows_NT", stream = __require("stream"), defaultOpts = function() {
      var host, opts = {};
      if (!process.env.DOCKER_HOST)
        opts.socketPath = isWin ? "//./pipe/docker_engine" : findDefaultUnixSocket;
      else if (process.env.DOCKER_HOST.indexOf("unix://") === 0)
        opts.socketPath = process.env.DOCKER_HOST.substring(7) || findDefaultUnixSocket;
      else if (process.env.DOCKER_HOST.indexOf("npipe://") === 0)
        opts.socketPath = process.env.DOCKER_HOST.substring(8) || "//./pipe/docker_engine";
      else {
        var hostStr = process.env.DOCKER_HOST;
        hostStr.indexOf("//") < 0 && (hostStr = "tcp://" + hostStr);
        try {
          host = new url.URL(hostStr);
        } catch {
          throw new Error("DOCKER_HOST env variable should be something like tcp://localhost:1234");
        }
        opts.port = host.port, process.env.DOCKER_TLS_VERIFY === "1" || opts.port === "2376" ? opts.protocol = "https" : host.protocol === "ssh:" ? (opts.protocol = "ssh", opts.username = host.username, opts.sshOptions = {
          agent: process.env.SSH_AUTH_SOCK
        }) : opts.protocol = "http", process.env.DOCKER_PATH_PREFIX ? opts.pathPrefix = process.env.DOCKER_PATH_PREFIX : opts.pathPrefix = "/", opts.host = host.hostname, process.env.DOCKER_CERT_PATH && (opts.ca = splitca(path6.join(process.env.DOCKER_CERT_PATH, "ca.pem")), opts.cert = fs4.readFileSync(path6.join(process.env.DOCKER_CERT_PATH, "cert.pem")), opts.key = fs4.readFileSync(path6.join(process.env.DOCKER_CERT_PATH, "key.pem"))), process.env.DOCKER_CLIENT_TIMEOUT && (opts.timeout = parseInt(process.env.DOCKER_CLIENT_TIMEOUT, 10));
      }
      return opts;
    }, findDefaultUnixSocket = function() {
      return new Promise(function(resolve) {
        var userDockerSocket = path6.join(os3.homedir(), ".docker", "run", "docker.sock");
        fs4.access(userDockerSocket, function(err) {
          resolve(err ? "/var/run/docker.sock" : userDockerSocket);
        });
      });
    }, Modem = function(options) {
      var optDefaults = defaultOpts(), opts = Object.assign({}, optDefaults, options);
      this.host = opts.host, this.host || (this.socketPath = opts.socketPath), this.port = opts.port, this.pathPrefix = opts.pathPrefix, this.username = opts.username, this.password = opts.password, this.version = opts.version, this.key = opts.key, this.cert = opts.cert, this.ca = opts.ca, this.timeout = opts.timeout, this.connectionTimeout = opts.connectionTimeout, this.checkServerIdentity = opts.checkServerIdentity, this.agent = opts.agent, this.headers = opts.headers || {}, this.sshOptions = Object.assign({}, options ? options.sshOptions : {}, optDefaults.sshOptions), this.sshOptions.agentForward === void 0 && (this.sshOptions.agentForward = opts.agentForward), this.key && this.cert && this.ca && (this.protocol = "https"), this.protocol = opts.protocol || this.protocol || "http";
    };
    Modem.prototype.dial = function(options, callback) {
      var opts, address, data;
      if (options.options && (opts = options.options), opts && opts.authconfig && delete opts.authconfig, opts && opts.abortSignal && delete opts.abortSignal, this.version && (options.path = "/" + this.version + options.path), this.host) {
        var parsed = url.parse(this.host);
        address = url.format({
          protocol: parsed.protocol || this.protocol,
          hostname: parsed.hostname || this.host,
          port: this.port,
          pathname: parsed.pathname || this.pathPrefix
        }), address = url.resolve(address, options.path);
      } else
        address = options.path;
      options.path.indexOf("?") !== -1 && (opts && Object.keys(opts).length > 0 ? address += this.buildQuerystring(opts._query || opts) : address = address.substring(0, address.length - 1));
      var optionsf = {
        path: address,
        method: options.method,
        headers: options.headers || Object.assign({}, this.headers),
        key: this.key,
        cert: this.cert,
        ca: this.ca
      };
      if (this.checkServerIdentity && (optionsf.checkServerIdentity = this.checkServerIdentity), this.agent && (optionsf.agent = this.agent), options.authconfig && (optionsf.headers["X-Registry-Auth"] = options.authconfig.key || options.authconfig.base64 || Buffer.from(JSON.stringify(options.authconfig)).toString("base64").replace(/\+/g, "-").replace(/\//g, "_")), options.registryconfig && (optionsf.headers["X-Registry-Config"] = options.registryconfig.base64 || Buffer.from(JSON.stringify(options.registryconfig)).toString("base64")), options.abortSignal && (optionsf.signal = options.abortSignal), options.file ? (typeof options.file == "string" ? data = fs4.createReadStream(path6.resolve(options.file)) : data = options.file, optionsf.headers["Content-Type"] = options?.headers?.["Content-Type"] ?? "application/tar") : opts && options.method === "POST" && (data = JSON.stringify(opts._body || opts), options.allowEmpty || data !== "{}" && data !== '""' ? optionsf.headers["Content-Type"] = options?.headers?.["Content-Type"] ?? "application/json" : data = void 0), typeof data == "string" ? optionsf.headers["Content-Length"] = Buffer.byteLength(data) : Buffer.isBuffer(data) === !0 ? optionsf.headers["Content-Length"] = data.length : (optionsf.method === "PUT" || options.hijack || options.openStdin) && (optionsf.headers["Transfer-Encoding"] = "chunked"), options.hijack && (optionsf.headers.Connection = "Upgrade", optionsf.headers.Upgrade = optionsf.headers.Upgrade ?? "tcp"), this.socketPath)
        this.getSocketPath().then((socketPath) => {
          optionsf.socketPath = socketPath, this.buildRequest(optionsf, options, data, callback);
        });
      else {
        var urlp = url.parse(address);
        optionsf.hostname = urlp.hostname, optionsf.port = urlp.port, optionsf.path = urlp.path, this.buildRequest(optionsf, options, data, callback);
      }
    };
    Modem.prototype.getSocketPath = function() {
      if (this.socketPath) {
        if (this.socketPathCache) return Promise.resolve(this.socketPathCache);
        var socketPathValue = typeof this.socketPath == "function" ? this.socketPath() : this.socketPath;
        return this.socketPathCache = socketPathValue, Promise.resolve(socketPathValue);
      }
    };
    Modem.prototype.buildRequest = function(options, context, data, callback) {
      var self2 = this, connectionTimeoutTimer, finished2 = !1, opts = self2.protocol === "ssh" ? Object.assign(options, {
        agent: ssh(Object.assign({}, self2.sshOptions, {
          host: self2.host,
          port: self2.port,
          username: self2.username,
          password: self2.password
        })),
        protocol: "http:"
      }) : options, req = null;
      try {
        req = http[self2.protocol === "ssh" ? "http" : self2.protocol].request(opts, function() {
        });
      } catch (e) {
        callback(e);
        return;
      }
      debug("Sending: %s", util.inspect(options, {
        showHidden: !0,
        depth: null
      })), self2.connectionTimeout && (connectionTimeoutTimer = setTimeout(function() {
        debug("Connection Timeout of %s ms exceeded", self2.connectionTimeout), req.destroy();
      }, self2.connectionTimeout)), self2.timeout && (req.setTimeout(self2.timeout), req.on("timeout", function() {
        debug("Timeout of %s ms exceeded", self2.timeout), req.destroy();
      })), context.hijack === !0 && (clearTimeout(connectionTimeoutTimer), req.on("upgrade", function(res, sock, head) {
        if (finished2 === !1)
          return finished2 = !0, head.length > 0 && sock.unshift(head), callback(null, sock);
      })), req.on("connect", function() {
        clearTimeout(connectionTimeoutTimer);
      }), req.on("disconnect", function() {
        clearTimeout(connectionTimeoutTimer);
      }), req.on("response", function(res) {
        if (clearTimeout(connectionTimeoutTimer), context.isStream === !0)
          finished2 === !1 && (finished2 = !0, self2.buildPayload(null, context.isStream, context.statusCodes, context.openStdin, req, res, null, callback));
        else {
          options.signal != null && stream.addAbortSignal(options.signal, res);
          var chunks = [];
          res.on("data", function(chunk) {
            chunks.push(chunk);
          }), res.on("end", function() {
            var buffer = Buffer.concat(chunks), result = buffer.toString();
            debug("Received: %s", result);
            var json = utils.parseJSON(result) || buffer;
            finished2 === !1 && (finished2 = !0, self2.buildPayload(null, context.isStream, context.statusCodes, !1, req, res, json, callback));
          });
        }
      }), req.on("error", function(error) {
        clearTimeout(connectionTimeoutTimer), finished2 === !1 && (finished2 = !0, self2.buildPayload(error, context.isStream, context.statusCodes, !1, {}, {}, null, callback));
      }), typeof data == "string" || Buffer.isBuffer(data) ? req.write(data) : data && (data.on("error", function(error) {
        req.destroy(error);
      }), data.pipe(req)), !context.openStdin && (typeof data == "string" || data === void 0 || Buffer.isBuffer(data)) && req.end();
    };
    Modem.prototype.buildPayload = function(err, isStream, statusCodes, openStdin, req, res, json, cb) {
      if (err) return cb(err, null);
      statusCodes[res.statusCode] !== !0 ? getCause(isStream, res, json, function(err2, cause) {
        if (err2)
          return cb(err2, null);
        var msg = new Error(
          "(HTTP code " + res.statusCode + ") " + (statusCodes[res.statusCode] || "unexpected") + " - " + (cause.message || cause.error || cause) + " "
        );
        msg.reason = statusCodes[res.statusCode], msg.statusCode = res.statusCode, msg.json = json, cb(msg, null);
      }) : openStdin ? cb(null, new HttpDuplex(req, res)) : isStream ? cb(null, res) : cb(null, json);
      function getCause(isStream2, res2, json2, callback) {
        var chunks = "", done = !1;
        isStream2 ? (res2.on("data", function(chunk) {
          chunks += chunk;
        }), res2.on("error", function(err2) {
          handler(err2, null);
        }), res2.on("end", function() {
          handler(null, utils.parseJSON(chunks) || chunks);
        })) : callback(null, json2);
        function handler(err2, data) {
          done === !1 && (err2 ? callback(err2) : callback(null, data)), done = !0;
        }
      }
    };
    Modem.prototype.demuxStream = function(streama, stdout, stderr) {
      var pendingStreamType = null, pendingDataLength = null, buffer = Buffer.from("");
      function processData(data) {
        if (data && (buffer = Buffer.concat([buffer, data])), pendingStreamType === null) {
          if (buffer.length >= 8) {
            var header = bufferSlice(8), streamType = header.readUInt8(0), dataLength = header.readUInt32BE(4);
            if (streamType !== 0 && streamType !== 1 && streamType !== 2) {
              var remaining = Buffer.concat([header, buffer]);
              stdout.write(remaining), buffer = Buffer.from(""), pendingStreamType = null, pendingDataLength = null, streama.removeListener("data", processData), streama.on("data", function(chunk) {
                stdout.write(chunk);
              });
              return;
            }
            pendingStreamType = streamType, pendingDataLength = dataLength, processData();
          }
        } else if (buffer.length >= pendingDataLength) {
          var content = bufferSlice(pendingDataLength);
          pendingStreamType === 1 ? stdout.write(content) : stderr.write(content), pendingStreamType = null, pendingDataLength = null, processData();
        }
      }
      function bufferSlice(end) {
        var out = buffer.subarray(0, end);
        return buffer = Buffer.from(buffer.subarray(end, buffer.length)), out;
      }
      streama.on("data", processData);
    };
    Modem.prototype.followProgress = function(streama, onFinished, onProgress) {
      var buf = "", output = [], finished2 = !1;
      streama.on("data", onStreamEvent), streama.on("error", onStreamError), streama.on("end", onStreamEnd), streama.on("close", onStreamEnd);
      function onStreamEvent(data) {
        buf += data.toString(), pump();
        function pump() {
          for (var pos; (pos = buf.indexOf(`
`)) >= 0; ) {
            if (pos == 0) {
              buf = buf.slice(1);
              continue;
            }
            processLine(buf.slice(0, pos)), buf = buf.slice(pos + 1);
          }
        }
        function processLine(line) {
          if (line[line.length - 1] == "\r" && (line = line.substr(0, line.length - 1)), line.length > 0) {
            var obj = JSON.parse(line);
            output.push(obj), onProgress && onProgress(obj);
          }
        }
      }
      function onStreamError(err) {
        finished2 = !0, streama.removeListener("data", onStreamEvent), streama.removeListener("error", onStreamError), streama.removeListener("end", onStreamEnd), streama.removeListener("close", onStreamEnd), onFinished(err, output);
      }
      function onStreamEnd() {
        finished2 || onFinished(null, output), finished2 = !0;
      }
    };
    Modem.prototype.buildQuerystring = function(opts) {
      var clone = {};
      return Object.keys(opts).map(function(key, i) {
        opts[key] && typeof opts[key] == "object" && !Array.isArray(opts[key]) ? clone[key] = JSON.stringify(opts[key]) : clone[key] = opts[key];
      }), querystring.stringify(clone);
    };
    module.exports = Modem;
  }
});

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports, module) {
    "use strict";
    var path6 = __require("path"), factory = (options) => new IgnoreBase(options);
    factory.default = factory;
    module.exports = factory;
    function make_array(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var REGEX_TRAILING_SLASH = /(?<=.)\/$/, REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/, REGEX_TRAILING_PATH_SEP = path6.sep === "\\" ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH, KEY_IGNORE = typeof Symbol < "u" ? /* @__PURE__ */ Symbol.for("dockerignore") : "dockerignore";
    function cleanPath(file) {
      return path6.normalize(file).replace(REGEX_TRAILING_PATH_SEP, "");
    }
    function toSlash(file) {
      return path6.sep === "/" ? file : file.replace(/\\/g, "/");
    }
    function fromSlash(file) {
      return path6.sep === "/" ? file : file.replace(/\//g, path6.sep);
    }
    var IgnoreBase = class {
      constructor({
        // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
        ignorecase = !0
      } = {}) {
        this._rules = [], this._ignorecase = ignorecase, this[KEY_IGNORE] = !0, this._initCache();
      }
      _initCache() {
        this._cache = {};
      }
      // @param {Array.<string>|string|Ignore} pattern
      add(pattern) {
        return this._added = !1, typeof pattern == "string" && (pattern = pattern.split(/\r?\n/g)), make_array(pattern).forEach(this._addPattern, this), this._added && this._initCache(), this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      _addPattern(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules), this._added = !0;
          return;
        }
        if (this._checkPattern(pattern)) {
          let rule = this._createRule(pattern.trim());
          rule !== null && (this._added = !0, this._rules.push(rule));
        }
      }
      _checkPattern(pattern) {
        return pattern && typeof pattern == "string" && pattern.indexOf("#") !== 0 && pattern.trim() !== "";
      }
      filter(paths) {
        return make_array(paths).filter((path7) => this._filter(path7));
      }
      createFilter() {
        return (path7) => this._filter(path7);
      }
      ignores(path7) {
        return !this._filter(path7);
      }
      // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55
      _createRule(pattern) {
        let origin = pattern, negative = !1;
        if (pattern[0] === "!" && (negative = !0, pattern = pattern.substring(1).trim()), pattern.length > 0 && (pattern = cleanPath(pattern), pattern = toSlash(pattern), pattern.length > 1 && pattern[0] === "/" && (pattern = pattern.slice(1))), negative && (pattern = "!" + pattern), pattern = pattern.trim(), pattern === "")
          return null;
        if (pattern = cleanPath(pattern), pattern[0] === "!") {
          if (pattern.length === 1)
            return null;
          negative = !0, pattern = pattern.substring(1);
        } else
          negative = !1;
        return {
          origin,
          pattern,
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
          dirs: pattern.split(path6.sep),
          negative
        };
      }
      // @returns `Boolean` true if the `path` is NOT ignored
      _filter(path7) {
        return path7 ? path7 in this._cache ? this._cache[path7] : this._cache[path7] = this._test(path7) : !1;
      }
      // @returns {Boolean} true if a file is NOT ignored
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62
      _test(file) {
        file = fromSlash(file);
        let parentPath = cleanPath(path6.dirname(file)), parentPathDirs = parentPath.split(path6.sep), matched = !1;
        return this._rules.forEach((rule) => {
          let match = this._match(file, rule);
          if (!match && parentPath !== ".")
            if (rule.dirs.includes("**"))
              for (let i = rule.dirs.filter((x) => x !== "**").length; i <= parentPathDirs.length; i++)
                match = match || this._match(parentPathDirs.slice(0, i).join(path6.sep), rule);
            else rule.dirs.length <= parentPathDirs.length && (match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path6.sep), rule));
          match && (matched = !rule.negative);
        }), !matched;
      }
      // @returns {Boolean} true if a file is matched by a rule
      _match(file, rule) {
        return this._compile(rule).regexp.test(file);
      }
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139
      _compile(rule) {
        if (rule.regexp)
          return rule;
        let regStr = "^", escapedSlash = path6.sep === "\\" ? "\\\\" : path6.sep;
        for (let i = 0; i < rule.pattern.length; i++) {
          let ch = rule.pattern[i];
          if (ch === "*")
            rule.pattern[i + 1] === "*" ? (i++, rule.pattern[i + 1] === path6.sep && i++, rule.pattern[i + 1] === void 0 ? regStr += ".*" : regStr += `(.*${escapedSlash})?`) : regStr += `[^${escapedSlash}]*`;
          else if (ch === "?")
            regStr += `[^${escapedSlash}]`;
          else if (ch === "." || ch === "$")
            regStr += `\\${ch}`;
          else if (ch === "\\") {
            if (path6.sep === "\\") {
              regStr += escapedSlash;
              continue;
            }
            rule.pattern[i + 1] !== void 0 ? (regStr += "\\" + rule.pattern[i + 1], i++) : regStr += "\\";
          } else
            regStr += ch;
        }
        return regStr += "$", rule.regexp = new RegExp(regStr, this._ignorecase ? "i" : ""), rule;
      }
    };
  }
});

// node_modules/chownr/chownr.js
var require_chownr = __commonJS({
  "node_modules/chownr/chownr.js"(exports, module) {
    "use strict";
    var fs4 = __require("fs"), path6 = __require("path"), LCHOWN = fs4.lchown ? "lchown" : "chown", LCHOWNSYNC = fs4.lchownSync ? "lchownSync" : "chownSync", needEISDIRHandled = fs4.lchown && !process.version.match(/v1[1-9]+\./) && !process.version.match(/v10\.[6-9]/), lchownSync = (path7, uid, gid) => {
      try {
        return fs4[LCHOWNSYNC](path7, uid, gid);
      } catch (er) {
        if (er.code !== "ENOENT")
          throw er;
      }
    }, chownSync = (path7, uid, gid) => {
      try {
        return fs4.chownSync(path7, uid, gid);
      } catch (er) {
        if (er.code !== "ENOENT")
          throw er;
      }
    }, handleEISDIR = needEISDIRHandled ? (path7, uid, gid, cb) => (er) => {
      !er || er.code !== "EISDIR" ? cb(er) : fs4.chown(path7, uid, gid, cb);
    } : (_, __, ___, cb) => cb, handleEISDirSync = needEISDIRHandled ? (path7, uid, gid) => {
      try {
        return lchownSync(path7, uid, gid);
      } catch (er) {
        if (er.code !== "EISDIR")
          throw er;
        chownSync(path7, uid, gid);
      }
    } : (path7, uid, gid) => lchownSync(path7, uid, gid), nodeVersion = process.version, readdir = (path7, options, cb) => fs4.readdir(path7, options, cb), readdirSync2 = (path7, options) => fs4.readdirSync(path7, options);
    /^v4\./.test(nodeVersion) && (readdir = (path7, options, cb) => fs4.readdir(path7, cb));
    var chown = (cpath, uid, gid, cb) => {
      fs4[LCHOWN](cpath, uid, gid, handleEISDIR(cpath, uid, gid, (er) => {
        cb(er && er.code !== "ENOENT" ? er : null);
      }));
    }, chownrKid = (p, child, uid, gid, cb) => {
      if (typeof child == "string")
        return fs4.lstat(path6.resolve(p, child), (er, stats) => {
          if (er)
            return cb(er.code !== "ENOENT" ? er : null);
          stats.name = child, chownrKid(p, stats, uid, gid, cb);
        });
      if (child.isDirectory())
        chownr(path6.resolve(p, child.name), uid, gid, (er) => {
          if (er)
            return cb(er);
          let cpath = path6.resolve(p, child.name);
          chown(cpath, uid, gid, cb);
        });
      else {
        let cpath = path6.resolve(p, child.name);
        chown(cpath, uid, gid, cb);
      }
    }, chownr = (p, uid, gid, cb) => {
      readdir(p, { withFileTypes: !0 }, (er, children) => {
        if (er) {
          if (er.code === "ENOENT")
            return cb();
          if (er.code !== "ENOTDIR" && er.code !== "ENOTSUP")
            return cb(er);
        }
        if (er || !children.length)
          return chown(p, uid, gid, cb);
        let len = children.length, errState = null, then = (er2) => {
          if (!errState) {
            if (er2)
              return cb(errState = er2);
            if (--len === 0)
              return chown(p, uid, gid, cb);
          }
        };
        children.forEach((child) => chownrKid(p, child, uid, gid, then));
      });
    }, chownrKidSync = (p, child, uid, gid) => {
      if (typeof child == "string")
        try {
          let stats = fs4.lstatSync(path6.resolve(p, child));
          stats.name = child, child = stats;
        } catch (er) {
          if (er.code === "ENOENT")
            return;
          throw er;
        }
      child.isDirectory() && chownrSync(path6.resolve(p, child.name), uid, gid), handleEISDirSync(path6.resolve(p, child.name), uid, gid);
    }, chownrSync = (p, uid, gid) => {
      let children;
      try {
        children = readdirSync2(p, { withFileTypes: !0 });
      } catch (er) {
        if (er.code === "ENOENT")
          return;
        if (er.code === "ENOTDIR" || er.code === "ENOTSUP")
          return handleEISDirSync(p, uid, gid);
        throw er;
      }
      return children && children.length && children.forEach((child) => chownrKidSync(p, child, uid, gid)), handleEISDirSync(p, uid, gid);
    };
    module.exports = chownr;
    chownr.sync = chownrSync;
  }
});

// node_modules/bl/BufferList.js
var require_BufferList = __commonJS({
  "node_modules/bl/BufferList.js"(exports, module) {
    "use strict";
    var { Buffer: Buffer2 } = __require("buffer"), symbol = /* @__PURE__ */ Symbol.for("BufferList");
    function BufferList(buf) {
      if (!(this instanceof BufferList))
        return new BufferList(buf);
      BufferList._init.call(this, buf);
    }
    BufferList._init = function(buf) {
      Object.defineProperty(this, symbol, { value: !0 }), this._bufs = [], this.length = 0, buf && this.append(buf);
    };
    BufferList.prototype._new = function(buf) {
      return new BufferList(buf);
    };
    BufferList.prototype._offset = function(offset) {
      if (offset === 0)
        return [0, 0];
      let tot = 0;
      for (let i = 0; i < this._bufs.length; i++) {
        let _t = tot + this._bufs[i].length;
        if (offset < _t || i === this._bufs.length - 1)
          return [i, offset - tot];
        tot = _t;
      }
    };
    BufferList.prototype._reverseOffset = function(blOffset) {
      let bufferId = blOffset[0], offset = blOffset[1];
      for (let i = 0; i < bufferId; i++)
        offset += this._bufs[i].length;
      return offset;
    };
    BufferList.prototype.get = function(index) {
      if (index > this.length || index < 0)
        return;
      let offset = this._offset(index);
      return this._bufs[offset[0]][offset[1]];
    };
    BufferList.prototype.slice = function(start, end) {
      return typeof start == "number" && start < 0 && (start += this.length), typeof end == "number" && end < 0 && (end += this.length), this.copy(null, 0, start, end);
    };
    BufferList.prototype.copy = function(dst, dstStart, srcStart, srcEnd) {
      if ((typeof srcStart != "number" || srcStart < 0) && (srcStart = 0), (typeof srcEnd != "number" || srcEnd > this.length) && (srcEnd = this.length), srcStart >= this.length || srcEnd <= 0)
        return dst || Buffer2.alloc(0);
      let copy2 = !!dst, off = this._offset(srcStart), len = srcEnd - srcStart, bytes = len, bufoff = copy2 && dstStart || 0, start = off[1];
      if (srcStart === 0 && srcEnd === this.length) {
        if (!copy2)
          return this._bufs.length === 1 ? this._bufs[0] : Buffer2.concat(this._bufs, this.length);
        for (let i = 0; i < this._bufs.length; i++)
          this._bufs[i].copy(dst, bufoff), bufoff += this._bufs[i].length;
        return dst;
      }
      if (bytes <= this._bufs[off[0]].length - start)
        return copy2 ? this._bufs[off[0]].copy(dst, dstStart, start, start + bytes) : this._bufs[off[0]].slice(start, start + bytes);
      copy2 || (dst = Buffer2.allocUnsafe(len));
      for (let i = off[0]; i < this._bufs.length; i++) {
        let l = this._bufs[i].length - start;
        if (bytes > l)
          this._bufs[i].copy(dst, bufoff, start), bufoff += l;
        else {
          this._bufs[i].copy(dst, bufoff, start, start + bytes), bufoff += l;
          break;
        }
        bytes -= l, start && (start = 0);
      }
      return dst.length > bufoff ? dst.slice(0, bufoff) : dst;
    };
    BufferList.prototype.shallowSlice = function(start, end) {
      if (start = start || 0, end = typeof end != "number" ? this.length : end, start < 0 && (start += this.length), end < 0 && (end += this.length), start === end)
        return this._new();
      let startOffset = this._offset(start), endOffset = this._offset(end), buffers = this._bufs.slice(startOffset[0], endOffset[0] + 1);
      return endOffset[1] === 0 ? buffers.pop() : buffers[buffers.length - 1] = buffers[buffers.length - 1].slice(0, endOffset[1]), startOffset[1] !== 0 && (buffers[0] = buffers[0].slice(startOffset[1])), this._new(buffers);
    };
    BufferList.prototype.toString = function(encoding, start, end) {
      return this.slice(start, end).toString(encoding);
    };
    BufferList.prototype.consume = function(bytes) {
      if (bytes = Math.trunc(bytes), Number.isNaN(bytes) || bytes <= 0) return this;
      for (; this._bufs.length; )
        if (bytes >= this._bufs[0].length)
          bytes -= this._bufs[0].length, this.length -= this._bufs[0].length, this._bufs.shift();
        else {
          this._bufs[0] = this._bufs[0].slice(bytes), this.length -= bytes;
          break;
        }
      return this;
    };
    BufferList.prototype.duplicate = function() {
      let copy = this._new();
      for (let i = 0; i < this._bufs.length; i++)
        copy.append(this._bufs[i]);
      return copy;
    };
    BufferList.prototype.append = function(buf) {
      if (buf == null)
        return this;
      if (buf.buffer)
        this._appendBuffer(Buffer2.from(buf.buffer, buf.byteOffset, buf.byteLength));
      else if (Array.isArray(buf))
        for (let i = 0; i < buf.length; i++)
          this.append(buf[i]);
      else if (this._isBufferList(buf))
        for (let i = 0; i < buf._bufs.length; i++)
          this.append(buf._bufs[i]);
      else
        typeof buf == "number" && (buf = buf.toString()), this._appendBuffer(Buffer2.from(buf));
      return this;
    };
    BufferList.prototype._appendBuffer = function(buf) {
      this._bufs.push(buf), this.length += buf.length;
    };
    BufferList.prototype.indexOf = function(search, offset, encoding) {
      if (encoding === void 0 && typeof offset == "string" && (encoding = offset, offset = void 0), typeof search == "function" || Array.isArray(search))
        throw new TypeError('The "value" argument must be one of type string, Buffer, BufferList, or Uint8Array.');
      if (typeof search == "number" ? search = Buffer2.from([search]) : typeof search == "string" ? search = Buffer2.from(search, encoding) : this._isBufferList(search) ? search = search.slice() : Array.isArray(search.buffer) ? search = Buffer2.from(search.buffer, search.byteOffset, search.byteLength) : Buffer2.isBuffer(search) || (search = Buffer2.from(search)), offset = Number(offset || 0), isNaN(offset) && (offset = 0), offset < 0 && (offset = this.length + offset), offset < 0 && (offset = 0), search.length === 0)
        return offset > this.length ? this.length : offset;
      let blOffset = this._offset(offset), blIndex = blOffset[0], buffOffset = blOffset[1];
      for (; blIndex < this._bufs.length; blIndex++) {
        let buff = this._bufs[blIndex];
        for (; buffOffset < buff.length; )
          if (buff.length - buffOffset >= search.length) {
            let nativeSearchResult = buff.indexOf(search, buffOffset);
            if (nativeSearchResult !== -1)
              return this._reverseOffset([blIndex, nativeSearchResult]);
            buffOffset = buff.length - search.length + 1;
          } else {
            let revOffset = this._reverseOffset([blIndex, buffOffset]);
            if (this._match(revOffset, search))
              return revOffset;
            buffOffset++;
          }
        buffOffset = 0;
      }
      return -1;
    };
    BufferList.prototype._match = function(offset, search) {
      if (this.length - offset < search.length)
        return !1;
      for (let searchOffset = 0; searchOffset < search.length; searchOffset++)
        if (this.get(offset + searchOffset) !== search[searchOffset])
          return !1;
      return !0;
    };
    (function() {
      let methods = {
        readDoubleBE: 8,
        readDoubleLE: 8,
        readFloatBE: 4,
        readFloatLE: 4,
        readInt32BE: 4,
        readInt32LE: 4,
        readUInt32BE: 4,
        readUInt32LE: 4,
        readInt16BE: 2,
        readInt16LE: 2,
        readUInt16BE: 2,
        readUInt16LE: 2,
        readInt8: 1,
        readUInt8: 1,
        readIntBE: null,
        readIntLE: null,
        readUIntBE: null,
        readUIntLE: null
      };
      for (let m in methods)
        (function(m2) {
          methods[m2] === null ? BufferList.prototype[m2] = function(offset, byteLength) {
            return this.slice(offset, offset + byteLength)[m2](0, byteLength);
          } : BufferList.prototype[m2] = function(offset = 0) {
            return this.slice(offset, offset + methods[m2])[m2](0);
          };
        })(m);
    })();
    BufferList.prototype._isBufferList = function(b) {
      return b instanceof BufferList || BufferList.isBufferList(b);
    };
    BufferList.isBufferList = function(b) {
      return b != null && b[symbol];
    };
    module.exports = BufferList;
  }
});

// node_modules/bl/bl.js
var require_bl = __commonJS({
  "node_modules/bl/bl.js"(exports, module) {
    "use strict";
    var DuplexStream = require_readable().Duplex, inherits = require_inherits(), BufferList = require_BufferList();
    function BufferListStream(callback) {
      if (!(this instanceof BufferListStream))
        return new BufferListStream(callback);
      if (typeof callback == "function") {
        this._callback = callback;
        let piper = function(err) {
          this._callback && (this._callback(err), this._callback = null);
        }.bind(this);
        this.on("pipe", function(src) {
          src.on("error", piper);
        }), this.on("unpipe", function(src) {
          src.removeListener("error", piper);
        }), callback = null;
      }
      BufferList._init.call(this, callback), DuplexStream.call(this);
    }
    inherits(BufferListStream, DuplexStream);
    Object.assign(BufferListStream.prototype, BufferList.prototype);
    BufferListStream.prototype._new = function(callback) {
      return new BufferListStream(callback);
    };
    BufferListStream.prototype._write = function(buf, encoding, callback) {
      this._appendBuffer(buf), typeof callback == "function" && callback();
    };
    BufferListStream.prototype._read = function(size) {
      if (!this.length)
        return this.push(null);
      size = Math.min(size, this.length), this.push(this.slice(0, size)), this.consume(size);
    };
    BufferListStream.prototype.end = function(chunk) {
      DuplexStream.prototype.end.call(this, chunk), this._callback && (this._callback(null, this.slice()), this._callback = null);
    };
    BufferListStream.prototype._destroy = function(err, cb) {
      this._bufs.length = 0, this.length = 0, cb(err);
    };
    BufferListStream.prototype._isBufferList = function(b) {
      return b instanceof BufferListStream || b instanceof BufferList || BufferListStream.isBufferList(b);
    };
    BufferListStream.isBufferList = BufferList.isBufferList;
    module.exports = BufferListStream;
    module.exports.BufferListStream = BufferListStream;
    module.exports.BufferList = BufferList;
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var alloc = Buffer.alloc, ZEROS = "0000000000000000000", SEVENS = "7777777777777777777", ZERO_OFFSET = 48, USTAR_MAGIC = Buffer.from("ustar\0", "binary"), USTAR_VER = Buffer.from("00", "binary"), GNU_MAGIC = Buffer.from("ustar ", "binary"), GNU_VER = Buffer.from(" \0", "binary"), MASK = parseInt("7777", 8), MAGIC_OFFSET = 257, VERSION_OFFSET = 263, clamp = function(index, len, defaultValue) {
      return typeof index != "number" ? defaultValue : (index = ~~index, index >= len ? len : index >= 0 || (index += len, index >= 0) ? index : 0);
    }, toType = function(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }, toTypeflag = function(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }, indexOf = function(block, num, offset, end) {
      for (; offset < end; offset++)
        if (block[offset] === num) return offset;
      return end;
    }, cksum = function(block) {
      for (var sum = 256, i = 0; i < 148; i++) sum += block[i];
      for (var j = 156; j < 512; j++) sum += block[j];
      return sum;
    }, encodeOct = function(val, n) {
      return val = val.toString(8), val.length > n ? SEVENS.slice(0, n) + " " : ZEROS.slice(0, n - val.length) + val + " ";
    };
    function parse256(buf) {
      var positive;
      if (buf[0] === 128) positive = !0;
      else if (buf[0] === 255) positive = !1;
      else return null;
      for (var tuple = [], i = buf.length - 1; i > 0; i--) {
        var byte = buf[i];
        positive ? tuple.push(byte) : tuple.push(255 - byte);
      }
      var sum = 0, l = tuple.length;
      for (i = 0; i < l; i++)
        sum += tuple[i] * Math.pow(256, i);
      return positive ? sum : -1 * sum;
    }
    var decodeOct = function(val, offset, length) {
      if (val = val.slice(offset, offset + length), offset = 0, val[offset] & 128)
        return parse256(val);
      for (; offset < val.length && val[offset] === 32; ) offset++;
      for (var end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length); offset < end && val[offset] === 0; ) offset++;
      return end === offset ? 0 : parseInt(val.slice(offset, end).toString(), 8);
    }, decodeStr = function(val, offset, length, encoding) {
      return val.slice(offset, indexOf(val, 0, offset, offset + length)).toString(encoding);
    }, addLength = function(str) {
      var len = Buffer.byteLength(str), digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      return len + digits >= Math.pow(10, digits) && digits++, len + digits + str;
    };
    exports.decodeLongPath = function(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function(opts) {
      var result = "";
      opts.name && (result += addLength(" path=" + opts.name + `
`)), opts.linkname && (result += addLength(" linkpath=" + opts.linkname + `
`));
      var pax = opts.pax;
      if (pax)
        for (var key in pax)
          result += addLength(" " + key + "=" + pax[key] + `
`);
      return Buffer.from(result);
    };
    exports.decodePax = function(buf) {
      for (var result = {}; buf.length; ) {
        for (var i = 0; i < buf.length && buf[i] !== 32; ) i++;
        var len = parseInt(buf.slice(0, i).toString(), 10);
        if (!len) return result;
        var b = buf.slice(i + 1, len - 1).toString(), keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1), buf = buf.slice(len);
      }
      return result;
    };
    exports.encode = function(opts) {
      var buf = alloc(512), name = opts.name, prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/" && (name += "/"), Buffer.byteLength(name) !== name.length) return null;
      for (; Buffer.byteLength(name) > 100; ) {
        var i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i), name = name.slice(i + 1);
      }
      return Buffer.byteLength(name) > 100 || Buffer.byteLength(prefix) > 155 || opts.linkname && Buffer.byteLength(opts.linkname) > 100 ? null : (buf.write(name), buf.write(encodeOct(opts.mode & MASK, 6), 100), buf.write(encodeOct(opts.uid, 6), 108), buf.write(encodeOct(opts.gid, 6), 116), buf.write(encodeOct(opts.size, 11), 124), buf.write(encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136), buf[156] = ZERO_OFFSET + toTypeflag(opts.type), opts.linkname && buf.write(opts.linkname, 157), USTAR_MAGIC.copy(buf, MAGIC_OFFSET), USTAR_VER.copy(buf, VERSION_OFFSET), opts.uname && buf.write(opts.uname, 265), opts.gname && buf.write(opts.gname, 297), buf.write(encodeOct(opts.devmajor || 0, 6), 329), buf.write(encodeOct(opts.devminor || 0, 6), 337), prefix && buf.write(prefix, 345), buf.write(encodeOct(cksum(buf), 6), 148), buf);
    };
    exports.decode = function(buf, filenameEncoding, allowUnknownFormat) {
      var typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET, name = decodeStr(buf, 0, 100, filenameEncoding), mode = decodeOct(buf, 100, 8), uid = decodeOct(buf, 108, 8), gid = decodeOct(buf, 116, 8), size = decodeOct(buf, 124, 12), mtime = decodeOct(buf, 136, 12), type = toType(typeflag), linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding), uname = decodeStr(buf, 265, 32), gname = decodeStr(buf, 297, 32), devmajor = decodeOct(buf, 329, 8), devminor = decodeOct(buf, 337, 8), c = cksum(buf);
      if (c === 256) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (USTAR_MAGIC.compare(buf, MAGIC_OFFSET, MAGIC_OFFSET + 6) === 0)
        buf[345] && (name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name);
      else if (!(GNU_MAGIC.compare(buf, MAGIC_OFFSET, MAGIC_OFFSET + 6) === 0 && GNU_VER.compare(buf, VERSION_OFFSET, VERSION_OFFSET + 2) === 0)) {
        if (!allowUnknownFormat)
          throw new Error("Invalid tar header: unknown format.");
      }
      return typeflag === 0 && name && name[name.length - 1] === "/" && (typeflag = 5), {
        name,
        mode,
        uid,
        gid,
        size,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor
      };
    };
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var util = __require("util"), bl = require_bl(), headers = require_headers(), Writable2 = require_readable().Writable, PassThrough = require_readable().PassThrough, noop = function() {
    }, overflow = function(size) {
      return size &= 511, size && 512 - size;
    }, emptyStream = function(self2, offset) {
      var s = new Source(self2, offset);
      return s.end(), s;
    }, mixinPax = function(header, pax) {
      return pax.path && (header.name = pax.path), pax.linkpath && (header.linkname = pax.linkpath), pax.size && (header.size = parseInt(pax.size, 10)), header.pax = pax, header;
    }, Source = function(self2, offset) {
      this._parent = self2, this.offset = offset, PassThrough.call(this, { autoDestroy: !1 });
    };
    util.inherits(Source, PassThrough);
    Source.prototype.destroy = function(err) {
      this._parent.destroy(err);
    };
    var Extract = function(opts) {
      if (!(this instanceof Extract)) return new Extract(opts);
      Writable2.call(this, opts), opts = opts || {}, this._offset = 0, this._buffer = bl(), this._missing = 0, this._partial = !1, this._onparse = noop, this._header = null, this._stream = null, this._overflow = null, this._cb = null, this._locked = !1, this._destroyed = !1, this._pax = null, this._paxGlobal = null, this._gnuLongPath = null, this._gnuLongLinkPath = null;
      var self2 = this, b = self2._buffer, oncontinue = function() {
        self2._continue();
      }, onunlock = function(err) {
        if (self2._locked = !1, err) return self2.destroy(err);
        self2._stream || oncontinue();
      }, onstreamend = function() {
        self2._stream = null;
        var drain = overflow(self2._header.size);
        drain ? self2._parse(drain, ondrain) : self2._parse(512, onheader), self2._locked || oncontinue();
      }, ondrain = function() {
        self2._buffer.consume(overflow(self2._header.size)), self2._parse(512, onheader), oncontinue();
      }, onpaxglobalheader = function() {
        var size = self2._header.size;
        self2._paxGlobal = headers.decodePax(b.slice(0, size)), b.consume(size), onstreamend();
      }, onpaxheader = function() {
        var size = self2._header.size;
        self2._pax = headers.decodePax(b.slice(0, size)), self2._paxGlobal && (self2._pax = Object.assign({}, self2._paxGlobal, self2._pax)), b.consume(size), onstreamend();
      }, ongnulongpath = function() {
        var size = self2._header.size;
        this._gnuLongPath = headers.decodeLongPath(b.slice(0, size), opts.filenameEncoding), b.consume(size), onstreamend();
      }, ongnulonglinkpath = function() {
        var size = self2._header.size;
        this._gnuLongLinkPath = headers.decodeLongPath(b.slice(0, size), opts.filenameEncoding), b.consume(size), onstreamend();
      }, onheader = function() {
        var offset = self2._offset, header;
        try {
          header = self2._header = headers.decode(b.slice(0, 512), opts.filenameEncoding, opts.allowUnknownFormat);
        } catch (err) {
          self2.emit("error", err);
        }
        if (b.consume(512), !header) {
          self2._parse(512, onheader), oncontinue();
          return;
        }
        if (header.type === "gnu-long-path") {
          self2._parse(header.size, ongnulongpath), oncontinue();
          return;
        }
        if (header.type === "gnu-long-link-path") {
          self2._parse(header.size, ongnulonglinkpath), oncontinue();
          return;
        }
        if (header.type === "pax-global-header") {
          self2._parse(header.size, onpaxglobalheader), oncontinue();
          return;
        }
        if (header.type === "pax-header") {
          self2._parse(header.size, onpaxheader), oncontinue();
          return;
        }
        if (self2._gnuLongPath && (header.name = self2._gnuLongPath, self2._gnuLongPath = null), self2._gnuLongLinkPath && (header.linkname = self2._gnuLongLinkPath, self2._gnuLongLinkPath = null), self2._pax && (self2._header = header = mixinPax(header, self2._pax), self2._pax = null), self2._locked = !0, !header.size || header.type === "directory") {
          self2._parse(512, onheader), self2.emit("entry", header, emptyStream(self2, offset), onunlock);
          return;
        }
        self2._stream = new Source(self2, offset), self2.emit("entry", header, self2._stream, onunlock), self2._parse(header.size, onstreamend), oncontinue();
      };
      this._onheader = onheader, this._parse(512, onheader);
    };
    util.inherits(Extract, Writable2);
    Extract.prototype.destroy = function(err) {
      this._destroyed || (this._destroyed = !0, err && this.emit("error", err), this.emit("close"), this._stream && this._stream.emit("close"));
    };
    Extract.prototype._parse = function(size, onparse) {
      this._destroyed || (this._offset += size, this._missing = size, onparse === this._onheader && (this._partial = !1), this._onparse = onparse);
    };
    Extract.prototype._continue = function() {
      if (!this._destroyed) {
        var cb = this._cb;
        this._cb = noop, this._overflow ? this._write(this._overflow, void 0, cb) : cb();
      }
    };
    Extract.prototype._write = function(data, enc, cb) {
      if (!this._destroyed) {
        var s = this._stream, b = this._buffer, missing = this._missing;
        if (data.length && (this._partial = !0), data.length < missing)
          return this._missing -= data.length, this._overflow = null, s ? s.write(data, cb) : (b.append(data), cb());
        this._cb = cb, this._missing = 0;
        var overflow2 = null;
        data.length > missing && (overflow2 = data.slice(missing), data = data.slice(0, missing)), s ? s.end(data) : b.append(data), this._overflow = overflow2, this._onparse();
      }
    };
    Extract.prototype._final = function(cb) {
      if (this._partial) return this.destroy(new Error("Unexpected end of data"));
      cb();
    };
    module.exports = Extract;
  }
});

// node_modules/fs-constants/index.js
var require_fs_constants = __commonJS({
  "node_modules/fs-constants/index.js"(exports, module) {
    module.exports = __require("fs").constants || __require("constants");
  }
});

// node_modules/wrappy/wrappy.js
var require_wrappy = __commonJS({
  "node_modules/wrappy/wrappy.js"(exports, module) {
    module.exports = wrappy;
    function wrappy(fn, cb) {
      if (fn && cb) return wrappy(fn)(cb);
      if (typeof fn != "function")
        throw new TypeError("need wrapper function");
      return Object.keys(fn).forEach(function(k) {
        wrapper[k] = fn[k];
      }), wrapper;
      function wrapper() {
        for (var args = new Array(arguments.length), i = 0; i < args.length; i++)
          args[i] = arguments[i];
        var ret = fn.apply(this, args), cb2 = args[args.length - 1];
        return typeof ret == "function" && ret !== cb2 && Object.keys(cb2).forEach(function(k) {
          ret[k] = cb2[k];
        }), ret;
      }
    }
  }
});

// node_modules/once/once.js
var require_once = __commonJS({
  "node_modules/once/once.js"(exports, module) {
    var wrappy = require_wrappy();
    module.exports = wrappy(once2);
    module.exports.strict = wrappy(onceStrict);
    once2.proto = once2(function() {
      Object.defineProperty(Function.prototype, "once", {
        value: function() {
          return once2(this);
        },
        configurable: !0
      }), Object.defineProperty(Function.prototype, "onceStrict", {
        value: function() {
          return onceStrict(this);
        },
        configurable: !0
      });
    });
    function once2(fn) {
      var f = function() {
        return f.called ? f.value : (f.called = !0, f.value = fn.apply(this, arguments));
      };
      return f.called = !1, f;
    }
    function onceStrict(fn) {
      var f = function() {
        if (f.called)
          throw new Error(f.onceError);
        return f.called = !0, f.value = fn.apply(this, arguments);
      }, name = fn.name || "Function wrapped with `once`";
      return f.onceError = name + " shouldn't be called more than once", f.called = !1, f;
    }
  }
});

// node_modules/end-of-stream/index.js
var require_end_of_stream2 = __commonJS({
  "node_modules/end-of-stream/index.js"(exports, module) {
    var once2 = require_once(), noop = function() {
    }, qnt = global.Bare ? queueMicrotask : process.nextTick.bind(process), isRequest = function(stream) {
      return stream.setHeader && typeof stream.abort == "function";
    }, isChildProcess = function(stream) {
      return stream.stdio && Array.isArray(stream.stdio) && stream.stdio.length === 3;
    }, eos = function(stream, opts, callback) {
      if (typeof opts == "function") return eos(stream, null, opts);
      opts || (opts = {}), callback = once2(callback || noop);
      var ws = stream._writableState, rs = stream._readableState, readable = opts.readable || opts.readable !== !1 && stream.readable, writable = opts.writable || opts.writable !== !1 && stream.writable, cancelled = !1, onlegacyfinish = function() {
        stream.writable || onfinish();
      }, onfinish = function() {
        writable = !1, readable || callback.call(stream);
      }, onend = function() {
        readable = !1, writable || callback.call(stream);
      }, onexit = function(exitCode) {
        callback.call(stream, exitCode ? new Error("exited with error code: " + exitCode) : null);
      }, onerror = function(err) {
        callback.call(stream, err);
      }, onclose = function() {
        qnt(onclosenexttick);
      }, onclosenexttick = function() {
        if (!cancelled) {
          if (readable && !(rs && rs.ended && !rs.destroyed)) return callback.call(stream, new Error("premature close"));
          if (writable && !(ws && ws.ended && !ws.destroyed)) return callback.call(stream, new Error("premature close"));
        }
      }, onrequest = function() {
        stream.req.on("finish", onfinish);
      };
      return isRequest(stream) ? (stream.on("complete", onfinish), stream.on("abort", onclose), stream.req ? onrequest() : stream.on("request", onrequest)) : writable && !ws && (stream.on("end", onlegacyfinish), stream.on("close", onlegacyfinish)), isChildProcess(stream) && stream.on("exit", onexit), stream.on("end", onend), stream.on("finish", onfinish), opts.error !== !1 && stream.on("error", onerror), stream.on("close", onclose), function() {
        cancelled = !0, stream.removeListener("complete", onfinish), stream.removeListener("abort", onclose), stream.removeListener("request", onrequest), stream.req && stream.req.removeListener("finish", onfinish), stream.removeListener("end", onlegacyfinish), stream.removeListener("close", onlegacyfinish), stream.removeListener("finish", onfinish), stream.removeListener("exit", onexit), stream.removeListener("end", onend), stream.removeListener("error", onerror), stream.removeListener("close", onclose);
      };
    };
    module.exports = eos;
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var constants = require_fs_constants(), eos = require_end_of_stream2(), inherits = require_inherits(), alloc = Buffer.alloc, Readable = require_readable().Readable, Writable2 = require_readable().Writable, StringDecoder2 = __require("string_decoder").StringDecoder, headers = require_headers(), DMODE = parseInt("755", 8), FMODE = parseInt("644", 8), END_OF_TAR = alloc(1024), noop = function() {
    }, overflow = function(self2, size) {
      size &= 511, size && self2.push(END_OF_TAR.slice(0, 512 - size));
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    var Sink = function(to) {
      Writable2.call(this), this.written = 0, this._to = to, this._destroyed = !1;
    };
    inherits(Sink, Writable2);
    Sink.prototype._write = function(data, enc, cb) {
      if (this.written += data.length, this._to.push(data)) return cb();
      this._to._drain = cb;
    };
    Sink.prototype.destroy = function() {
      this._destroyed || (this._destroyed = !0, this.emit("close"));
    };
    var LinkSink = function() {
      Writable2.call(this), this.linkname = "", this._decoder = new StringDecoder2("utf-8"), this._destroyed = !1;
    };
    inherits(LinkSink, Writable2);
    LinkSink.prototype._write = function(data, enc, cb) {
      this.linkname += this._decoder.write(data), cb();
    };
    LinkSink.prototype.destroy = function() {
      this._destroyed || (this._destroyed = !0, this.emit("close"));
    };
    var Void = function() {
      Writable2.call(this), this._destroyed = !1;
    };
    inherits(Void, Writable2);
    Void.prototype._write = function(data, enc, cb) {
      cb(new Error("No body allowed for this entry"));
    };
    Void.prototype.destroy = function() {
      this._destroyed || (this._destroyed = !0, this.emit("close"));
    };
    var Pack = function(opts) {
      if (!(this instanceof Pack)) return new Pack(opts);
      Readable.call(this, opts), this._drain = noop, this._finalized = !1, this._finalizing = !1, this._destroyed = !1, this._stream = null;
    };
    inherits(Pack, Readable);
    Pack.prototype.entry = function(header, buffer, callback) {
      if (this._stream) throw new Error("already piping an entry");
      if (!(this._finalized || this._destroyed)) {
        typeof buffer == "function" && (callback = buffer, buffer = null), callback || (callback = noop);
        var self2 = this;
        if ((!header.size || header.type === "symlink") && (header.size = 0), header.type || (header.type = modeToType(header.mode)), header.mode || (header.mode = header.type === "directory" ? DMODE : FMODE), header.uid || (header.uid = 0), header.gid || (header.gid = 0), header.mtime || (header.mtime = /* @__PURE__ */ new Date()), typeof buffer == "string" && (buffer = Buffer.from(buffer)), Buffer.isBuffer(buffer)) {
          header.size = buffer.length, this._encode(header);
          var ok = this.push(buffer);
          return overflow(self2, header.size), ok ? process.nextTick(callback) : this._drain = callback, new Void();
        }
        if (header.type === "symlink" && !header.linkname) {
          var linkSink = new LinkSink();
          return eos(linkSink, function(err) {
            if (err)
              return self2.destroy(), callback(err);
            header.linkname = linkSink.linkname, self2._encode(header), callback();
          }), linkSink;
        }
        if (this._encode(header), header.type !== "file" && header.type !== "contiguous-file")
          return process.nextTick(callback), new Void();
        var sink = new Sink(this);
        return this._stream = sink, eos(sink, function(err) {
          if (self2._stream = null, err)
            return self2.destroy(), callback(err);
          if (sink.written !== header.size)
            return self2.destroy(), callback(new Error("size mismatch"));
          overflow(self2, header.size), self2._finalizing && self2.finalize(), callback();
        }), sink;
      }
    };
    Pack.prototype.finalize = function() {
      if (this._stream) {
        this._finalizing = !0;
        return;
      }
      this._finalized || (this._finalized = !0, this.push(END_OF_TAR), this.push(null));
    };
    Pack.prototype.destroy = function(err) {
      this._destroyed || (this._destroyed = !0, err && this.emit("error", err), this.emit("close"), this._stream && this._stream.destroy && this._stream.destroy());
    };
    Pack.prototype._encode = function(header) {
      if (!header.pax) {
        var buf = headers.encode(header);
        if (buf) {
          this.push(buf);
          return;
        }
      }
      this._encodePax(header);
    };
    Pack.prototype._encodePax = function(header) {
      var paxHeader = headers.encodePax({
        name: header.name,
        linkname: header.linkname,
        pax: header.pax
      }), newHeader = {
        name: "PaxHeader",
        mode: header.mode,
        uid: header.uid,
        gid: header.gid,
        size: paxHeader.length,
        mtime: header.mtime,
        type: "pax-header",
        linkname: header.linkname && "PaxHeader",
        uname: header.uname,
        gname: header.gname,
        devmajor: header.devmajor,
        devminor: header.devminor
      };
      this.push(headers.encode(newHeader)), this.push(paxHeader), overflow(this, paxHeader.length), newHeader.size = header.size, newHeader.type = header.type, this.push(headers.encode(newHeader));
    };
    Pack.prototype._read = function(n) {
      var drain = this._drain;
      this._drain = noop, drain();
    };
    module.exports = Pack;
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// node_modules/pump/index.js
var require_pump = __commonJS({
  "node_modules/pump/index.js"(exports, module) {
    var once2 = require_once(), eos = require_end_of_stream2(), fs4;
    try {
      fs4 = __require("fs");
    } catch {
    }
    var noop = function() {
    }, ancient = typeof process > "u" ? !1 : /^v?\.0/.test(process.version), isFn = function(fn) {
      return typeof fn == "function";
    }, isFS = function(stream) {
      return !ancient || !fs4 ? !1 : (stream instanceof (fs4.ReadStream || noop) || stream instanceof (fs4.WriteStream || noop)) && isFn(stream.close);
    }, isRequest = function(stream) {
      return stream.setHeader && isFn(stream.abort);
    }, destroyer = function(stream, reading, writing, callback) {
      callback = once2(callback);
      var closed = !1;
      stream.on("close", function() {
        closed = !0;
      }), eos(stream, { readable: reading, writable: writing }, function(err) {
        if (err) return callback(err);
        closed = !0, callback();
      });
      var destroyed = !1;
      return function(err) {
        if (!closed && !destroyed) {
          if (destroyed = !0, isFS(stream)) return stream.close(noop);
          if (isRequest(stream)) return stream.abort();
          if (isFn(stream.destroy)) return stream.destroy();
          callback(err || new Error("stream was destroyed"));
        }
      };
    }, call = function(fn) {
      fn();
    }, pipe = function(from, to) {
      return from.pipe(to);
    }, pump = function() {
      var streams = Array.prototype.slice.call(arguments), callback = isFn(streams[streams.length - 1] || noop) && streams.pop() || noop;
      if (Array.isArray(streams[0]) && (streams = streams[0]), streams.length < 2) throw new Error("pump requires two streams per minimum");
      var error, destroys = streams.map(function(stream, i) {
        var reading = i < streams.length - 1, writing = i > 0;
        return destroyer(stream, reading, writing, function(err) {
          error || (error = err), err && destroys.forEach(call), !reading && (destroys.forEach(call), callback(error));
        });
      });
      return streams.reduce(pipe);
    };
    module.exports = pump;
  }
});

// node_modules/mkdirp-classic/index.js
var require_mkdirp_classic = __commonJS({
  "node_modules/mkdirp-classic/index.js"(exports, module) {
    var path6 = __require("path"), fs4 = __require("fs"), _0777 = parseInt("0777", 8);
    module.exports = mkdirP.mkdirp = mkdirP.mkdirP = mkdirP;
    function mkdirP(p, opts, f, made) {
      typeof opts == "function" ? (f = opts, opts = {}) : (!opts || typeof opts != "object") && (opts = { mode: opts });
      var mode = opts.mode, xfs = opts.fs || fs4;
      mode === void 0 && (mode = _0777 & ~process.umask()), made || (made = null);
      var cb = f || function() {
      };
      p = path6.resolve(p), xfs.mkdir(p, mode, function(er) {
        if (!er)
          return made = made || p, cb(null, made);
        er.code === "ENOENT" ? mkdirP(path6.dirname(p), opts, function(er2, made2) {
          er2 ? cb(er2, made2) : mkdirP(p, opts, cb, made2);
        }) : xfs.stat(p, function(er2, stat) {
          er2 || !stat.isDirectory() ? cb(er, made) : cb(null, made);
        });
      });
    }
    mkdirP.sync = function sync(p, opts, made) {
      (!opts || typeof opts != "object") && (opts = { mode: opts });
      var mode = opts.mode, xfs = opts.fs || fs4;
      mode === void 0 && (mode = _0777 & ~process.umask()), made || (made = null), p = path6.resolve(p);
      try {
        xfs.mkdirSync(p, mode), made = made || p;
      } catch (err0) {
        switch (err0.code) {
          case "ENOENT":
            made = sync(path6.dirname(p), opts, made), sync(p, opts, made);
            break;
          // In the case of any other error, just see if there's a dir
          // there already.  If so, then hooray!  If not, then something
          // is borked.
          default:
            var stat;
            try {
              stat = xfs.statSync(p);
            } catch {
              throw err0;
            }
            if (!stat.isDirectory()) throw err0;
            break;
        }
      }
      return made;
    };
  }
});

// node_modules/tar-fs/index.js
var require_tar_fs = __commonJS({
  "node_modules/tar-fs/index.js"(exports) {
    var chownr = require_chownr(), tar = require_tar_stream(), pump = require_pump(), mkdirp = require_mkdirp_classic(), fs4 = __require("fs"), path6 = __require("path"), os3 = __require("os"), win32 = os3.platform() === "win32", DOTDOT_LEADING = 1, DOTDOT_NONE = 2, noop = function() {
    }, echo = function(name) {
      return name;
    }, normalize = win32 ? function(name) {
      return name.replace(/\\/g, "/").replace(/[:?<>|]/g, "_");
    } : echo, statAll = function(fs5, stat, cwd, ignore, entries, sort) {
      for (var queue = entries || ["."], i = 0; i < queue.length; i++)
        if (!inCwd(path6.resolve(cwd, queue[i]), cwd)) throw new Error(queue[i] + " is not a valid path");
      return function(callback) {
        if (!queue.length) return callback();
        var next = queue.shift(), nextAbs = path6.join(cwd, next);
        stat.call(fs5, nextAbs, function(err, stat2) {
          if (err) return callback(err);
          if (!stat2.isDirectory()) return callback(null, next, stat2);
          fs5.readdir(nextAbs, function(err2, files) {
            if (err2) return callback(err2);
            sort && files.sort();
            for (var i2 = 0; i2 < files.length; i2++)
              ignore(path6.join(cwd, next, files[i2])) || queue.push(path6.join(next, files[i2]));
            callback(null, next, stat2);
          });
        });
      };
    }, strip = function(map, level) {
      return function(header) {
        header.name = header.name.split("/").slice(level).join("/");
        var linkname = header.linkname;
        return linkname && (header.type === "link" || path6.isAbsolute(linkname)) && (header.linkname = linkname.split("/").slice(level).join("/")), map(header);
      };
    };
    exports.pack = function(cwd, opts) {
      cwd || (cwd = "."), opts || (opts = {});
      var xfs = opts.fs || fs4, ignore = opts.ignore || opts.filter || noop, map = opts.map || noop, mapStream = opts.mapStream || echo, statNext = statAll(xfs, opts.dereference ? xfs.stat : xfs.lstat, cwd, ignore, opts.entries, opts.sort), strict = opts.strict !== !1, umask = typeof opts.umask == "number" ? ~opts.umask : ~processUmask(), dmode = typeof opts.dmode == "number" ? opts.dmode : 0, fmode = typeof opts.fmode == "number" ? opts.fmode : 0, pack = opts.pack || tar.pack(), finish = opts.finish || noop;
      opts.strip && (map = strip(map, opts.strip)), opts.readable && (dmode |= parseInt(555, 8), fmode |= parseInt(444, 8)), opts.writable && (dmode |= parseInt(333, 8), fmode |= parseInt(222, 8));
      var onsymlink = function(filename, header) {
        xfs.readlink(path6.join(cwd, filename), function(err, linkname) {
          if (err) return pack.destroy(err);
          header.linkname = normalize(linkname), pack.entry(header, onnextentry);
        });
      }, onstat = function(err, filename, stat) {
        if (err) return pack.destroy(err);
        if (!filename)
          return opts.finalize !== !1 && pack.finalize(), finish(pack);
        if (stat.isSocket()) return onnextentry();
        var header = {
          name: normalize(filename),
          mode: (stat.mode | (stat.isDirectory() ? dmode : fmode)) & umask,
          mtime: stat.mtime,
          size: stat.size,
          type: "file",
          uid: stat.uid,
          gid: stat.gid
        };
        if (stat.isDirectory())
          return header.size = 0, header.type = "directory", header = map(header) || header, pack.entry(header, onnextentry);
        if (stat.isSymbolicLink())
          return header.size = 0, header.type = "symlink", header = map(header) || header, onsymlink(filename, header);
        if (header = map(header) || header, !stat.isFile())
          return strict ? pack.destroy(new Error("unsupported type for " + filename)) : onnextentry();
        var entry = pack.entry(header, onnextentry);
        if (entry) {
          var rs = mapStream(xfs.createReadStream(path6.join(cwd, filename), { start: 0, end: header.size > 0 ? header.size - 1 : header.size }), header);
          rs.on("error", function(err2) {
            entry.destroy(err2);
          }), pump(rs, entry);
        }
      }, onnextentry = function(err) {
        if (err) return pack.destroy(err);
        statNext(onstat);
      };
      return onnextentry(), pack;
    };
    var head = function(list) {
      return list.length ? list[list.length - 1] : null;
    }, processGetuid = function() {
      return process.getuid ? process.getuid() : -1;
    }, processUmask = function() {
      return process.umask ? process.umask() : 0;
    };
    exports.extract = function(cwd, opts) {
      cwd || (cwd = "."), opts || (opts = {});
      var xfs = opts.fs || fs4, ignore = opts.ignore || opts.filter || noop, map = opts.map || noop, mapStream = opts.mapStream || echo, own = opts.chown !== !1 && !win32 && processGetuid() === 0, extract = opts.extract || tar.extract(), stack = [], now = /* @__PURE__ */ new Date(), umask = typeof opts.umask == "number" ? ~opts.umask : ~processUmask(), dmode = typeof opts.dmode == "number" ? opts.dmode : 0, fmode = typeof opts.fmode == "number" ? opts.fmode : 0, strict = opts.strict !== !1;
      opts.strip && (map = strip(map, opts.strip)), opts.readable && (dmode |= parseInt(555, 8), fmode |= parseInt(444, 8)), opts.writable && (dmode |= parseInt(333, 8), fmode |= parseInt(222, 8));
      var utimesParent = function(name, cb) {
        for (var top; (top = head(stack)) && name.slice(0, top[0].length) !== top[0]; ) stack.pop();
        if (!top) return cb();
        xfs.utimes(top[0], now, top[1], cb);
      }, utimes = function(name, header, cb) {
        if (opts.utimes === !1) return cb();
        if (header.type === "directory") return xfs.utimes(name, now, header.mtime, cb);
        if (header.type === "symlink") return utimesParent(name, cb);
        xfs.utimes(name, now, header.mtime, function(err) {
          if (err) return cb(err);
          utimesParent(name, cb);
        });
      }, chperm = function(name, header, cb) {
        var link = header.type === "symlink", chmod = link ? xfs.lchmod : xfs.chmod, chown = link ? xfs.lchown : xfs.chown;
        if (!chmod) return cb();
        var mode = (header.mode | (header.type === "directory" ? dmode : fmode)) & umask & parseInt(777, 8);
        if (chown && own) {
          if (!validId(header.uid) || !validId(header.gid)) return cb(new Error(name + " has an invalid owner"));
          chown.call(xfs, name, header.uid, header.gid, onchown);
        } else
          onchown(null);
        function onchown(err) {
          if (err) return cb(err);
          if (!chmod) return cb();
          chmod.call(xfs, name, mode, cb);
        }
      };
      return extract.on("entry", function(header, stream, next) {
        header = map(header) || header, header.name = normalize(header.name);
        var name = path6.join(cwd, path6.join("/", header.name));
        if (ignore(name, header))
          return stream.resume(), next();
        if (!validPath(header.name, DOTDOT_NONE))
          return next(new Error(JSON.stringify(header.name) + " is not a valid path"));
        var isRoot = path6.join(name, ".") === path6.join(cwd, "."), stat = function(err) {
          if (err) return next(err);
          if (isRoot) return next();
          utimes(name, header, function(err2) {
            if (err2) return next(err2);
            if (win32) return next();
            chperm(name, header, next);
          });
        }, ondirectory = function() {
          if (isRoot) return onmkdir(null);
          xfs.lstat(name, function(err, st) {
            if (!err && st.isSymbolicLink()) return xfs.unlink(name, onmkdir);
            onmkdir(null);
          });
          function onmkdir(err) {
            if (err) return next(err);
            stack.push([name, header.mtime]), mkdirfix(name, {
              fs: xfs,
              own,
              uid: header.uid,
              gid: header.gid
            }, stat);
          }
        }, onsymlink = function() {
          if (win32) return next();
          if (!validPath(header.linkname, DOTDOT_LEADING)) return next(new Error(name + " is not a valid symlink"));
          var dst = path6.resolve(path6.dirname(name), header.linkname);
          if (!inCwd(dst, cwd)) return next(new Error(name + " is not a valid symlink"));
          validateNotSymlink(xfs, dst, path6.resolve(cwd), function(err, valid) {
            if (err) return next(err);
            if (!valid) return next(new Error(name + " is not a valid symlink"));
            xfs.unlink(name, function() {
              xfs.symlink(header.linkname, name, stat);
            });
          });
        }, onlink = function() {
          if (win32) return next();
          if (!validPath(header.linkname, DOTDOT_NONE)) return next(new Error(name + " is not a valid hardlink"));
          var srcpath = path6.join(cwd, path6.join("/", header.linkname));
          xfs.realpath(srcpath, function(err, dst) {
            if (err || !inCwd(dst, cwd)) return next(new Error(name + " is not a valid hardlink"));
            xfs.unlink(name, function() {
              xfs.link(dst, name, function(err2) {
                if (err2 && err2.code === "EPERM" && opts.hardlinkAsFilesFallback)
                  return stream = xfs.createReadStream(srcpath), onfile();
                stat(err2);
              });
            });
          });
        }, onfile = function() {
          xfs.lstat(name, function(err, st) {
            if (!err && st.isSymbolicLink()) return xfs.unlink(name, onwrite);
            onwrite();
          });
          function onwrite(err) {
            if (err) return next(err);
            var ws = xfs.createWriteStream(name), rs = mapStream(stream, header);
            ws.on("error", function(err2) {
              rs.destroy(err2);
            }), pump(rs, ws, function(err2) {
              if (err2) return next(err2);
              ws.on("close", stat);
            });
          }
        }, dir = isRoot ? path6.join(cwd, ".") : path6.dirname(name);
        validate(xfs, dir, path6.join(cwd, "."), function(err, valid) {
          if (err) return next(err);
          if (!valid) return next(new Error(dir + " is not a valid path"));
          if (header.type === "directory") return ondirectory();
          mkdirfix(dir, {
            fs: xfs,
            own,
            uid: header.uid,
            gid: header.gid
          }, function(err2) {
            if (err2) return next(err2);
            switch (header.type) {
              case "file":
                return onfile();
              case "link":
                return onlink();
              case "symlink":
                return onsymlink();
            }
            if (strict) return next(new Error("unsupported type for " + name + " (" + header.type + ")"));
            stream.resume(), next();
          });
        });
      }), opts.finish && extract.on("finish", opts.finish), extract;
    };
    function validate(fs5, name, root, cb) {
      if (name === root) return cb(null, !0);
      fs5.lstat(name, function(err, st) {
        if (err && err.code !== "ENOENT") return cb(err);
        if (err || st.isDirectory()) return validate(fs5, path6.join(name, ".."), root, cb);
        cb(null, !1);
      });
    }
    function validateNotSymlink(fs5, name, root, cb) {
      if (name === root) return cb(null, !0);
      if (!name.startsWith(root + path6.sep)) return cb(null, !1);
      fs5.lstat(name, function(err, st) {
        if (err && err.code !== "ENOENT" && err.code !== "EPERM") return cb(err);
        if (err || !st.isSymbolicLink()) return validateNotSymlink(fs5, path6.join(name, ".."), root, cb);
        cb(null, !1);
      });
    }
    function validId(id) {
      return Number.isInteger(id) && id >= -1 && id <= 4294967295;
    }
    function validPath(name, dotdot) {
      if (typeof name != "string" || name.indexOf("\0") !== -1) return !1;
      for (var parts = name.split(/[/\\]/), seen = !1, i = 0; i < parts.length; i++)
        if (parts[i] === "..") {
          if (seen || dotdot !== DOTDOT_LEADING) return !1;
        } else parts[i] !== "" && parts[i] !== "." && (seen = !0);
      return !0;
    }
    function mkdirfix(name, opts, cb) {
      if (opts.own && (!validId(opts.uid) || !validId(opts.gid))) return cb(new Error(name + " has an invalid owner"));
      mkdirp(name, { fs: opts.fs }, function(err, made) {
        !err && made && opts.own ? chownr(made, opts.uid, opts.gid, cb) : cb(err);
      });
    }
    function inCwd(dst, cwd) {
      return cwd = path6.resolve(cwd), cwd === dst || dst.startsWith(cwd + path6.sep);
    }
  }
});

// node_modules/dockerode/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerode/lib/util.js"(exports, module) {
    var DockerIgnore = require_ignore(), fs4 = __require("fs"), path6 = __require("path"), tar = require_tar_fs(), zlib = __require("zlib"), arr = [], each = arr.forEach, slice = arr.slice;
    module.exports.extend = function(obj) {
      return each.call(slice.call(arguments, 1), function(source) {
        if (source)
          for (var prop in source)
            obj[prop] = source[prop];
      }), obj;
    };
    module.exports.processArgs = function(opts, callback, defaultOpts) {
      return !callback && typeof opts == "function" && (callback = opts, opts = null), {
        callback,
        opts: module.exports.extend({}, defaultOpts, opts)
      };
    };
    module.exports.parseRepositoryTag = function(input) {
      var separatorPos, digestPos = input.indexOf("@"), colonPos = input.lastIndexOf(":");
      if (digestPos >= 0)
        separatorPos = digestPos;
      else if (colonPos >= 0)
        separatorPos = colonPos;
      else
        return {
          repository: input
        };
      var tag = input.slice(separatorPos + 1);
      return tag.indexOf("/") === -1 ? {
        repository: input.slice(0, separatorPos),
        tag
      } : {
        repository: input
      };
    };
    module.exports.prepareBuildContext = function(file, next) {
      file && file.context ? fs4.readFile(path6.join(file.context, ".dockerignore"), (err, data) => {
        let ignoreFn, filterFn;
        err || (filterFn = DockerIgnore({ ignorecase: !1 }).add(data.toString()).createFilter(), ignoreFn = (path7) => !filterFn(path7));
        let entries = file.src.slice() || [], pack = tar.pack(file.context, {
          entries: filterFn ? entries.filter(filterFn) : entries,
          ignore: ignoreFn
          // Only works on directories
        });
        next(pack.pipe(zlib.createGzip()));
      }) : next(file);
    };
  }
});

// node_modules/dockerode/lib/exec.js
var require_exec = __commonJS({
  "node_modules/dockerode/lib/exec.js"(exports, module) {
    var util = require_util(), Exec = function(modem, id) {
      this.modem = modem, this.id = id;
    };
    Exec.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Exec.prototype.start = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/exec/" + this.id + "/start",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        isStream: !0,
        allowEmpty: !0,
        hijack: args.opts.hijack,
        openStdin: args.opts.stdin,
        statusCodes: {
          200: !0,
          204: !0,
          404: "no such exec",
          409: "container stopped/paused",
          500: "container not running"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, data);
      });
    };
    Exec.prototype.resize = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/exec/" + this.id + "/resize?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such exec",
          500: "container not running"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, data);
      });
    };
    Exec.prototype.inspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/exec/" + this.id + "/json",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such exec",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, data);
      });
    };
    module.exports = Exec;
  }
});

// node_modules/dockerode/lib/container.js
var require_container = __commonJS({
  "node_modules/dockerode/lib/container.js"(exports, module) {
    var extend = require_util().extend, Exec = require_exec(), util = require_util(), Container = function(modem, id) {
      this.modem = modem, this.id = id, this.defaultOptions = {
        top: {},
        start: {},
        commit: {},
        stop: {},
        pause: {},
        unpause: {},
        restart: {},
        resize: {},
        attach: {},
        remove: {},
        copy: {},
        kill: {},
        exec: {},
        rename: {},
        log: {},
        stats: {},
        getArchive: {},
        infoArchive: {},
        putArchive: {},
        update: {},
        wait: {}
      };
    };
    Container.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Container.prototype.inspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/containers/" + this.id + "/json?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such container",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.rename = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.rename), optsf = {
        path: "/containers/" + this.id + "/rename?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          204: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.update = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.update), optsf = {
        path: "/containers/" + this.id + "/update",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          204: !0,
          400: "bad parameter",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.top = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.top), optsf = {
        path: "/containers/" + this.id + "/top?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.changes = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/containers/" + this.id + "/changes",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such container",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.listCheckpoint = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/containers/" + this.id + "/checkpoints?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.deleteCheckpoint = function(checkpoint, opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/containers/" + this.id + "/checkpoints/" + checkpoint + "?",
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          204: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.createCheckpoint = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/containers/" + this.id + "/checkpoints",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        allowEmpty: !0,
        statusCodes: {
          200: !0,
          //unofficial, but proxies may return it
          201: !0,
          204: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.export = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/containers/" + this.id + "/export",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream: !0,
        statusCodes: {
          200: !0,
          404: "no such container",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.start = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.start), optsf = {
        path: "/containers/" + this.id + "/start?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          204: !0,
          304: "container already started",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.pause = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.pause), optsf = {
        path: "/containers/" + this.id + "/pause",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          204: !0,
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.unpause = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.unpause), optsf = {
        path: "/containers/" + this.id + "/unpause",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          204: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.exec = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.exec), optsf = {
        path: "/containers/" + this.id + "/exec",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          201: !0,
          404: "no such container",
          409: "container stopped/paused",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(new Exec(self2.modem, data.Id));
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, new Exec(self2.modem, data.Id));
      });
    };
    Container.prototype.commit = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.commit);
      args.opts.container = this.id;
      var optsf = {
        path: "/commit?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          201: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.stop = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.stop), optsf = {
        path: "/containers/" + this.id + "/stop?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          204: !0,
          304: "container already stopped",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.restart = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.restart), optsf = {
        path: "/containers/" + this.id + "/restart?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          204: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.kill = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.kill), optsf = {
        path: "/containers/" + this.id + "/kill?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          204: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.resize = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.resize), optsf = {
        path: "/containers/" + this.id + "/resize?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.attach = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.attach), optsf = {
        path: "/containers/" + this.id + "/attach?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        isStream: !0,
        hijack: args.opts.hijack,
        openStdin: args.opts.stdin,
        statusCodes: {
          200: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, stream) {
            if (err)
              return reject(err);
            resolve(stream);
          });
        });
      this.modem.dial(optsf, function(err, stream) {
        args.callback(err, stream);
      });
    };
    Container.prototype.wait = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.wait), optsf = {
        path: "/containers/" + this.id + "/wait?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.remove = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.remove), optsf = {
        path: "/containers/" + this.id + "?",
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          204: !0,
          400: "bad parameter",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.copy = function(opts, callback) {
      var self2 = this;
      console.log("container.copy is deprecated since Docker v1.8.x");
      var args = util.processArgs(opts, callback, this.defaultOptions.copy), optsf = {
        path: "/containers/" + this.id + "/copy",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        isStream: !0,
        statusCodes: {
          200: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.getArchive = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.getArchive), optsf = {
        path: "/containers/" + this.id + "/archive?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream: !0,
        statusCodes: {
          200: !0,
          400: "client error, bad parameters",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.infoArchive = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.infoArchive), optsf = {
        path: "/containers/" + this.id + "/archive?",
        method: "HEAD",
        abortSignal: args.opts.abortSignal,
        isStream: !0,
        statusCodes: {
          200: !0,
          400: "client error, bad parameters",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.putArchive = function(file, opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.putArchive), optsf = {
        path: "/containers/" + this.id + "/archive?",
        method: "PUT",
        file,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "client error, bad parameters",
          403: "client error, permission denied",
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.logs = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.log), optsf = {
        path: "/containers/" + this.id + "/logs?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream: args.opts.follow || !1,
        statusCodes: {
          200: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Container.prototype.stats = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.stats), isStream = !0;
      args.opts.stream === !1 && (isStream = !1);
      var optsf = {
        path: "/containers/" + this.id + "/stats?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream,
        statusCodes: {
          200: !0,
          404: "no such container",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    module.exports = Container;
  }
});

// node_modules/dockerode/lib/image.js
var require_image = __commonJS({
  "node_modules/dockerode/lib/image.js"(exports, module) {
    var util = require_util(), Image = function(modem, name) {
      this.modem = modem, this.name = name;
    };
    Image.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Image.prototype.inspect = function(opts, callback) {
      var args = util.processArgs(opts, callback), self2 = this, opts = {
        path: "/images/" + this.name + "/json",
        method: "GET",
        options: args.opts,
        statusCodes: {
          200: !0,
          404: "no such image",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(opts, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, data);
      });
    };
    Image.prototype.distribution = function(opts, callback) {
      var args = util.processArgs(opts, callback), self2 = this, fopts = {
        path: "/distribution/" + this.name + "/json",
        method: "GET",
        statusCodes: {
          200: !0,
          401: "no such image",
          500: "server error"
        },
        authconfig: args.opts ? args.opts.authconfig : void 0
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(fopts, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(fopts, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, data);
      });
    };
    Image.prototype.history = function(callback) {
      var self2 = this, opts = {
        path: "/images/" + this.name + "/history",
        method: "GET",
        statusCodes: {
          200: !0,
          404: "no such image",
          500: "server error"
        }
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(opts, function(err, data) {
        if (err) return callback(err, data);
        callback(err, data);
      });
    };
    Image.prototype.get = function(callback) {
      var self2 = this, opts = {
        path: "/images/" + this.name + "/get",
        method: "GET",
        isStream: !0,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(opts, function(err, data) {
        if (err) return callback(err, data);
        callback(err, data);
      });
    };
    Image.prototype.push = function(opts, callback, auth) {
      var self2 = this, args = util.processArgs(opts, callback), isStream = !0;
      args.opts.stream === !1 && (isStream = !1);
      var optsf = {
        path: "/images/" + this.name + "/push?",
        method: "POST",
        options: args.opts,
        authconfig: args.opts.authconfig || auth,
        abortSignal: args.opts.abortSignal,
        isStream,
        statusCodes: {
          200: !0,
          404: "no such image",
          500: "server error"
        }
      };
      if (delete optsf.options.authconfig, callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    Image.prototype.tag = function(opts, callback) {
      var self2 = this, optsf = {
        path: "/images/" + this.name + "/tag?",
        method: "POST",
        options: opts,
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          201: !0,
          400: "bad parameter",
          404: "no such image",
          409: "conflict",
          500: "server error"
        }
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    Image.prototype.remove = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/images/" + this.name + "?",
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such image",
          409: "conflict",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    module.exports = Image;
  }
});

// node_modules/dockerode/lib/volume.js
var require_volume = __commonJS({
  "node_modules/dockerode/lib/volume.js"(exports, module) {
    var util = require_util(), Volume = function(modem, name) {
      this.modem = modem, this.name = name;
    };
    Volume.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Volume.prototype.inspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/volumes/" + this.name,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such volume",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Volume.prototype.remove = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/volumes/" + this.name,
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          204: !0,
          404: "no such volume",
          409: "conflict",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    module.exports = Volume;
  }
});

// node_modules/dockerode/lib/network.js
var require_network = __commonJS({
  "node_modules/dockerode/lib/network.js"(exports, module) {
    var util = require_util(), Network = function(modem, id) {
      this.modem = modem, this.id = id;
    };
    Network.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Network.prototype.inspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), opts = {
        path: "/networks/" + this.id + "?",
        method: "GET",
        statusCodes: {
          200: !0,
          404: "no such network",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(opts, function(err, data) {
        args.callback(err, data);
      });
    };
    Network.prototype.remove = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/networks/" + this.id,
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          204: !0,
          404: "no such network",
          409: "conflict",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Network.prototype.connect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/networks/" + this.id + "/connect",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          201: !0,
          404: "network or container is not found",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Network.prototype.disconnect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/networks/" + this.id + "/disconnect",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          201: !0,
          404: "network or container is not found",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    module.exports = Network;
  }
});

// node_modules/dockerode/lib/service.js
var require_service = __commonJS({
  "node_modules/dockerode/lib/service.js"(exports, module) {
    var util = require_util(), Service = function(modem, id) {
      this.modem = modem, this.id = id;
    };
    Service.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Service.prototype.inspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/services/" + this.id,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such service",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Service.prototype.remove = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/services/" + this.id,
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          204: !0,
          404: "no such service",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Service.prototype.update = function(auth, opts, callback) {
      var self2 = this;
      if (!callback) {
        var t = typeof opts;
        t === "function" ? (callback = opts, opts = auth, auth = opts.authconfig || void 0) : t === "undefined" && (opts = auth, auth = opts.authconfig || void 0);
      }
      var optsf = {
        path: "/services/" + this.id + "/update?",
        method: "POST",
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such service",
          500: "server error"
        },
        authconfig: auth,
        options: opts
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    Service.prototype.logs = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, {}), optsf = {
        path: "/services/" + this.id + "/logs?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream: args.opts.follow || !1,
        statusCodes: {
          200: !0,
          404: "no such service",
          500: "server error",
          503: "node is not part of a swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    module.exports = Service;
  }
});

// node_modules/dockerode/lib/plugin.js
var require_plugin = __commonJS({
  "node_modules/dockerode/lib/plugin.js"(exports, module) {
    var util = require_util(), Plugin = function(modem, name, remote) {
      this.modem = modem, this.name = name, this.remote = remote || name;
    };
    Plugin.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Plugin.prototype.inspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/plugins/" + this.name + "/json",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "plugin is not installed",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Plugin.prototype.remove = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/plugins/" + this.name + "?",
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "plugin is not installed",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, data);
      });
    };
    Plugin.prototype.privileges = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/plugins/privileges?",
        method: "GET",
        options: {
          remote: this.remote
        },
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Plugin.prototype.pull = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback);
      args.opts._query && !args.opts._query.name && (args.opts._query.name = this.name), args.opts._query && !args.opts._query.remote && (args.opts._query.remote = this.remote);
      var optsf = {
        path: "/plugins/pull?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        isStream: !0,
        options: args.opts,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          204: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Plugin.prototype.enable = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/plugins/" + this.name + "/enable?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Plugin.prototype.disable = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/plugins/" + this.name + "/disable",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Plugin.prototype.push = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/plugins/" + this.name + "/push",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "plugin not installed",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Plugin.prototype.configure = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/plugins/" + this.name + "/set",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          204: !0,
          404: "plugin not installed",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Plugin.prototype.upgrade = function(auth, opts, callback) {
      var self2 = this;
      !callback && typeof opts == "function" && (callback = opts, opts = auth, auth = opts.authconfig || void 0);
      var optsf = {
        path: "/plugins/" + this.name + "/upgrade?",
        method: "POST",
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: !0,
          204: !0,
          404: "plugin not installed",
          500: "server error"
        },
        authconfig: auth,
        options: opts
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    module.exports = Plugin;
  }
});

// node_modules/dockerode/lib/secret.js
var require_secret = __commonJS({
  "node_modules/dockerode/lib/secret.js"(exports, module) {
    var util = require_util(), Secret = function(modem, id) {
      this.modem = modem, this.id = id;
    };
    Secret.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Secret.prototype.inspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/secrets/" + this.id,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "secret not found",
          406: "node is not part of a swarm",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Secret.prototype.update = function(opts, callback) {
      var self2 = this;
      !callback && typeof opts == "function" && (callback = opts);
      var optsf = {
        path: "/secrets/" + this.id + "/update?",
        method: "POST",
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "secret not found",
          500: "server error"
        },
        options: opts
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    Secret.prototype.remove = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/secrets/" + this.id,
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          204: !0,
          404: "secret not found",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    module.exports = Secret;
  }
});

// node_modules/dockerode/lib/config.js
var require_config = __commonJS({
  "node_modules/dockerode/lib/config.js"(exports, module) {
    var util = require_util(), Config = function(modem, id) {
      this.modem = modem, this.id = id;
    };
    Config.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Config.prototype.inspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/configs/" + this.id,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "config not found",
          500: "server error",
          503: "node is not part of a swarm"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Config.prototype.update = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/configs/" + this.id + "/update?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "config not found",
          500: "server error",
          503: "node is not part of a swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Config.prototype.remove = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/configs/" + this.id,
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          204: !0,
          404: "config not found",
          500: "server error",
          503: "node is not part of a swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    module.exports = Config;
  }
});

// node_modules/dockerode/lib/task.js
var require_task = __commonJS({
  "node_modules/dockerode/lib/task.js"(exports, module) {
    var util = require_util(), Task = function(modem, id) {
      this.modem = modem, this.id = id, this.defaultOptions = {
        log: {}
      };
    };
    Task.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Task.prototype.inspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/tasks/" + this.id,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "unknown task",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Task.prototype.logs = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback, this.defaultOptions.log), optsf = {
        path: "/tasks/" + this.id + "/logs?",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        isStream: args.opts.follow || !1,
        statusCodes: {
          101: !0,
          200: !0,
          404: "no such container",
          500: "server error",
          503: "node is not part of a swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    module.exports = Task;
  }
});

// node_modules/dockerode/lib/node.js
var require_node3 = __commonJS({
  "node_modules/dockerode/lib/node.js"(exports, module) {
    var util = require_util(), Node = function(modem, id) {
      this.modem = modem, this.id = id;
    };
    Node.prototype[__require("util").inspect.custom] = function() {
      return this;
    };
    Node.prototype.inspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/nodes/" + this.id,
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such node",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Node.prototype.update = function(opts, callback) {
      var self2 = this;
      !callback && typeof opts == "function" && (callback = opts);
      var optsf = {
        path: "/nodes/" + this.id + "/update?",
        method: "POST",
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such node",
          406: "node is not part of a swarm",
          500: "server error"
        },
        options: opts
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    Node.prototype.remove = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/nodes/" + this.id + "?",
        method: "DELETE",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          404: "no such node",
          500: "server error"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    module.exports = Node;
  }
});

// src/core/stubs/grpc.cjs
var require_grpc = __commonJS({
  "src/core/stubs/grpc.cjs"(exports, module) {
    "use strict";
    var unsupported = () => {
      throw new Error("agent-fanout: BuildKit sessions are not supported by this build");
    };
    module.exports = new Proxy({}, { get: () => unsupported });
  }
});

// node_modules/dockerode/lib/session.js
var require_session = __commonJS({
  "node_modules/dockerode/lib/session.js"(exports, module) {
    var grpc = require_grpc(), protoLoader = require_grpc(), path6 = __require("path"), crypto = __require("crypto");
    function withSession(docker, auth, handler) {
      let sessionId = crypto.randomUUID(), opts = {
        method: "POST",
        path: "/session",
        hijack: !0,
        headers: {
          Upgrade: "h2c",
          "X-Docker-Expose-Session-Uuid": sessionId,
          "X-Docker-Expose-Session-Name": "testcontainers"
        },
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      docker.modem.dial(opts, function(err, socket) {
        if (err)
          return handler(err, null, () => {
          });
        let server = new grpc.Server(), creds = grpc.ServerCredentials.createInsecure();
        server.createConnectionInjector(creds).injectConnection(socket);
        let pkg = protoLoader.loadSync(
          path6.resolve(__dirname, "proto", "auth.proto")
        ), service = grpc.loadPackageDefinition(pkg);
        server.addService(service.moby.filesync.v1.Auth.service, {
          Credentials({ request }, callback) {
            auth ? callback(null, {
              Username: auth.username,
              Secret: auth.password
            }) : callback(null, {});
          }
        });
        function done() {
          server.forceShutdown(), socket.end();
        }
        handler(null, sessionId, done);
      });
    }
    module.exports = withSession;
  }
});

// node_modules/@protobufjs/aspromise/index.js
var require_aspromise = __commonJS({
  "node_modules/@protobufjs/aspromise/index.js"(exports, module) {
    "use strict";
    module.exports = asPromise;
    function asPromise(fn, ctx) {
      for (var params = new Array(arguments.length - 1), offset = 0, index = 2, pending = !0; index < arguments.length; )
        params[offset++] = arguments[index++];
      return new Promise(function(resolve, reject) {
        params[offset] = function(err) {
          if (pending)
            if (pending = !1, err)
              reject(err);
            else {
              for (var params2 = new Array(arguments.length - 1), offset2 = 0; offset2 < params2.length; )
                params2[offset2++] = arguments[offset2];
              resolve.apply(null, params2);
            }
        };
        try {
          fn.apply(ctx || null, params);
        } catch (err) {
          pending && (pending = !1, reject(err));
        }
      });
    }
  }
});

// node_modules/@protobufjs/base64/index.js
var require_base64 = __commonJS({
  "node_modules/@protobufjs/base64/index.js"(exports) {
    "use strict";
    var base64 = exports;
    base64.length = function(string) {
      var p = string.length;
      if (!p)
        return 0;
      for (var n = 0; --p % 4 > 1 && string.charAt(p) === "="; )
        ++n;
      return Math.ceil(string.length * 3) / 4 - n;
    };
    var b64 = new Array(64), s64 = new Array(123);
    for (i = 0; i < 64; )
      s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;
    var i;
    base64.encode = function(buffer, start, end) {
      for (var parts = null, chunk = [], i2 = 0, j = 0, t; start < end; ) {
        var b = buffer[start++];
        switch (j) {
          case 0:
            chunk[i2++] = b64[b >> 2], t = (b & 3) << 4, j = 1;
            break;
          case 1:
            chunk[i2++] = b64[t | b >> 4], t = (b & 15) << 2, j = 2;
            break;
          case 2:
            chunk[i2++] = b64[t | b >> 6], chunk[i2++] = b64[b & 63], j = 0;
            break;
        }
        i2 > 8191 && ((parts || (parts = [])).push(String.fromCharCode.apply(String, chunk)), i2 = 0);
      }
      return j && (chunk[i2++] = b64[t], chunk[i2++] = 61, j === 1 && (chunk[i2++] = 61)), parts ? (i2 && parts.push(String.fromCharCode.apply(String, chunk.slice(0, i2))), parts.join("")) : String.fromCharCode.apply(String, chunk.slice(0, i2));
    };
    var invalidEncoding = "invalid encoding";
    base64.decode = function(string, buffer, offset) {
      for (var start = offset, j = 0, t, i2 = 0; i2 < string.length; ) {
        var c = string.charCodeAt(i2++);
        if (c === 61 && j > 1)
          break;
        if ((c = s64[c]) === void 0)
          throw Error(invalidEncoding);
        switch (j) {
          case 0:
            t = c, j = 1;
            break;
          case 1:
            buffer[offset++] = t << 2 | (c & 48) >> 4, t = c, j = 2;
            break;
          case 2:
            buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2, t = c, j = 3;
            break;
          case 3:
            buffer[offset++] = (t & 3) << 6 | c, j = 0;
            break;
        }
      }
      if (j === 1)
        throw Error(invalidEncoding);
      return offset - start;
    };
    base64.test = function(string) {
      return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(string);
    };
  }
});

// node_modules/@protobufjs/eventemitter/index.js
var require_eventemitter = __commonJS({
  "node_modules/@protobufjs/eventemitter/index.js"(exports, module) {
    "use strict";
    module.exports = EventEmitter;
    function EventEmitter() {
      this._listeners = /* @__PURE__ */ Object.create(null);
    }
    EventEmitter.prototype.on = function(evt, fn, ctx) {
      return (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn,
        ctx: ctx || this
      }), this;
    };
    EventEmitter.prototype.off = function(evt, fn) {
      if (evt === void 0)
        this._listeners = /* @__PURE__ */ Object.create(null);
      else if (fn === void 0)
        this._listeners[evt] = [];
      else {
        var listeners = this._listeners[evt];
        if (!listeners)
          return this;
        for (var i = 0; i < listeners.length; )
          listeners[i].fn === fn ? listeners.splice(i, 1) : ++i;
      }
      return this;
    };
    EventEmitter.prototype.emit = function(evt) {
      var listeners = this._listeners[evt];
      if (listeners) {
        for (var args = [], i = 1; i < arguments.length; )
          args.push(arguments[i++]);
        for (i = 0; i < listeners.length; )
          listeners[i].fn.apply(listeners[i++].ctx, args);
      }
      return this;
    };
  }
});

// node_modules/@protobufjs/float/index.js
var require_float = __commonJS({
  "node_modules/@protobufjs/float/index.js"(exports, module) {
    "use strict";
    module.exports = factory(factory);
    function factory(exports2) {
      return typeof Float32Array < "u" ? (function() {
        var f32 = new Float32Array([-0]), f8b = new Uint8Array(f32.buffer), le = f8b[3] === 128;
        function writeFloat_f32_cpy(val, buf, pos) {
          f32[0] = val, buf[pos] = f8b[0], buf[pos + 1] = f8b[1], buf[pos + 2] = f8b[2], buf[pos + 3] = f8b[3];
        }
        function writeFloat_f32_rev(val, buf, pos) {
          f32[0] = val, buf[pos] = f8b[3], buf[pos + 1] = f8b[2], buf[pos + 2] = f8b[1], buf[pos + 3] = f8b[0];
        }
        exports2.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev, exports2.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;
        function readFloat_f32_cpy(buf, pos) {
          return f8b[0] = buf[pos], f8b[1] = buf[pos + 1], f8b[2] = buf[pos + 2], f8b[3] = buf[pos + 3], f32[0];
        }
        function readFloat_f32_rev(buf, pos) {
          return f8b[3] = buf[pos], f8b[2] = buf[pos + 1], f8b[1] = buf[pos + 2], f8b[0] = buf[pos + 3], f32[0];
        }
        exports2.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev, exports2.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;
      })() : (function() {
        function writeFloat_ieee754(writeUint, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign && (val = -val), val === 0)
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos);
          else if (isNaN(val))
            writeUint(2143289344, buf, pos);
          else if (val > 34028234663852886e22)
            writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
          else if (val < 11754943508222875e-54)
            writeUint((sign << 31 | Math.round(val / 1401298464324817e-60)) >>> 0, buf, pos);
          else {
            var exponent = Math.floor(Math.log(val) / Math.LN2), mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
            writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
          }
        }
        exports2.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE), exports2.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);
        function readFloat_ieee754(readUint, buf, pos) {
          var uint = readUint(buf, pos), sign = (uint >> 31) * 2 + 1, exponent = uint >>> 23 & 255, mantissa = uint & 8388607;
          return exponent === 255 ? mantissa ? NaN : sign * (1 / 0) : exponent === 0 ? sign * 1401298464324817e-60 * mantissa : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }
        exports2.readFloatLE = readFloat_ieee754.bind(null, readUintLE), exports2.readFloatBE = readFloat_ieee754.bind(null, readUintBE);
      })(), typeof Float64Array < "u" ? (function() {
        var f64 = new Float64Array([-0]), f8b = new Uint8Array(f64.buffer), le = f8b[7] === 128;
        function writeDouble_f64_cpy(val, buf, pos) {
          f64[0] = val, buf[pos] = f8b[0], buf[pos + 1] = f8b[1], buf[pos + 2] = f8b[2], buf[pos + 3] = f8b[3], buf[pos + 4] = f8b[4], buf[pos + 5] = f8b[5], buf[pos + 6] = f8b[6], buf[pos + 7] = f8b[7];
        }
        function writeDouble_f64_rev(val, buf, pos) {
          f64[0] = val, buf[pos] = f8b[7], buf[pos + 1] = f8b[6], buf[pos + 2] = f8b[5], buf[pos + 3] = f8b[4], buf[pos + 4] = f8b[3], buf[pos + 5] = f8b[2], buf[pos + 6] = f8b[1], buf[pos + 7] = f8b[0];
        }
        exports2.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev, exports2.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;
        function readDouble_f64_cpy(buf, pos) {
          return f8b[0] = buf[pos], f8b[1] = buf[pos + 1], f8b[2] = buf[pos + 2], f8b[3] = buf[pos + 3], f8b[4] = buf[pos + 4], f8b[5] = buf[pos + 5], f8b[6] = buf[pos + 6], f8b[7] = buf[pos + 7], f64[0];
        }
        function readDouble_f64_rev(buf, pos) {
          return f8b[7] = buf[pos], f8b[6] = buf[pos + 1], f8b[5] = buf[pos + 2], f8b[4] = buf[pos + 3], f8b[3] = buf[pos + 4], f8b[2] = buf[pos + 5], f8b[1] = buf[pos + 6], f8b[0] = buf[pos + 7], f64[0];
        }
        exports2.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev, exports2.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;
      })() : (function() {
        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign && (val = -val), val === 0)
            writeUint(0, buf, pos + off0), writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos + off1);
          else if (isNaN(val))
            writeUint(0, buf, pos + off0), writeUint(2146959360, buf, pos + off1);
          else if (val > 17976931348623157e292)
            writeUint(0, buf, pos + off0), writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
          else {
            var mantissa;
            if (val < 22250738585072014e-324)
              mantissa = val / 5e-324, writeUint(mantissa >>> 0, buf, pos + off0), writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
            else {
              var exponent = Math.floor(Math.log(val) / Math.LN2);
              exponent === 1024 && (exponent = 1023), mantissa = val * Math.pow(2, -exponent), writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0), writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
            }
          }
        }
        exports2.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4), exports2.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);
        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
          var lo = readUint(buf, pos + off0), hi = readUint(buf, pos + off1), sign = (hi >> 31) * 2 + 1, exponent = hi >>> 20 & 2047, mantissa = 4294967296 * (hi & 1048575) + lo;
          return exponent === 2047 ? mantissa ? NaN : sign * (1 / 0) : exponent === 0 ? sign * 5e-324 * mantissa : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }
        exports2.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4), exports2.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);
      })(), exports2;
    }
    function writeUintLE(val, buf, pos) {
      buf[pos] = val & 255, buf[pos + 1] = val >>> 8 & 255, buf[pos + 2] = val >>> 16 & 255, buf[pos + 3] = val >>> 24;
    }
    function writeUintBE(val, buf, pos) {
      buf[pos] = val >>> 24, buf[pos + 1] = val >>> 16 & 255, buf[pos + 2] = val >>> 8 & 255, buf[pos + 3] = val & 255;
    }
    function readUintLE(buf, pos) {
      return (buf[pos] | buf[pos + 1] << 8 | buf[pos + 2] << 16 | buf[pos + 3] << 24) >>> 0;
    }
    function readUintBE(buf, pos) {
      return (buf[pos] << 24 | buf[pos + 1] << 16 | buf[pos + 2] << 8 | buf[pos + 3]) >>> 0;
    }
  }
});

// node_modules/@protobufjs/utf8/index.js
var require_utf8 = __commonJS({
  "node_modules/@protobufjs/utf8/index.js"(exports) {
    "use strict";
    var utf8 = exports, replacementCharCode = 65533;
    utf8.length = function(string) {
      for (var len = 0, c = 0, i = 0; i < string.length; ++i)
        c = string.charCodeAt(i), c < 128 ? len += 1 : c < 2048 ? len += 2 : (c & 64512) === 55296 && (string.charCodeAt(i + 1) & 64512) === 56320 ? (++i, len += 4) : len += 3;
      return len;
    };
    utf8.read = function(buffer, start, end) {
      if (end - start < 1)
        return "";
      for (var parts = null, chunk = [], i = 0, t, t2, c2, c3; start < end; )
        t = buffer[start++], t <= 127 ? chunk[i++] = t : t >= 192 && t < 224 ? (c2 = (t & 31) << 6 | buffer[start++] & 63, chunk[i++] = c2 >= 128 ? c2 : replacementCharCode) : t >= 224 && t < 240 ? (c3 = (t & 15) << 12 | (buffer[start++] & 63) << 6 | buffer[start++] & 63, chunk[i++] = c3 >= 2048 ? c3 : replacementCharCode) : t >= 240 && (t2 = (t & 7) << 18 | (buffer[start++] & 63) << 12 | (buffer[start++] & 63) << 6 | buffer[start++] & 63, t2 < 65536 || t2 > 1114111 ? chunk[i++] = replacementCharCode : (t2 -= 65536, chunk[i++] = 55296 + (t2 >> 10), chunk[i++] = 56320 + (t2 & 1023))), i > 8191 && ((parts || (parts = [])).push(String.fromCharCode.apply(String, chunk.slice(0, i))), i = 0);
      return parts ? (i && parts.push(String.fromCharCode.apply(String, chunk.slice(0, i))), parts.join("")) : String.fromCharCode.apply(String, chunk.slice(0, i));
    };
    utf8.write = function(string, buffer, offset) {
      for (var start = offset, c1, c2, i = 0; i < string.length; ++i)
        c1 = string.charCodeAt(i), c1 < 128 ? buffer[offset++] = c1 : c1 < 2048 ? (buffer[offset++] = c1 >> 6 | 192, buffer[offset++] = c1 & 63 | 128) : (c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i + 1)) & 64512) === 56320 ? (c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023), ++i, buffer[offset++] = c1 >> 18 | 240, buffer[offset++] = c1 >> 12 & 63 | 128, buffer[offset++] = c1 >> 6 & 63 | 128, buffer[offset++] = c1 & 63 | 128) : (buffer[offset++] = c1 >> 12 | 224, buffer[offset++] = c1 >> 6 & 63 | 128, buffer[offset++] = c1 & 63 | 128);
      return offset - start;
    };
  }
});

// node_modules/@protobufjs/pool/index.js
var require_pool = __commonJS({
  "node_modules/@protobufjs/pool/index.js"(exports, module) {
    "use strict";
    module.exports = pool;
    function pool(alloc, slice, size) {
      var SIZE = size || 8192, MAX = SIZE >>> 1, slab = null, offset = SIZE;
      return function(size2) {
        if (size2 < 1 || size2 > MAX)
          return alloc(size2);
        offset + size2 > SIZE && (slab = alloc(SIZE), offset = 0);
        var buf = slice.call(slab, offset, offset += size2);
        return offset & 7 && (offset = (offset | 7) + 1), buf;
      };
    }
  }
});

// node_modules/protobufjs/src/util/longbits.js
var require_longbits = __commonJS({
  "node_modules/protobufjs/src/util/longbits.js"(exports, module) {
    "use strict";
    module.exports = LongBits;
    var util = require_minimal();
    function LongBits(lo, hi) {
      this.lo = lo >>> 0, this.hi = hi >>> 0;
    }
    var zero = LongBits.zero = new LongBits(0, 0);
    zero.toNumber = function() {
      return 0;
    };
    zero.zzEncode = zero.zzDecode = function() {
      return this;
    };
    zero.length = function() {
      return 1;
    };
    var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";
    LongBits.fromNumber = function(value) {
      if (value === 0)
        return zero;
      var sign = value < 0;
      sign && (value = -value);
      var lo = value >>> 0, hi = (value - lo) / 4294967296 >>> 0;
      return sign && (hi = ~hi >>> 0, lo = ~lo >>> 0, ++lo > 4294967295 && (lo = 0, ++hi > 4294967295 && (hi = 0))), new LongBits(lo, hi);
    };
    LongBits.from = function(value) {
      if (typeof value == "number")
        return LongBits.fromNumber(value);
      if (util.isString(value))
        if (util.Long)
          value = util.Long.fromString(value);
        else
          return LongBits.fromNumber(parseInt(value, 10));
      return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
    };
    LongBits.prototype.toNumber = function(unsigned) {
      if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0, hi = ~this.hi >>> 0;
        return lo || (hi = hi + 1 >>> 0), -(lo + hi * 4294967296);
      }
      return this.lo + this.hi * 4294967296;
    };
    LongBits.prototype.toLong = function(unsigned) {
      return util.Long ? new util.Long(this.lo | 0, this.hi | 0, !!unsigned) : { low: this.lo | 0, high: this.hi | 0, unsigned: !!unsigned };
    };
    var charCodeAt = String.prototype.charCodeAt;
    LongBits.fromHash = function(hash) {
      return hash === zeroHash ? zero : new LongBits(
        (charCodeAt.call(hash, 0) | charCodeAt.call(hash, 1) << 8 | charCodeAt.call(hash, 2) << 16 | charCodeAt.call(hash, 3) << 24) >>> 0,
        (charCodeAt.call(hash, 4) | charCodeAt.call(hash, 5) << 8 | charCodeAt.call(hash, 6) << 16 | charCodeAt.call(hash, 7) << 24) >>> 0
      );
    };
    LongBits.prototype.toHash = function() {
      return String.fromCharCode(
        this.lo & 255,
        this.lo >>> 8 & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24,
        this.hi & 255,
        this.hi >>> 8 & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
      );
    };
    LongBits.prototype.zzEncode = function() {
      var mask = this.hi >> 31;
      return this.hi = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0, this.lo = (this.lo << 1 ^ mask) >>> 0, this;
    };
    LongBits.prototype.zzDecode = function() {
      var mask = -(this.lo & 1);
      return this.lo = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0, this.hi = (this.hi >>> 1 ^ mask) >>> 0, this;
    };
    LongBits.prototype.length = function() {
      var part0 = this.lo, part1 = (this.lo >>> 28 | this.hi << 4) >>> 0, part2 = this.hi >>> 24;
      return part2 === 0 ? part1 === 0 ? part0 < 16384 ? part0 < 128 ? 1 : 2 : part0 < 2097152 ? 3 : 4 : part1 < 16384 ? part1 < 128 ? 5 : 6 : part1 < 2097152 ? 7 : 8 : part2 < 128 ? 9 : 10;
    };
  }
});

// node_modules/long/umd/index.js
var require_umd = __commonJS({
  "node_modules/long/umd/index.js"(exports, module) {
    (function(global2, factory) {
      function preferDefault(exports2) {
        return exports2.default || exports2;
      }
      typeof define == "function" && define.amd ? define([], function() {
        var exports2 = {};
        return factory(exports2), preferDefault(exports2);
      }) : typeof exports == "object" ? (factory(exports), typeof module == "object" && (module.exports = preferDefault(exports))) : (function() {
        var exports2 = {};
        factory(exports2), global2.Long = preferDefault(exports2);
      })();
    })(
      typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : exports,
      function(_exports) {
        "use strict";
        Object.defineProperty(_exports, "__esModule", {
          value: !0
        }), _exports.default = void 0;
        var wasm = null;
        try {
          wasm = new WebAssembly.Instance(
            new WebAssembly.Module(
              new Uint8Array([
                // \0asm
                0,
                97,
                115,
                109,
                // version 1
                1,
                0,
                0,
                0,
                // section "type"
                1,
                13,
                2,
                // 0, () => i32
                96,
                0,
                1,
                127,
                // 1, (i32, i32, i32, i32) => i32
                96,
                4,
                127,
                127,
                127,
                127,
                1,
                127,
                // section "function"
                3,
                7,
                6,
                // 0, type 0
                0,
                // 1, type 1
                1,
                // 2, type 1
                1,
                // 3, type 1
                1,
                // 4, type 1
                1,
                // 5, type 1
                1,
                // section "global"
                6,
                6,
                1,
                // 0, "high", mutable i32
                127,
                1,
                65,
                0,
                11,
                // section "export"
                7,
                50,
                6,
                // 0, "mul"
                3,
                109,
                117,
                108,
                0,
                1,
                // 1, "div_s"
                5,
                100,
                105,
                118,
                95,
                115,
                0,
                2,
                // 2, "div_u"
                5,
                100,
                105,
                118,
                95,
                117,
                0,
                3,
                // 3, "rem_s"
                5,
                114,
                101,
                109,
                95,
                115,
                0,
                4,
                // 4, "rem_u"
                5,
                114,
                101,
                109,
                95,
                117,
                0,
                5,
                // 5, "get_high"
                8,
                103,
                101,
                116,
                95,
                104,
                105,
                103,
                104,
                0,
                0,
                // section "code"
                10,
                191,
                1,
                6,
                // 0, "get_high"
                4,
                0,
                35,
                0,
                11,
                // 1, "mul"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                126,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 2, "div_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                127,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 3, "div_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                128,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 4, "rem_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                129,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 5, "rem_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                130,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11
              ])
            ),
            {}
          ).exports;
        } catch {
        }
        function Long(low, high, unsigned) {
          this.low = low | 0, this.high = high | 0, this.unsigned = !!unsigned;
        }
        Long.prototype.__isLong__, Object.defineProperty(Long.prototype, "__isLong__", {
          value: !0
        });
        function isLong(obj) {
          return (obj && obj.__isLong__) === !0;
        }
        function ctz32(value) {
          var c = Math.clz32(value & -value);
          return value ? 31 - c : c;
        }
        Long.isLong = isLong;
        var INT_CACHE = {}, UINT_CACHE = {};
        function fromInt(value, unsigned) {
          var obj, cachedObj, cache;
          return unsigned ? (value >>>= 0, (cache = 0 <= value && value < 256) && (cachedObj = UINT_CACHE[value], cachedObj) ? cachedObj : (obj = fromBits(value, 0, !0), cache && (UINT_CACHE[value] = obj), obj)) : (value |= 0, (cache = -128 <= value && value < 128) && (cachedObj = INT_CACHE[value], cachedObj) ? cachedObj : (obj = fromBits(value, value < 0 ? -1 : 0, !1), cache && (INT_CACHE[value] = obj), obj));
        }
        Long.fromInt = fromInt;
        function fromNumber(value, unsigned) {
          if (isNaN(value)) return unsigned ? UZERO : ZERO;
          if (unsigned) {
            if (value < 0) return UZERO;
            if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
          } else {
            if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
            if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
          }
          return value < 0 ? fromNumber(-value, unsigned).neg() : fromBits(
            value % TWO_PWR_32_DBL | 0,
            value / TWO_PWR_32_DBL | 0,
            unsigned
          );
        }
        Long.fromNumber = fromNumber;
        function fromBits(lowBits, highBits, unsigned) {
          return new Long(lowBits, highBits, unsigned);
        }
        Long.fromBits = fromBits;
        var pow_dbl = Math.pow;
        function fromString(str, unsigned, radix) {
          if (str.length === 0) throw Error("empty string");
          if (typeof unsigned == "number" ? (radix = unsigned, unsigned = !1) : unsigned = !!unsigned, str === "NaN" || str === "Infinity" || str === "+Infinity" || str === "-Infinity")
            return unsigned ? UZERO : ZERO;
          if (radix = radix || 10, radix < 2 || 36 < radix) throw RangeError("radix");
          var p;
          if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
          if (p === 0)
            return fromString(str.substring(1), unsigned, radix).neg();
          for (var radixToPower = fromNumber(pow_dbl(radix, 8)), result = ZERO, i = 0; i < str.length; i += 8) {
            var size = Math.min(8, str.length - i), value = parseInt(str.substring(i, i + size), radix);
            if (size < 8) {
              var power = fromNumber(pow_dbl(radix, size));
              result = result.mul(power).add(fromNumber(value));
            } else
              result = result.mul(radixToPower), result = result.add(fromNumber(value));
          }
          return result.unsigned = unsigned, result;
        }
        Long.fromString = fromString;
        function fromValue(val, unsigned) {
          return typeof val == "number" ? fromNumber(val, unsigned) : typeof val == "string" ? fromString(val, unsigned) : fromBits(
            val.low,
            val.high,
            typeof unsigned == "boolean" ? unsigned : val.unsigned
          );
        }
        Long.fromValue = fromValue;
        var TWO_PWR_16_DBL = 65536, TWO_PWR_24_DBL = 1 << 24, TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL, TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL, TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2, TWO_PWR_24 = fromInt(TWO_PWR_24_DBL), ZERO = fromInt(0);
        Long.ZERO = ZERO;
        var UZERO = fromInt(0, !0);
        Long.UZERO = UZERO;
        var ONE = fromInt(1);
        Long.ONE = ONE;
        var UONE = fromInt(1, !0);
        Long.UONE = UONE;
        var NEG_ONE = fromInt(-1);
        Long.NEG_ONE = NEG_ONE;
        var MAX_VALUE = fromBits(-1, 2147483647, !1);
        Long.MAX_VALUE = MAX_VALUE;
        var MAX_UNSIGNED_VALUE = fromBits(-1, -1, !0);
        Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;
        var MIN_VALUE = fromBits(0, -2147483648, !1);
        Long.MIN_VALUE = MIN_VALUE;
        var LongPrototype = Long.prototype;
        LongPrototype.toInt = function() {
          return this.unsigned ? this.low >>> 0 : this.low;
        }, LongPrototype.toNumber = function() {
          return this.unsigned ? (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0) : this.high * TWO_PWR_32_DBL + (this.low >>> 0);
        }, LongPrototype.toString = function(radix) {
          if (radix = radix || 10, radix < 2 || 36 < radix) throw RangeError("radix");
          if (this.isZero()) return "0";
          if (this.isNegative())
            if (this.eq(MIN_VALUE)) {
              var radixLong = fromNumber(radix), div = this.div(radixLong), rem1 = div.mul(radixLong).sub(this);
              return div.toString(radix) + rem1.toInt().toString(radix);
            } else return "-" + this.neg().toString(radix);
          for (var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned), rem = this, result = ""; ; ) {
            var remDiv = rem.div(radixToPower), intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0, digits = intval.toString(radix);
            if (rem = remDiv, rem.isZero()) return digits + result;
            for (; digits.length < 6; ) digits = "0" + digits;
            result = "" + digits + result;
          }
        }, LongPrototype.getHighBits = function() {
          return this.high;
        }, LongPrototype.getHighBitsUnsigned = function() {
          return this.high >>> 0;
        }, LongPrototype.getLowBits = function() {
          return this.low;
        }, LongPrototype.getLowBitsUnsigned = function() {
          return this.low >>> 0;
        }, LongPrototype.getNumBitsAbs = function() {
          if (this.isNegative())
            return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
          for (var val = this.high != 0 ? this.high : this.low, bit = 31; bit > 0 && (val & 1 << bit) == 0; bit--) ;
          return this.high != 0 ? bit + 33 : bit + 1;
        }, LongPrototype.isSafeInteger = function() {
          var top11Bits = this.high >> 21;
          return top11Bits ? this.unsigned ? !1 : top11Bits === -1 && !(this.low === 0 && this.high === -2097152) : !0;
        }, LongPrototype.isZero = function() {
          return this.high === 0 && this.low === 0;
        }, LongPrototype.eqz = LongPrototype.isZero, LongPrototype.isNegative = function() {
          return !this.unsigned && this.high < 0;
        }, LongPrototype.isPositive = function() {
          return this.unsigned || this.high >= 0;
        }, LongPrototype.isOdd = function() {
          return (this.low & 1) === 1;
        }, LongPrototype.isEven = function() {
          return (this.low & 1) === 0;
        }, LongPrototype.equals = function(other) {
          return isLong(other) || (other = fromValue(other)), this.unsigned !== other.unsigned && this.high >>> 31 === 1 && other.high >>> 31 === 1 ? !1 : this.high === other.high && this.low === other.low;
        }, LongPrototype.eq = LongPrototype.equals, LongPrototype.notEquals = function(other) {
          return !this.eq(
            /* validates */
            other
          );
        }, LongPrototype.neq = LongPrototype.notEquals, LongPrototype.ne = LongPrototype.notEquals, LongPrototype.lessThan = function(other) {
          return this.comp(
            /* validates */
            other
          ) < 0;
        }, LongPrototype.lt = LongPrototype.lessThan, LongPrototype.lessThanOrEqual = function(other) {
          return this.comp(
            /* validates */
            other
          ) <= 0;
        }, LongPrototype.lte = LongPrototype.lessThanOrEqual, LongPrototype.le = LongPrototype.lessThanOrEqual, LongPrototype.greaterThan = function(other) {
          return this.comp(
            /* validates */
            other
          ) > 0;
        }, LongPrototype.gt = LongPrototype.greaterThan, LongPrototype.greaterThanOrEqual = function(other) {
          return this.comp(
            /* validates */
            other
          ) >= 0;
        }, LongPrototype.gte = LongPrototype.greaterThanOrEqual, LongPrototype.ge = LongPrototype.greaterThanOrEqual, LongPrototype.compare = function(other) {
          if (isLong(other) || (other = fromValue(other)), this.eq(other)) return 0;
          var thisNeg = this.isNegative(), otherNeg = other.isNegative();
          return thisNeg && !otherNeg ? -1 : !thisNeg && otherNeg ? 1 : this.unsigned ? other.high >>> 0 > this.high >>> 0 || other.high === this.high && other.low >>> 0 > this.low >>> 0 ? -1 : 1 : this.sub(other).isNegative() ? -1 : 1;
        }, LongPrototype.comp = LongPrototype.compare, LongPrototype.negate = function() {
          return !this.unsigned && this.eq(MIN_VALUE) ? MIN_VALUE : this.not().add(ONE);
        }, LongPrototype.neg = LongPrototype.negate, LongPrototype.add = function(addend) {
          isLong(addend) || (addend = fromValue(addend));
          var a48 = this.high >>> 16, a32 = this.high & 65535, a16 = this.low >>> 16, a00 = this.low & 65535, b48 = addend.high >>> 16, b32 = addend.high & 65535, b16 = addend.low >>> 16, b00 = addend.low & 65535, c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          return c00 += a00 + b00, c16 += c00 >>> 16, c00 &= 65535, c16 += a16 + b16, c32 += c16 >>> 16, c16 &= 65535, c32 += a32 + b32, c48 += c32 >>> 16, c32 &= 65535, c48 += a48 + b48, c48 &= 65535, fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        }, LongPrototype.subtract = function(subtrahend) {
          return isLong(subtrahend) || (subtrahend = fromValue(subtrahend)), this.add(subtrahend.neg());
        }, LongPrototype.sub = LongPrototype.subtract, LongPrototype.multiply = function(multiplier) {
          if (this.isZero()) return this;
          if (isLong(multiplier) || (multiplier = fromValue(multiplier)), wasm) {
            var low = wasm.mul(
              this.low,
              this.high,
              multiplier.low,
              multiplier.high
            );
            return fromBits(low, wasm.get_high(), this.unsigned);
          }
          if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
          if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
          if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
          if (this.isNegative())
            return multiplier.isNegative() ? this.neg().mul(multiplier.neg()) : this.neg().mul(multiplier).neg();
          if (multiplier.isNegative())
            return this.mul(multiplier.neg()).neg();
          if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
            return fromNumber(
              this.toNumber() * multiplier.toNumber(),
              this.unsigned
            );
          var a48 = this.high >>> 16, a32 = this.high & 65535, a16 = this.low >>> 16, a00 = this.low & 65535, b48 = multiplier.high >>> 16, b32 = multiplier.high & 65535, b16 = multiplier.low >>> 16, b00 = multiplier.low & 65535, c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          return c00 += a00 * b00, c16 += c00 >>> 16, c00 &= 65535, c16 += a16 * b00, c32 += c16 >>> 16, c16 &= 65535, c16 += a00 * b16, c32 += c16 >>> 16, c16 &= 65535, c32 += a32 * b00, c48 += c32 >>> 16, c32 &= 65535, c32 += a16 * b16, c48 += c32 >>> 16, c32 &= 65535, c32 += a00 * b32, c48 += c32 >>> 16, c32 &= 65535, c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48, c48 &= 65535, fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        }, LongPrototype.mul = LongPrototype.multiply, LongPrototype.divide = function(divisor) {
          if (isLong(divisor) || (divisor = fromValue(divisor)), divisor.isZero()) throw Error("division by zero");
          if (wasm) {
            if (!this.unsigned && this.high === -2147483648 && divisor.low === -1 && divisor.high === -1)
              return this;
            var low = (this.unsigned ? wasm.div_u : wasm.div_s)(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm.get_high(), this.unsigned);
          }
          if (this.isZero()) return this.unsigned ? UZERO : ZERO;
          var approx, rem, res;
          if (this.unsigned) {
            if (divisor.unsigned || (divisor = divisor.toUnsigned()), divisor.gt(this)) return UZERO;
            if (divisor.gt(this.shru(1)))
              return UONE;
            res = UZERO;
          } else {
            if (this.eq(MIN_VALUE)) {
              if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
                return MIN_VALUE;
              if (divisor.eq(MIN_VALUE)) return ONE;
              var halfThis = this.shr(1);
              return approx = halfThis.div(divisor).shl(1), approx.eq(ZERO) ? divisor.isNegative() ? ONE : NEG_ONE : (rem = this.sub(divisor.mul(approx)), res = approx.add(rem.div(divisor)), res);
            } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
            if (this.isNegative())
              return divisor.isNegative() ? this.neg().div(divisor.neg()) : this.neg().div(divisor).neg();
            if (divisor.isNegative()) return this.div(divisor.neg()).neg();
            res = ZERO;
          }
          for (rem = this; rem.gte(divisor); ) {
            approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));
            for (var log2 = Math.ceil(Math.log(approx) / Math.LN2), delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48), approxRes = fromNumber(approx), approxRem = approxRes.mul(divisor); approxRem.isNegative() || approxRem.gt(rem); )
              approx -= delta, approxRes = fromNumber(approx, this.unsigned), approxRem = approxRes.mul(divisor);
            approxRes.isZero() && (approxRes = ONE), res = res.add(approxRes), rem = rem.sub(approxRem);
          }
          return res;
        }, LongPrototype.div = LongPrototype.divide, LongPrototype.modulo = function(divisor) {
          if (isLong(divisor) || (divisor = fromValue(divisor)), wasm) {
            var low = (this.unsigned ? wasm.rem_u : wasm.rem_s)(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm.get_high(), this.unsigned);
          }
          return this.sub(this.div(divisor).mul(divisor));
        }, LongPrototype.mod = LongPrototype.modulo, LongPrototype.rem = LongPrototype.modulo, LongPrototype.not = function() {
          return fromBits(~this.low, ~this.high, this.unsigned);
        }, LongPrototype.countLeadingZeros = function() {
          return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
        }, LongPrototype.clz = LongPrototype.countLeadingZeros, LongPrototype.countTrailingZeros = function() {
          return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
        }, LongPrototype.ctz = LongPrototype.countTrailingZeros, LongPrototype.and = function(other) {
          return isLong(other) || (other = fromValue(other)), fromBits(
            this.low & other.low,
            this.high & other.high,
            this.unsigned
          );
        }, LongPrototype.or = function(other) {
          return isLong(other) || (other = fromValue(other)), fromBits(
            this.low | other.low,
            this.high | other.high,
            this.unsigned
          );
        }, LongPrototype.xor = function(other) {
          return isLong(other) || (other = fromValue(other)), fromBits(
            this.low ^ other.low,
            this.high ^ other.high,
            this.unsigned
          );
        }, LongPrototype.shiftLeft = function(numBits) {
          return isLong(numBits) && (numBits = numBits.toInt()), (numBits &= 63) === 0 ? this : numBits < 32 ? fromBits(
            this.low << numBits,
            this.high << numBits | this.low >>> 32 - numBits,
            this.unsigned
          ) : fromBits(0, this.low << numBits - 32, this.unsigned);
        }, LongPrototype.shl = LongPrototype.shiftLeft, LongPrototype.shiftRight = function(numBits) {
          return isLong(numBits) && (numBits = numBits.toInt()), (numBits &= 63) === 0 ? this : numBits < 32 ? fromBits(
            this.low >>> numBits | this.high << 32 - numBits,
            this.high >> numBits,
            this.unsigned
          ) : fromBits(
            this.high >> numBits - 32,
            this.high >= 0 ? 0 : -1,
            this.unsigned
          );
        }, LongPrototype.shr = LongPrototype.shiftRight, LongPrototype.shiftRightUnsigned = function(numBits) {
          return isLong(numBits) && (numBits = numBits.toInt()), (numBits &= 63) === 0 ? this : numBits < 32 ? fromBits(
            this.low >>> numBits | this.high << 32 - numBits,
            this.high >>> numBits,
            this.unsigned
          ) : numBits === 32 ? fromBits(this.high, 0, this.unsigned) : fromBits(this.high >>> numBits - 32, 0, this.unsigned);
        }, LongPrototype.shru = LongPrototype.shiftRightUnsigned, LongPrototype.shr_u = LongPrototype.shiftRightUnsigned, LongPrototype.rotateLeft = function(numBits) {
          var b;
          return isLong(numBits) && (numBits = numBits.toInt()), (numBits &= 63) === 0 ? this : numBits === 32 ? fromBits(this.high, this.low, this.unsigned) : numBits < 32 ? (b = 32 - numBits, fromBits(
            this.low << numBits | this.high >>> b,
            this.high << numBits | this.low >>> b,
            this.unsigned
          )) : (numBits -= 32, b = 32 - numBits, fromBits(
            this.high << numBits | this.low >>> b,
            this.low << numBits | this.high >>> b,
            this.unsigned
          ));
        }, LongPrototype.rotl = LongPrototype.rotateLeft, LongPrototype.rotateRight = function(numBits) {
          var b;
          return isLong(numBits) && (numBits = numBits.toInt()), (numBits &= 63) === 0 ? this : numBits === 32 ? fromBits(this.high, this.low, this.unsigned) : numBits < 32 ? (b = 32 - numBits, fromBits(
            this.high << b | this.low >>> numBits,
            this.low << b | this.high >>> numBits,
            this.unsigned
          )) : (numBits -= 32, b = 32 - numBits, fromBits(
            this.low << b | this.high >>> numBits,
            this.high << b | this.low >>> numBits,
            this.unsigned
          ));
        }, LongPrototype.rotr = LongPrototype.rotateRight, LongPrototype.toSigned = function() {
          return this.unsigned ? fromBits(this.low, this.high, !1) : this;
        }, LongPrototype.toUnsigned = function() {
          return this.unsigned ? this : fromBits(this.low, this.high, !0);
        }, LongPrototype.toBytes = function(le) {
          return le ? this.toBytesLE() : this.toBytesBE();
        }, LongPrototype.toBytesLE = function() {
          var hi = this.high, lo = this.low;
          return [
            lo & 255,
            lo >>> 8 & 255,
            lo >>> 16 & 255,
            lo >>> 24,
            hi & 255,
            hi >>> 8 & 255,
            hi >>> 16 & 255,
            hi >>> 24
          ];
        }, LongPrototype.toBytesBE = function() {
          var hi = this.high, lo = this.low;
          return [
            hi >>> 24,
            hi >>> 16 & 255,
            hi >>> 8 & 255,
            hi & 255,
            lo >>> 24,
            lo >>> 16 & 255,
            lo >>> 8 & 255,
            lo & 255
          ];
        }, Long.fromBytes = function(bytes, unsigned, le) {
          return le ? Long.fromBytesLE(bytes, unsigned) : Long.fromBytesBE(bytes, unsigned);
        }, Long.fromBytesLE = function(bytes, unsigned) {
          return new Long(
            bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24,
            bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24,
            unsigned
          );
        }, Long.fromBytesBE = function(bytes, unsigned) {
          return new Long(
            bytes[4] << 24 | bytes[5] << 16 | bytes[6] << 8 | bytes[7],
            bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3],
            unsigned
          );
        }, typeof BigInt == "function" && (Long.fromBigInt = function(value, unsigned) {
          var lowBits = Number(BigInt.asIntN(32, value)), highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
          return fromBits(lowBits, highBits, unsigned);
        }, Long.fromValue = function(value, unsigned) {
          return typeof value == "bigint" ? Long.fromBigInt(value, unsigned) : fromValue(value, unsigned);
        }, LongPrototype.toBigInt = function() {
          var lowBigInt = BigInt(this.low >>> 0), highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
          return highBigInt << BigInt(32) | lowBigInt;
        });
        var _default = _exports.default = Long;
      }
    );
  }
});

// node_modules/protobufjs/src/util/minimal.js
var require_minimal = __commonJS({
  "node_modules/protobufjs/src/util/minimal.js"(exports) {
    "use strict";
    var util = exports;
    util.asPromise = require_aspromise();
    util.base64 = require_base64();
    util.EventEmitter = require_eventemitter();
    util.float = require_float();
    util.utf8 = require_utf8();
    util.pool = require_pool();
    util.LongBits = require_longbits();
    function isUnsafeProperty(key) {
      return key === "__proto__" || key === "prototype" || key === "constructor";
    }
    util.isUnsafeProperty = isUnsafeProperty;
    util.isNode = !!(typeof global < "u" && global && global.process && global.process.versions && global.process.versions.node);
    util.global = util.isNode && global || typeof window < "u" && window || typeof self < "u" && self || exports;
    util.emptyArray = Object.freeze ? Object.freeze([]) : (
      /* istanbul ignore next */
      []
    );
    util.emptyObject = Object.freeze ? Object.freeze({}) : (
      /* istanbul ignore next */
      {}
    );
    util.isInteger = Number.isInteger || /* istanbul ignore next */
    function(value) {
      return typeof value == "number" && isFinite(value) && Math.floor(value) === value;
    };
    util.isString = function(value) {
      return typeof value == "string" || value instanceof String;
    };
    util.isObject = function(value) {
      return value && typeof value == "object";
    };
    util.isset = /**
     * Checks if a property on a message is considered to be present.
     * @param {Object} obj Plain object or message instance
     * @param {string} prop Property name
     * @returns {boolean} `true` if considered to be present, otherwise `false`
     */
    util.isSet = function(obj, prop) {
      var value = obj[prop];
      return value != null && Object.hasOwnProperty.call(obj, prop) ? typeof value != "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0 : !1;
    };
    util.Buffer = (function() {
      try {
        var Buffer2 = util.global.Buffer;
        return Buffer2.prototype.utf8Write ? Buffer2 : (
          /* istanbul ignore next */
          null
        );
      } catch {
        return null;
      }
    })();
    util._Buffer_from = null;
    util._Buffer_allocUnsafe = null;
    util.newBuffer = function(sizeOrArray) {
      return typeof sizeOrArray == "number" ? util.Buffer ? util._Buffer_allocUnsafe(sizeOrArray) : new util.Array(sizeOrArray) : util.Buffer ? util._Buffer_from(sizeOrArray) : typeof Uint8Array > "u" ? sizeOrArray : new Uint8Array(sizeOrArray);
    };
    util.Array = typeof Uint8Array < "u" ? Uint8Array : Array;
    util.Long = /* istanbul ignore next */
    util.global.dcodeIO && /* istanbul ignore next */
    util.global.dcodeIO.Long || /* istanbul ignore next */
    util.global.Long || (function() {
      try {
        var Long = require_umd();
        return Long && Long.isLong ? Long : null;
      } catch {
        return null;
      }
    })();
    util.key2Re = /^true|false|0|1$/;
    util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;
    util.key64Re = /^(?:[\\x00-\\xff]{8}|-?(?:0|[1-9][0-9]*))$/;
    util.longToHash = function(value) {
      return value ? util.LongBits.from(value).toHash() : util.LongBits.zeroHash;
    };
    util.longFromHash = function(hash, unsigned) {
      var bits = util.LongBits.fromHash(hash);
      return util.Long ? util.Long.fromBits(bits.lo, bits.hi, unsigned) : bits.toNumber(!!unsigned);
    };
    function merge(dst) {
      var ifNotSet = typeof arguments[arguments.length - 1] == "boolean", limit = ifNotSet ? arguments.length - 1 : arguments.length;
      ifNotSet = ifNotSet && arguments[arguments.length - 1];
      for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (src)
          for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
            !isUnsafeProperty(keys[i]) && (dst[keys[i]] === void 0 || !ifNotSet) && (dst[keys[i]] = src[keys[i]]);
      }
      return dst;
    }
    util.merge = merge;
    util.nestingLimit = 32;
    util.recursionLimit = 100;
    util.makeProp = function(obj, key) {
      Object.defineProperty(obj, key, {
        enumerable: !0,
        configurable: !0,
        writable: !0
      });
    };
    util.lcFirst = function(str) {
      return str.charAt(0).toLowerCase() + str.substring(1);
    };
    function newError(name) {
      function CustomError(message, properties) {
        if (!(this instanceof CustomError))
          return new CustomError(message, properties);
        Object.defineProperty(this, "message", { get: function() {
          return message;
        } }), Error.captureStackTrace ? Error.captureStackTrace(this, CustomError) : Object.defineProperty(this, "stack", { value: new Error().stack || "" }), properties && merge(this, properties);
      }
      return CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
          value: CustomError,
          writable: !0,
          enumerable: !1,
          configurable: !0
        },
        name: {
          get: function() {
            return name;
          },
          set: void 0,
          enumerable: !1,
          // configurable: false would accurately preserve the behavior of
          // the original, but I'm guessing that was not intentional.
          // For an actual error subclass, this property would
          // be configurable.
          configurable: !0
        },
        toString: {
          value: function() {
            return this.name + ": " + this.message;
          },
          writable: !0,
          enumerable: !1,
          configurable: !0
        }
      }), CustomError;
    }
    util.newError = newError;
    util.ProtocolError = newError("ProtocolError");
    util.oneOfGetter = function(fieldNames) {
      for (var fieldMap = {}, i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;
      return function() {
        for (var keys = Object.keys(this), i2 = keys.length - 1; i2 > -1; --i2)
          if (fieldMap[keys[i2]] === 1 && this[keys[i2]] !== void 0 && this[keys[i2]] !== null)
            return keys[i2];
      };
    };
    util.oneOfSetter = function(fieldNames) {
      return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
          fieldNames[i] !== name && delete this[fieldNames[i]];
      };
    };
    util.toJSONOptions = {
      longs: String,
      enums: String,
      bytes: String,
      json: !0
    };
    util._configure = function() {
      var Buffer2 = util.Buffer;
      if (!Buffer2) {
        util._Buffer_from = util._Buffer_allocUnsafe = null;
        return;
      }
      util._Buffer_from = Buffer2.from !== Uint8Array.from && Buffer2.from || /* istanbul ignore next */
      function(value, encoding) {
        return new Buffer2(value, encoding);
      }, util._Buffer_allocUnsafe = Buffer2.allocUnsafe || /* istanbul ignore next */
      function(size) {
        return new Buffer2(size);
      };
    };
  }
});

// node_modules/protobufjs/src/writer.js
var require_writer = __commonJS({
  "node_modules/protobufjs/src/writer.js"(exports, module) {
    "use strict";
    module.exports = Writer;
    var util = require_minimal(), BufferWriter, LongBits = util.LongBits, base64 = util.base64, utf8 = util.utf8;
    function Op(fn, len, val) {
      this.fn = fn, this.len = len, this.next = void 0, this.val = val;
    }
    function noop() {
    }
    function State(writer) {
      this.head = writer.head, this.tail = writer.tail, this.len = writer.len, this.next = writer.states;
    }
    function Writer() {
      this.len = 0, this.head = new Op(noop, 0, 0), this.tail = this.head, this.states = null;
    }
    var create = function() {
      return util.Buffer ? function() {
        return (Writer.create = function() {
          return new BufferWriter();
        })();
      } : function() {
        return new Writer();
      };
    };
    Writer.create = create();
    Writer.alloc = function(size) {
      return new util.Array(size);
    };
    util.Array !== Array && (Writer.alloc = util.pool(Writer.alloc, util.Array.prototype.subarray));
    Writer.prototype._push = function(fn, len, val) {
      return this.tail = this.tail.next = new Op(fn, len, val), this.len += len, this;
    };
    function writeByte(val, buf, pos) {
      buf[pos] = val & 255;
    }
    function writeVarint32(val, buf, pos) {
      for (; val > 127; )
        buf[pos++] = val & 127 | 128, val >>>= 7;
      buf[pos] = val;
    }
    function VarintOp(len, val) {
      this.len = len, this.next = void 0, this.val = val;
    }
    VarintOp.prototype = Object.create(Op.prototype);
    VarintOp.prototype.fn = writeVarint32;
    Writer.prototype.uint32 = function(value) {
      return this.len += (this.tail = this.tail.next = new VarintOp(
        (value = value >>> 0) < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5,
        value
      )).len, this;
    };
    Writer.prototype.int32 = function(value) {
      return (value |= 0) < 0 ? this._push(writeVarint64, 10, LongBits.fromNumber(value)) : this.uint32(value);
    };
    Writer.prototype.sint32 = function(value) {
      return this.uint32((value << 1 ^ value >> 31) >>> 0);
    };
    function writeVarint64(val, buf, pos) {
      for (var lo = val.lo, hi = val.hi; hi; )
        buf[pos++] = lo & 127 | 128, lo = (lo >>> 7 | hi << 25) >>> 0, hi >>>= 7;
      for (; lo > 127; )
        buf[pos++] = lo & 127 | 128, lo = lo >>> 7;
      buf[pos++] = lo;
    }
    Writer.prototype.uint64 = function(value) {
      var bits = LongBits.from(value);
      return this._push(writeVarint64, bits.length(), bits);
    };
    Writer.prototype.int64 = Writer.prototype.uint64;
    Writer.prototype.sint64 = function(value) {
      var bits = LongBits.from(value).zzEncode();
      return this._push(writeVarint64, bits.length(), bits);
    };
    Writer.prototype.bool = function(value) {
      return this._push(writeByte, 1, value ? 1 : 0);
    };
    function writeFixed32(val, buf, pos) {
      buf[pos] = val & 255, buf[pos + 1] = val >>> 8 & 255, buf[pos + 2] = val >>> 16 & 255, buf[pos + 3] = val >>> 24;
    }
    Writer.prototype.fixed32 = function(value) {
      return this._push(writeFixed32, 4, value >>> 0);
    };
    Writer.prototype.sfixed32 = Writer.prototype.fixed32;
    Writer.prototype.fixed64 = function(value) {
      var bits = LongBits.from(value);
      return this._push(writeFixed32, 4, bits.lo)._push(writeFixed32, 4, bits.hi);
    };
    Writer.prototype.sfixed64 = Writer.prototype.fixed64;
    Writer.prototype.float = function(value) {
      return this._push(util.float.writeFloatLE, 4, value);
    };
    Writer.prototype.double = function(value) {
      return this._push(util.float.writeDoubleLE, 8, value);
    };
    var writeBytes = util.Array.prototype.set ? function(val, buf, pos) {
      buf.set(val, pos);
    } : function(val, buf, pos) {
      for (var i = 0; i < val.length; ++i)
        buf[pos + i] = val[i];
    };
    Writer.prototype.bytes = function(value) {
      var len = value.length >>> 0;
      if (!len)
        return this._push(writeByte, 1, 0);
      if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0), value = buf;
      }
      return this.uint32(len)._push(writeBytes, len, value);
    };
    Writer.prototype.string = function(value) {
      var len = utf8.length(value);
      return len ? this.uint32(len)._push(utf8.write, len, value) : this._push(writeByte, 1, 0);
    };
    Writer.prototype.fork = function() {
      return this.states = new State(this), this.head = this.tail = new Op(noop, 0, 0), this.len = 0, this;
    };
    Writer.prototype.reset = function() {
      return this.states ? (this.head = this.states.head, this.tail = this.states.tail, this.len = this.states.len, this.states = this.states.next) : (this.head = this.tail = new Op(noop, 0, 0), this.len = 0), this;
    };
    Writer.prototype.ldelim = function() {
      var head = this.head, tail = this.tail, len = this.len;
      return this.reset().uint32(len), len && (this.tail.next = head.next, this.tail = tail, this.len += len), this;
    };
    Writer.prototype.finish = function() {
      for (var head = this.head.next, buf = this.constructor.alloc(this.len), pos = 0; head; )
        head.fn(head.val, buf, pos), pos += head.len, head = head.next;
      return buf;
    };
    Writer._configure = function(BufferWriter_) {
      BufferWriter = BufferWriter_, Writer.create = create(), BufferWriter._configure();
    };
  }
});

// node_modules/protobufjs/src/writer_buffer.js
var require_writer_buffer = __commonJS({
  "node_modules/protobufjs/src/writer_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferWriter;
    var Writer = require_writer();
    (BufferWriter.prototype = Object.create(Writer.prototype)).constructor = BufferWriter;
    var util = require_minimal();
    function BufferWriter() {
      Writer.call(this);
    }
    BufferWriter._configure = function() {
      BufferWriter.alloc = util._Buffer_allocUnsafe, BufferWriter.writeBytesBuffer = util.Buffer && util.Buffer.prototype instanceof Uint8Array && util.Buffer.prototype.set.name === "set" ? function(val, buf, pos) {
        buf.set(val, pos);
      } : function(val, buf, pos) {
        if (val.copy)
          val.copy(buf, pos, 0, val.length);
        else for (var i = 0; i < val.length; )
          buf[pos++] = val[i++];
      };
    };
    BufferWriter.prototype.bytes = function(value) {
      util.isString(value) && (value = util._Buffer_from(value, "base64"));
      var len = value.length >>> 0;
      return this.uint32(len), len && this._push(BufferWriter.writeBytesBuffer, len, value), this;
    };
    function writeStringBuffer(val, buf, pos) {
      val.length < 40 ? util.utf8.write(val, buf, pos) : buf.utf8Write ? buf.utf8Write(val, pos) : buf.write(val, pos);
    }
    BufferWriter.prototype.string = function(value) {
      var len = util.Buffer.byteLength(value);
      return this.uint32(len), len && this._push(writeStringBuffer, len, value), this;
    };
    BufferWriter._configure();
  }
});

// node_modules/protobufjs/src/reader.js
var require_reader = __commonJS({
  "node_modules/protobufjs/src/reader.js"(exports, module) {
    "use strict";
    module.exports = Reader;
    var util = require_minimal(), BufferReader, LongBits = util.LongBits, utf8 = util.utf8;
    function indexOutOfRange(reader, writeLength) {
      return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
    }
    function Reader(buffer) {
      this.buf = buffer, this.pos = 0, this.len = buffer.length;
    }
    var create_array = typeof Uint8Array < "u" ? function(buffer) {
      if (buffer instanceof Uint8Array || Array.isArray(buffer))
        return new Reader(buffer);
      throw Error("illegal buffer");
    } : function(buffer) {
      if (Array.isArray(buffer))
        return new Reader(buffer);
      throw Error("illegal buffer");
    }, create = function() {
      return util.Buffer ? function(buffer) {
        return (Reader.create = function(buffer2) {
          return util.Buffer.isBuffer(buffer2) ? new BufferReader(buffer2) : create_array(buffer2);
        })(buffer);
      } : create_array;
    };
    Reader.create = create();
    Reader.prototype._slice = util.Array.prototype.subarray || /* istanbul ignore next */
    util.Array.prototype.slice;
    function readVarint32NearEnd(reader) {
      for (var value = 0, i = 0; i < 4; ++i) {
        if (reader.pos >= reader.len)
          throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        if (value = (value | (b & 127) << i * 7) >>> 0, b < 128)
          return value;
      }
      throw indexOutOfRange(reader);
    }
    Reader.prototype.uint32 = /* @__PURE__ */ (function() {
      var value = 4294967295;
      return function() {
        if (this.len - this.pos < 5) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
        }
        if (value = (this.buf[this.pos] & 127) >>> 0, this.buf[this.pos++] < 128 || (value = (value | (this.buf[this.pos] & 127) << 7) >>> 0, this.buf[this.pos++] < 128) || (value = (value | (this.buf[this.pos] & 127) << 14) >>> 0, this.buf[this.pos++] < 128) || (value = (value | (this.buf[this.pos] & 127) << 21) >>> 0, this.buf[this.pos++] < 128) || (value = (value | (this.buf[this.pos] & 15) << 28) >>> 0, this.buf[this.pos++] < 128)) return value;
        if ((this.pos += 5) > this.len)
          throw this.pos = this.len, indexOutOfRange(this, 10);
        return value;
      };
    })();
    Reader.prototype.int32 = function() {
      return this.uint32() | 0;
    };
    Reader.prototype.sint32 = function() {
      var value = this.uint32();
      return value >>> 1 ^ -(value & 1) | 0;
    };
    function readLongVarint() {
      var bits = new LongBits(0, 0), i = 0;
      if (this.len - this.pos > 4) {
        for (; i < 4; ++i)
          if (bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0, this.buf[this.pos++] < 128)
            return bits;
        if (bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0, bits.hi = (bits.hi | (this.buf[this.pos] & 127) >> 4) >>> 0, this.buf[this.pos++] < 128)
          return bits;
        i = 0;
      } else {
        for (; i < 3; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          if (bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0, this.buf[this.pos++] < 128)
            return bits;
        }
        return bits.lo = (bits.lo | (this.buf[this.pos++] & 127) << i * 7) >>> 0, bits;
      }
      if (this.len - this.pos > 4) {
        for (; i < 5; ++i)
          if (bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0, this.buf[this.pos++] < 128)
            return bits;
      } else
        for (; i < 5; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          if (bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0, this.buf[this.pos++] < 128)
            return bits;
        }
      throw Error("invalid varint encoding");
    }
    Reader.prototype.bool = function() {
      return this.uint32() !== 0;
    };
    function readFixed32_end(buf, end) {
      return (buf[end - 4] | buf[end - 3] << 8 | buf[end - 2] << 16 | buf[end - 1] << 24) >>> 0;
    }
    Reader.prototype.fixed32 = function() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4);
    };
    Reader.prototype.sfixed32 = function() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4) | 0;
    };
    function readFixed64() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);
      return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
    }
    Reader.prototype.float = function() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readFloatLE(this.buf, this.pos);
      return this.pos += 4, value;
    };
    Reader.prototype.double = function() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readDoubleLE(this.buf, this.pos);
      return this.pos += 8, value;
    };
    Reader.prototype.bytes = function() {
      var length = this.uint32(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      if (this.pos += length, Array.isArray(this.buf))
        return this.buf.slice(start, end);
      if (start === end) {
        var nativeBuffer = util.Buffer;
        return nativeBuffer ? nativeBuffer.alloc(0) : new this.buf.constructor(0);
      }
      return this._slice.call(this.buf, start, end);
    };
    Reader.prototype.string = function() {
      var bytes = this.bytes();
      return utf8.read(bytes, 0, bytes.length);
    };
    Reader.prototype.skip = function(length) {
      if (typeof length == "number") {
        if (this.pos + length > this.len)
          throw indexOutOfRange(this, length);
        this.pos += length;
      } else
        do
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
        while (this.buf[this.pos++] & 128);
      return this;
    };
    Reader.recursionLimit = util.recursionLimit;
    Reader.prototype.skipType = function(wireType, depth) {
      if (depth === void 0 && (depth = 0), depth > Reader.recursionLimit)
        throw Error("maximum nesting depth exceeded");
      switch (wireType) {
        case 0:
          this.skip();
          break;
        case 1:
          this.skip(8);
          break;
        case 2:
          this.skip(this.uint32());
          break;
        case 3:
          for (; (wireType = this.uint32() & 7) !== 4; )
            this.skipType(wireType, depth + 1);
          break;
        case 5:
          this.skip(4);
          break;
        /* istanbul ignore next */
        default:
          throw Error("invalid wire type " + wireType + " at offset " + this.pos);
      }
      return this;
    };
    Reader._configure = function(BufferReader_) {
      BufferReader = BufferReader_, Reader.create = create(), BufferReader._configure();
      var fn = util.Long ? "toLong" : (
        /* istanbul ignore next */
        "toNumber"
      );
      util.merge(Reader.prototype, {
        int64: function() {
          return readLongVarint.call(this)[fn](!1);
        },
        uint64: function() {
          return readLongVarint.call(this)[fn](!0);
        },
        sint64: function() {
          return readLongVarint.call(this).zzDecode()[fn](!1);
        },
        fixed64: function() {
          return readFixed64.call(this)[fn](!0);
        },
        sfixed64: function() {
          return readFixed64.call(this)[fn](!1);
        }
      });
    };
  }
});

// node_modules/protobufjs/src/reader_buffer.js
var require_reader_buffer = __commonJS({
  "node_modules/protobufjs/src/reader_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferReader;
    var Reader = require_reader();
    (BufferReader.prototype = Object.create(Reader.prototype)).constructor = BufferReader;
    var util = require_minimal();
    function BufferReader(buffer) {
      Reader.call(this, buffer);
    }
    BufferReader._configure = function() {
      util.Buffer && (BufferReader.prototype._slice = util.Buffer.prototype.slice);
    };
    BufferReader.prototype.string = function() {
      var len = this.uint32();
      return this.buf.utf8Slice ? this.buf.utf8Slice(this.pos, this.pos = Math.min(this.pos + len, this.len)) : this.buf.toString("utf-8", this.pos, this.pos = Math.min(this.pos + len, this.len));
    };
    BufferReader._configure();
  }
});

// node_modules/protobufjs/src/rpc/service.js
var require_service2 = __commonJS({
  "node_modules/protobufjs/src/rpc/service.js"(exports, module) {
    "use strict";
    module.exports = Service;
    var util = require_minimal();
    (Service.prototype = Object.create(util.EventEmitter.prototype)).constructor = Service;
    function Service(rpcImpl, requestDelimited, responseDelimited) {
      if (typeof rpcImpl != "function")
        throw TypeError("rpcImpl must be a function");
      util.EventEmitter.call(this), this.rpcImpl = rpcImpl, this.requestDelimited = !!requestDelimited, this.responseDelimited = !!responseDelimited;
    }
    Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {
      if (!request)
        throw TypeError("request must be specified");
      var self2 = this;
      if (!callback)
        return util.asPromise(rpcCall, self2, method, requestCtor, responseCtor, request);
      if (!self2.rpcImpl) {
        setTimeout(function() {
          callback(Error("already ended"));
        }, 0);
        return;
      }
      try {
        return self2.rpcImpl(
          method,
          requestCtor[self2.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
          function(err, response) {
            if (err)
              return self2.emit("error", err, method), callback(err);
            if (response === null) {
              self2.end(
                /* endedByRPC */
                !0
              );
              return;
            }
            if (!(response instanceof responseCtor))
              try {
                response = responseCtor[self2.responseDelimited ? "decodeDelimited" : "decode"](response);
              } catch (err2) {
                return self2.emit("error", err2, method), callback(err2);
              }
            return self2.emit("data", response, method), callback(null, response);
          }
        );
      } catch (err) {
        self2.emit("error", err, method), setTimeout(function() {
          callback(err);
        }, 0);
        return;
      }
    };
    Service.prototype.end = function(endedByRPC) {
      return this.rpcImpl && (endedByRPC || this.rpcImpl(null, null, null), this.rpcImpl = null, this.emit("end").off()), this;
    };
  }
});

// node_modules/protobufjs/src/rpc.js
var require_rpc = __commonJS({
  "node_modules/protobufjs/src/rpc.js"(exports) {
    "use strict";
    var rpc = exports;
    rpc.Service = require_service2();
  }
});

// node_modules/protobufjs/src/roots.js
var require_roots = __commonJS({
  "node_modules/protobufjs/src/roots.js"(exports, module) {
    "use strict";
    module.exports = /* @__PURE__ */ Object.create(null);
  }
});

// node_modules/protobufjs/src/index-minimal.js
var require_index_minimal = __commonJS({
  "node_modules/protobufjs/src/index-minimal.js"(exports) {
    "use strict";
    var protobuf = exports;
    protobuf.build = "minimal";
    protobuf.Writer = require_writer();
    protobuf.BufferWriter = require_writer_buffer();
    protobuf.Reader = require_reader();
    protobuf.BufferReader = require_reader_buffer();
    protobuf.util = require_minimal();
    protobuf.rpc = require_rpc();
    protobuf.roots = require_roots();
    protobuf.configure = configure;
    function configure() {
      protobuf.util._configure(), protobuf.Writer._configure(protobuf.BufferWriter), protobuf.Reader._configure(protobuf.BufferReader);
    }
    configure();
  }
});

// node_modules/@protobufjs/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/@protobufjs/codegen/index.js"(exports, module) {
    "use strict";
    module.exports = codegen;
    var reservedRe = /^(?:do|if|in|for|let|new|try|var|case|else|enum|eval|false|null|this|true|void|with|break|catch|class|const|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof)$/;
    function codegen(functionParams, functionName) {
      typeof functionParams == "string" && (functionName = functionParams, functionParams = void 0);
      var body = [];
      function Codegen(formatStringOrScope) {
        if (typeof formatStringOrScope != "string") {
          var source = toString();
          if (codegen.verbose && console.log("codegen: " + source), source = "return " + source, formatStringOrScope) {
            for (var scopeKeys = Object.keys(formatStringOrScope), scopeParams = new Array(scopeKeys.length + 1), scopeValues = new Array(scopeKeys.length), scopeOffset = 0; scopeOffset < scopeKeys.length; )
              scopeParams[scopeOffset] = scopeKeys[scopeOffset], scopeValues[scopeOffset] = formatStringOrScope[scopeKeys[scopeOffset++]];
            return scopeParams[scopeOffset] = source, Function.apply(null, scopeParams).apply(null, scopeValues);
          }
          return Function(source)();
        }
        for (var formatParams = new Array(arguments.length - 1), formatOffset = 0; formatOffset < formatParams.length; )
          formatParams[formatOffset] = arguments[++formatOffset];
        if (formatOffset = 0, formatStringOrScope = formatStringOrScope.replace(/%([%dfijs])/g, function($0, $1) {
          var value = formatParams[formatOffset++];
          switch ($1) {
            case "d":
            case "f":
              return String(Number(value));
            case "i":
              return String(Math.floor(value));
            case "j":
              return JSON.stringify(value);
            case "s":
              return String(value);
          }
          return "%";
        }), formatOffset !== formatParams.length)
          throw Error("parameter count mismatch");
        return body.push(formatStringOrScope), Codegen;
      }
      function toString(functionNameOverride) {
        return "function " + safeFunctionName(functionNameOverride || functionName) + "(" + (functionParams && functionParams.join(",") || "") + `){
  ` + body.join(`
  `) + `
}`;
      }
      return Codegen.toString = toString, Codegen;
    }
    codegen.verbose = !1;
    function safeFunctionName(name) {
      return !name || (name = String(name).replace(/[^\w$]/g, ""), !name) ? "" : (/^\d/.test(name) && (name = "_" + name), reservedRe.test(name) ? name + "_" : name);
    }
  }
});

// node_modules/@protobufjs/fetch/util/fs.js
var require_fs = __commonJS({
  "node_modules/@protobufjs/fetch/util/fs.js"(exports, module) {
    "use strict";
    var fs4 = null;
    try {
      fs4 = __require(
        /* webpackIgnore: true */
        "fs"
      ), (!fs4 || !fs4.readFile || !fs4.readFileSync) && (fs4 = null);
    } catch {
    }
    module.exports = fs4;
  }
});

// node_modules/@protobufjs/fetch/index.js
var require_fetch = __commonJS({
  "node_modules/@protobufjs/fetch/index.js"(exports, module) {
    "use strict";
    module.exports = fetch;
    var asPromise = require_aspromise(), fs4 = require_fs();
    function fetch(filename, options, callback) {
      return typeof options == "function" ? (callback = options, options = {}) : options || (options = {}), callback ? !options.xhr && fs4 && fs4.readFile ? fs4.readFile(filename, function(err, contents) {
        return err && typeof XMLHttpRequest < "u" ? fetch.xhr(filename, options, callback) : err ? callback(err) : callback(null, options.binary ? contents : contents.toString("utf8"));
      }) : fetch.xhr(filename, options, callback) : asPromise(fetch, this, filename, options);
    }
    fetch.xhr = function(filename, options, callback) {
      var xhr = new XMLHttpRequest();
      xhr.onreadystatechange = function() {
        if (xhr.readyState === 4) {
          if (xhr.status !== 0 && xhr.status !== 200)
            return callback(Error("status " + xhr.status));
          if (options.binary) {
            var buffer = xhr.response;
            if (!buffer) {
              buffer = [];
              for (var i = 0; i < xhr.responseText.length; ++i)
                buffer.push(xhr.responseText.charCodeAt(i) & 255);
            }
            return callback(null, typeof Uint8Array < "u" ? new Uint8Array(buffer) : buffer);
          }
          return callback(null, xhr.responseText);
        }
      }, options.binary && ("overrideMimeType" in xhr && xhr.overrideMimeType("text/plain; charset=x-user-defined"), xhr.responseType = "arraybuffer"), xhr.open("GET", filename), xhr.send();
    };
  }
});

// node_modules/@protobufjs/path/index.js
var require_path = __commonJS({
  "node_modules/@protobufjs/path/index.js"(exports) {
    "use strict";
    var path6 = exports, isAbsolute = (
      /**
       * Tests if the specified path is absolute.
       * @param {string} path Path to test
       * @returns {boolean} `true` if path is absolute
       */
      path6.isAbsolute = function(path7) {
        return /^(?:\/|\w+:)/.test(path7);
      }
    ), normalize = (
      /**
       * Normalizes the specified path.
       * @param {string} path Path to normalize
       * @returns {string} Normalized path
       */
      path6.normalize = function(path7) {
        path7 = path7.replace(/\\/g, "/").replace(/\/{2,}/g, "/");
        var parts = path7.split("/"), absolute = isAbsolute(path7), prefix = "";
        absolute && (prefix = parts.shift() + "/");
        for (var i = 0; i < parts.length; )
          parts[i] === ".." ? i > 0 && parts[i - 1] !== ".." ? parts.splice(--i, 2) : absolute ? parts.splice(i, 1) : ++i : parts[i] === "." ? parts.splice(i, 1) : ++i;
        return prefix + parts.join("/");
      }
    );
    path6.resolve = function(originPath, includePath, alreadyNormalized) {
      return alreadyNormalized || (includePath = normalize(includePath)), isAbsolute(includePath) ? includePath : (alreadyNormalized || (originPath = normalize(originPath)), (originPath = originPath.replace(/(?:\/|^)[^/]+$/, "")).length ? normalize(originPath + "/" + includePath) : includePath);
    };
  }
});

// node_modules/protobufjs/src/util/patterns.js
var require_patterns = __commonJS({
  "node_modules/protobufjs/src/util/patterns.js"(exports) {
    "use strict";
    var patterns = exports;
    patterns.numberRe = /^(?![eE])[0-9]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
    patterns.typeRefRe = /^(?:\.?[a-zA-Z_][a-zA-Z_0-9]*)(?:\.[a-zA-Z_][a-zA-Z_0-9]*)*$/;
    patterns.reservedRe = /^(?:do|if|in|for|let|new|try|var|case|else|enum|eval|false|null|this|true|void|with|break|catch|class|const|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof)$/;
  }
});

// node_modules/protobufjs/src/util/fs.js
var require_fs2 = __commonJS({
  "node_modules/protobufjs/src/util/fs.js"(exports, module) {
    "use strict";
    var fs4 = null;
    try {
      fs4 = __require(
        /* webpackIgnore: true */
        "fs"
      ), (!fs4 || !fs4.readFile || !fs4.readFileSync) && (fs4 = null);
    } catch {
    }
    module.exports = fs4;
  }
});

// node_modules/protobufjs/src/namespace.js
var require_namespace = __commonJS({
  "node_modules/protobufjs/src/namespace.js"(exports, module) {
    "use strict";
    module.exports = Namespace;
    var ReflectionObject = require_object();
    ((Namespace.prototype = Object.create(ReflectionObject.prototype)).constructor = Namespace).className = "Namespace";
    var Field = require_field(), util = require_util2(), OneOf = require_oneof(), Type, Service, Enum;
    Namespace.fromJSON = function(name, json, depth) {
      return depth = util.checkDepth(depth), new Namespace(name, json.options).addJSON(json.nested, depth);
    };
    function arrayToJSON(array, toJSONOptions) {
      if (array && array.length) {
        for (var obj = {}, i = 0; i < array.length; ++i)
          obj[array[i].name] = array[i].toJSON(toJSONOptions);
        return obj;
      }
    }
    Namespace.arrayToJSON = arrayToJSON;
    Namespace.isReservedId = function(reserved, id) {
      if (reserved) {
        for (var i = 0; i < reserved.length; ++i)
          if (typeof reserved[i] != "string" && reserved[i][0] <= id && reserved[i][1] > id)
            return !0;
      }
      return !1;
    };
    Namespace.isReservedName = function(reserved, name) {
      if (reserved) {
        for (var i = 0; i < reserved.length; ++i)
          if (reserved[i] === name)
            return !0;
      }
      return !1;
    };
    function Namespace(name, options) {
      ReflectionObject.call(this, name, options), this.nested = void 0, this._nestedArray = null, this._lookupCache = /* @__PURE__ */ Object.create(null), this._needsRecursiveFeatureResolution = !0, this._needsRecursiveResolve = !0;
    }
    function clearCache(namespace) {
      namespace._nestedArray = null, namespace._lookupCache = /* @__PURE__ */ Object.create(null);
      for (var parent = namespace; parent = parent.parent; )
        parent._lookupCache = /* @__PURE__ */ Object.create(null);
      return namespace;
    }
    Object.defineProperty(Namespace.prototype, "nestedArray", {
      get: function() {
        return this._nestedArray || (this._nestedArray = util.toArray(this.nested));
      }
    });
    Namespace.prototype.toJSON = function(toJSONOptions) {
      return util.toObject([
        "options",
        this.options,
        "nested",
        arrayToJSON(this.nestedArray, toJSONOptions)
      ]);
    };
    Namespace.prototype.addJSON = function(nestedJson, depth) {
      depth = util.checkDepth(depth);
      var ns = this;
      if (nestedJson)
        for (var names = Object.keys(nestedJson), i = 0, nested; i < names.length; ++i)
          nested = nestedJson[names[i]], ns.add(
            // most to least likely
            (nested.fields !== void 0 ? Type.fromJSON : nested.values !== void 0 ? Enum.fromJSON : nested.methods !== void 0 ? Service.fromJSON : nested.id !== void 0 ? Field.fromJSON : Namespace.fromJSON)(names[i], nested, depth + 1)
          );
      return this;
    };
    Namespace.prototype.get = function(name) {
      return this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) ? this.nested[name] : null;
    };
    Namespace.prototype.getEnum = function(name) {
      if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) && this.nested[name] instanceof Enum)
        return this.nested[name].values;
      throw Error("no such enum: " + name);
    };
    Namespace.prototype.add = function(object) {
      if (!(object instanceof Field && object.extend !== void 0 || object instanceof Type || object instanceof OneOf || object instanceof Enum || object instanceof Service || object instanceof Namespace))
        throw TypeError("object must be a valid nested object");
      if (object.name === "__proto__")
        return this;
      if (!this.nested)
        this.nested = {};
      else {
        var prev = this.get(object.name);
        if (prev)
          if (prev instanceof Namespace && object instanceof Namespace && !(prev instanceof Type || prev instanceof Service)) {
            for (var nested = prev.nestedArray, i = 0; i < nested.length; ++i)
              object.add(nested[i]);
            this.remove(prev), this.nested || (this.nested = {}), object.setOptions(prev.options, !0);
          } else
            throw Error("duplicate name '" + object.name + "' in " + this);
      }
      this.nested[object.name] = object, this instanceof Type || this instanceof Service || this instanceof Enum || this instanceof Field || object._edition || (object._edition = object._defaultEdition), this._needsRecursiveFeatureResolution = !0, this._needsRecursiveResolve = !0;
      for (var parent = this; parent = parent.parent; )
        parent._needsRecursiveFeatureResolution = !0, parent._needsRecursiveResolve = !0;
      return object.onAdd(this), clearCache(this);
    };
    Namespace.prototype.remove = function(object) {
      if (!(object instanceof ReflectionObject))
        throw TypeError("object must be a ReflectionObject");
      if (object.parent !== this)
        throw Error(object + " is not a member of " + this);
      return delete this.nested[object.name], Object.keys(this.nested).length || (this.nested = void 0), object.onRemove(this), clearCache(this);
    };
    Namespace.prototype.define = function(path6, json) {
      if (util.isString(path6))
        path6 = path6.split(".");
      else if (!Array.isArray(path6))
        throw TypeError("illegal path");
      if (path6 && path6.length && path6[0] === "")
        throw Error("path must be relative");
      if (path6.length > util.recursionLimit)
        throw Error("max depth exceeded");
      for (var ptr = this; path6.length > 0; ) {
        var part = path6.shift();
        if (ptr.nested && ptr.nested[part]) {
          if (ptr = ptr.nested[part], !(ptr instanceof Namespace))
            throw Error("path conflicts with non-namespace objects");
        } else
          ptr.add(ptr = new Namespace(part));
      }
      return json && ptr.addJSON(json), ptr;
    };
    Namespace.prototype.resolveAll = function() {
      if (!this._needsRecursiveResolve) return this;
      this._resolveFeaturesRecursive(this._edition);
      var nested = this.nestedArray, i = 0;
      for (this.resolve(); i < nested.length; )
        nested[i] instanceof Namespace ? nested[i++].resolveAll() : nested[i++].resolve();
      return this._needsRecursiveResolve = !1, this;
    };
    Namespace.prototype._resolveFeaturesRecursive = function(edition) {
      return this._needsRecursiveFeatureResolution ? (this._needsRecursiveFeatureResolution = !1, edition = this._edition || edition, ReflectionObject.prototype._resolveFeaturesRecursive.call(this, edition), this.nestedArray.forEach((nested) => {
        nested._resolveFeaturesRecursive(edition);
      }), this) : this;
    };
    Namespace.prototype.lookup = function(path6, filterTypes, parentAlreadyChecked) {
      if (typeof filterTypes == "boolean" ? (parentAlreadyChecked = filterTypes, filterTypes = void 0) : filterTypes && !Array.isArray(filterTypes) && (filterTypes = [filterTypes]), util.isString(path6) && path6.length) {
        if (path6 === ".")
          return this.root;
        path6 = path6.split(".");
      } else if (!path6.length)
        return this;
      var flatPath = path6.join(".");
      if (path6[0] === "")
        return this.root.lookup(path6.slice(1), filterTypes);
      var found = this.root._fullyQualifiedObjects && this.root._fullyQualifiedObjects["." + flatPath];
      if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1) || (found = this._lookupImpl(path6, flatPath), found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)))
        return found;
      if (parentAlreadyChecked)
        return null;
      for (var current = this; current.parent; ) {
        if (found = current.parent._lookupImpl(path6, flatPath), found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1))
          return found;
        current = current.parent;
      }
      return null;
    };
    Namespace.prototype._lookupImpl = function(path6, flatPath) {
      if (Object.prototype.hasOwnProperty.call(this._lookupCache, flatPath))
        return this._lookupCache[flatPath];
      var found = this.get(path6[0]), exact = null;
      if (found)
        path6.length === 1 ? exact = found : found instanceof Namespace && (path6 = path6.slice(1), exact = found._lookupImpl(path6, path6.join(".")));
      else
        for (var i = 0; i < this.nestedArray.length; ++i)
          if (this._nestedArray[i] instanceof Namespace && (found = this._nestedArray[i]._lookupImpl(path6, flatPath))) {
            exact = found;
            break;
          }
      return this._lookupCache[flatPath] = exact, exact;
    };
    Namespace.prototype.lookupType = function(path6) {
      var found = this.lookup(path6, [Type]);
      if (!found)
        throw Error("no such type: " + path6);
      return found;
    };
    Namespace.prototype.lookupEnum = function(path6) {
      var found = this.lookup(path6, [Enum]);
      if (!found)
        throw Error("no such Enum '" + path6 + "' in " + this);
      return found;
    };
    Namespace.prototype.lookupTypeOrEnum = function(path6) {
      var found = this.lookup(path6, [Type, Enum]);
      if (!found)
        throw Error("no such Type or Enum '" + path6 + "' in " + this);
      return found;
    };
    Namespace.prototype.lookupService = function(path6) {
      var found = this.lookup(path6, [Service]);
      if (!found)
        throw Error("no such Service '" + path6 + "' in " + this);
      return found;
    };
    Namespace._configure = function(Type_, Service_, Enum_) {
      Type = Type_, Service = Service_, Enum = Enum_;
    };
  }
});

// node_modules/protobufjs/src/mapfield.js
var require_mapfield = __commonJS({
  "node_modules/protobufjs/src/mapfield.js"(exports, module) {
    "use strict";
    module.exports = MapField;
    var Field = require_field();
    ((MapField.prototype = Object.create(Field.prototype)).constructor = MapField).className = "MapField";
    var types = require_types(), util = require_util2();
    function MapField(name, id, keyType, type, options, comment) {
      if (Field.call(this, name, id, type, void 0, void 0, options, comment), !util.isString(keyType))
        throw TypeError("keyType must be a string");
      this.keyType = keyType, this.resolvedKeyType = null, this.map = !0;
    }
    MapField.fromJSON = function(name, json) {
      return new MapField(name, json.id, json.keyType, json.type, json.options, json.comment);
    };
    MapField.prototype.toJSON = function(toJSONOptions) {
      var keepComments = toJSONOptions ? !!toJSONOptions.keepComments : !1;
      return util.toObject([
        "keyType",
        this.keyType,
        "type",
        this.type,
        "id",
        this.id,
        "extend",
        this.extend,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    MapField.prototype.resolve = function() {
      if (this.resolved)
        return this;
      if (types.mapKey[this.keyType] === void 0)
        throw Error("invalid key type: " + this.keyType);
      return Field.prototype.resolve.call(this);
    };
    MapField.d = function(fieldId, fieldKeyType, fieldValueType) {
      return typeof fieldValueType == "function" ? fieldValueType = util.decorateType(fieldValueType).name : fieldValueType && typeof fieldValueType == "object" && (fieldValueType = util.decorateEnum(fieldValueType).name), function(prototype, fieldName) {
        util.decorateType(prototype.constructor).add(new MapField(fieldName, fieldId, fieldKeyType, fieldValueType));
      };
    };
  }
});

// node_modules/protobufjs/src/method.js
var require_method = __commonJS({
  "node_modules/protobufjs/src/method.js"(exports, module) {
    "use strict";
    module.exports = Method;
    var ReflectionObject = require_object();
    ((Method.prototype = Object.create(ReflectionObject.prototype)).constructor = Method).className = "Method";
    var util = require_util2();
    function Method(name, type, requestType, responseType, requestStream, responseStream, options, comment, parsedOptions) {
      if (util.isObject(requestStream) ? (options = requestStream, requestStream = responseStream = void 0) : util.isObject(responseStream) && (options = responseStream, responseStream = void 0), !(type === void 0 || util.isString(type)))
        throw TypeError("type must be a string");
      if (!util.isString(requestType))
        throw TypeError("requestType must be a string");
      if (!util.isString(responseType))
        throw TypeError("responseType must be a string");
      ReflectionObject.call(this, name, options), this.type = type || "rpc", this.requestType = requestType, this.requestStream = requestStream ? !0 : void 0, this.responseType = responseType, this.responseStream = responseStream ? !0 : void 0, this.resolvedRequestType = null, this.resolvedResponseType = null, this.comment = comment, this.parsedOptions = parsedOptions;
    }
    Method.fromJSON = function(name, json) {
      return new Method(name, json.type, json.requestType, json.responseType, json.requestStream, json.responseStream, json.options, json.comment, json.parsedOptions);
    };
    Method.prototype.toJSON = function(toJSONOptions) {
      var keepComments = toJSONOptions ? !!toJSONOptions.keepComments : !1;
      return util.toObject([
        "type",
        this.type !== "rpc" && /* istanbul ignore next */
        this.type || void 0,
        "requestType",
        this.requestType,
        "requestStream",
        this.requestStream,
        "responseType",
        this.responseType,
        "responseStream",
        this.responseStream,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0,
        "parsedOptions",
        this.parsedOptions
      ]);
    };
    Method.prototype.resolve = function() {
      return this.resolved ? this : (this.resolvedRequestType = this.parent.lookupType(this.requestType), this.resolvedResponseType = this.parent.lookupType(this.responseType), ReflectionObject.prototype.resolve.call(this));
    };
  }
});

// node_modules/protobufjs/src/service.js
var require_service3 = __commonJS({
  "node_modules/protobufjs/src/service.js"(exports, module) {
    "use strict";
    module.exports = Service;
    var Namespace = require_namespace();
    ((Service.prototype = Object.create(Namespace.prototype)).constructor = Service).className = "Service";
    var Method = require_method(), util = require_util2(), rpc = require_rpc();
    function Service(name, options) {
      Namespace.call(this, name, options), this.methods = {}, this._methodsArray = null;
    }
    Service.fromJSON = function(name, json, depth) {
      depth = util.checkDepth(depth);
      var service = new Service(name, json.options);
      if (json.methods)
        for (var names = Object.keys(json.methods), i = 0; i < names.length; ++i)
          service.add(Method.fromJSON(names[i], json.methods[names[i]]));
      return json.nested && service.addJSON(json.nested, depth), json.edition && (service._edition = json.edition), service.comment = json.comment, service._defaultEdition = "proto3", service;
    };
    Service.prototype.toJSON = function(toJSONOptions) {
      var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions), keepComments = toJSONOptions ? !!toJSONOptions.keepComments : !1;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        inherited && inherited.options || void 0,
        "methods",
        Namespace.arrayToJSON(this.methodsArray, toJSONOptions) || /* istanbul ignore next */
        {},
        "nested",
        inherited && inherited.nested || void 0,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Object.defineProperty(Service.prototype, "methodsArray", {
      get: function() {
        return this._methodsArray || (this._methodsArray = util.toArray(this.methods));
      }
    });
    function clearCache(service) {
      return service._methodsArray = null, service;
    }
    Service.prototype.get = function(name) {
      return Object.prototype.hasOwnProperty.call(this.methods, name) ? this.methods[name] : Namespace.prototype.get.call(this, name);
    };
    Service.prototype.resolveAll = function() {
      if (!this._needsRecursiveResolve) return this;
      Namespace.prototype.resolve.call(this);
      for (var methods = this.methodsArray, i = 0; i < methods.length; ++i)
        methods[i].resolve();
      return this;
    };
    Service.prototype._resolveFeaturesRecursive = function(edition) {
      return this._needsRecursiveFeatureResolution ? (edition = this._edition || edition, Namespace.prototype._resolveFeaturesRecursive.call(this, edition), this.methodsArray.forEach((method) => {
        method._resolveFeaturesRecursive(edition);
      }), this) : this;
    };
    Service.prototype.add = function(object) {
      if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);
      return object instanceof Method ? object.name === "__proto__" ? this : (this.methods[object.name] = object, object.parent = this, clearCache(this)) : Namespace.prototype.add.call(this, object);
    };
    Service.prototype.remove = function(object) {
      if (object instanceof Method) {
        if (this.methods[object.name] !== object)
          throw Error(object + " is not a member of " + this);
        return delete this.methods[object.name], object.parent = null, clearCache(this);
      }
      return Namespace.prototype.remove.call(this, object);
    };
    Service.prototype.create = function(rpcImpl, requestDelimited, responseDelimited) {
      for (var rpcService = new rpc.Service(rpcImpl, requestDelimited, responseDelimited), i = 0, method; i < /* initializes */
      this.methodsArray.length; ++i) {
        var methodName = util.lcFirst((method = this._methodsArray[i]).resolve().name).replace(/[^$\w_]/g, "");
        rpcService[methodName] = /* @__PURE__ */ (function(method2, requestType, responseType) {
          return function(request, callback) {
            return rpc.Service.prototype.rpcCall.call(this, method2, requestType, responseType, request, callback);
          };
        })(method, method.resolvedRequestType.ctor, method.resolvedResponseType.ctor);
      }
      return rpcService;
    };
  }
});

// node_modules/protobufjs/src/message.js
var require_message = __commonJS({
  "node_modules/protobufjs/src/message.js"(exports, module) {
    "use strict";
    module.exports = Message;
    var util = require_minimal();
    function Message(properties) {
      if (properties)
        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i) {
          var key = keys[i];
          key !== "__proto__" && (this[key] = properties[key]);
        }
    }
    Message.create = function(properties) {
      return this.$type.create(properties);
    };
    Message.encode = function(message, writer) {
      return this.$type.encode(message, writer);
    };
    Message.encodeDelimited = function(message, writer) {
      return this.$type.encodeDelimited(message, writer);
    };
    Message.decode = function(reader) {
      return this.$type.decode(reader);
    };
    Message.decodeDelimited = function(reader) {
      return this.$type.decodeDelimited(reader);
    };
    Message.verify = function(message) {
      return this.$type.verify(message);
    };
    Message.fromObject = function(object) {
      return this.$type.fromObject(object);
    };
    Message.toObject = function(message, options) {
      return this.$type.toObject(message, options);
    };
    Message.prototype.toJSON = function() {
      return this.$type.toObject(this, util.toJSONOptions);
    };
  }
});

// node_modules/protobufjs/src/decoder.js
var require_decoder = __commonJS({
  "node_modules/protobufjs/src/decoder.js"(exports, module) {
    "use strict";
    module.exports = decoder;
    var Enum = require_enum(), types = require_types(), util = require_util2();
    function missing(field) {
      return "missing required '" + field.name + "'";
    }
    function decoder(mtype) {
      for (var gen = util.codegen(["r", "l", "e", "n"], mtype.name + "$decode")("if(!(r instanceof Reader))")("r=Reader.create(r)")("if(n===undefined)n=0")("if(n>Reader.recursionLimit)")('throw Error("maximum nesting depth exceeded")')("var c,m" + (mtype.fieldsArray.filter(function(field2) {
        return field2.map;
      }).length ? ",k,value" : ""))("if(l===undefined)")("c=r.len")("else{")("c=r.pos+l")("if(c>r.len)")('throw RangeError("index out of range")')("l=r.len")("r.len=c")("}")("m=new this.ctor")("while(r.pos<c){")("var t=r.uint32()")("if(t===e)")("break")("switch(t>>>3){"), i = 0; i < /* initializes */
      mtype.fieldsArray.length; ++i) {
        var field = mtype._fieldsArray[i].resolve(), type = field.resolvedType instanceof Enum ? "int32" : field.type, ref = "m" + util.safeProp(field.name);
        gen("case %i: {", field.id), field.map ? (gen("if(%s===util.emptyObject)", ref)("%s={}", ref)("var c2=r.uint32()+r.pos")("if(c2>r.len)")('throw RangeError("index out of range")')("r.len=c2"), types.defaults[field.keyType] !== void 0 ? gen("k=%j", types.defaults[field.keyType]) : gen("k=null"), types.defaults[type] !== void 0 ? gen("value=%j", types.defaults[type]) : gen("value=null"), gen("while(r.pos<c2){")("var tag2=r.uint32()")("switch(tag2>>>3){")("case 1: k=r.%s(); break", field.keyType)("case 2:"), types.basic[type] === void 0 ? gen("value=types[%i].decode(r,r.uint32(),undefined,n+1)", i) : gen("value=r.%s()", type), gen("break")("default:")("r.skipType(tag2&7,n)")("break")("}")("}")("if(r.pos!==c2)")('throw RangeError("index out of range")')("r.len=c"), types.long[field.keyType] !== void 0 ? gen('%s[typeof k==="object"?util.longToHash(k):k]=value', ref) : (field.keyType === "string" && gen('if(k==="__proto__")')("util.makeProp(%s,k)", ref), gen("%s[k]=value", ref))) : field.repeated ? (gen("if(!(%s&&%s.length))", ref, ref)("%s=[]", ref), types.packed[type] !== void 0 && gen("if((t&7)===2){")("var c2=r.uint32()+r.pos")("if(c2>r.len)")('throw RangeError("index out of range")')("r.len=c2")("while(r.pos<c2)")("%s.push(r.%s())", ref, type)("if(r.pos!==c2)")('throw RangeError("index out of range")')("r.len=c")("}else"), types.basic[type] === void 0 ? gen(field.delimited ? "%s.push(types[%i].decode(r,undefined,((t&~7)|4),n+1))" : "%s.push(types[%i].decode(r,r.uint32(),undefined,n+1))", ref, i) : gen("%s.push(r.%s())", ref, type)) : types.basic[type] === void 0 ? gen(field.delimited ? "%s=types[%i].decode(r,undefined,((t&~7)|4),n+1)" : "%s=types[%i].decode(r,r.uint32(),undefined,n+1)", ref, i) : gen("%s=r.%s()", ref, type), gen("break")("}");
      }
      for (gen("default:")("r.skipType(t&7,n)")("break")("}")("}"), gen("if(l!==undefined){")("if(r.pos!==c)")('throw RangeError("index out of range")')("r.len=l")("}"), i = 0; i < mtype._fieldsArray.length; ++i) {
        var rfield = mtype._fieldsArray[i];
        rfield.required && gen("if(!Object.hasOwnProperty.call(m,%j))", rfield.name)("throw util.ProtocolError(%j,{instance:m})", missing(rfield));
      }
      return gen("return m");
    }
  }
});

// node_modules/protobufjs/src/verifier.js
var require_verifier = __commonJS({
  "node_modules/protobufjs/src/verifier.js"(exports, module) {
    "use strict";
    module.exports = verifier;
    var Enum = require_enum(), util = require_util2();
    function invalid(field, expected) {
      return field.name + ": " + expected + (field.repeated && expected !== "array" ? "[]" : field.map && expected !== "object" ? "{k:" + field.keyType + "}" : "") + " expected";
    }
    function genVerifyValue(gen, field, fieldIndex, ref) {
      if (field.resolvedType)
        if (field.resolvedType instanceof Enum) {
          gen("switch(%s){", ref)("default:")("return%j", invalid(field, "enum value"));
          for (var keys = Object.keys(field.resolvedType.values), j = 0; j < keys.length; ++j) gen("case %i:", field.resolvedType.values[keys[j]]);
          gen("break")("}");
        } else
          gen("{")("var e=types[%i].verify(%s,n+1);", fieldIndex, ref)("if(e)")("return%j+e", field.name + ".")("}");
      else
        switch (field.type) {
          case "int32":
          case "uint32":
          case "sint32":
          case "fixed32":
          case "sfixed32":
            gen("if(!util.isInteger(%s))", ref)("return%j", invalid(field, "integer"));
            break;
          case "int64":
          case "uint64":
          case "sint64":
          case "fixed64":
          case "sfixed64":
            gen("if(!util.isInteger(%s)&&!(%s&&util.isInteger(%s.low)&&util.isInteger(%s.high)))", ref, ref, ref, ref)("return%j", invalid(field, "integer|Long"));
            break;
          case "float":
          case "double":
            gen('if(typeof %s!=="number")', ref)("return%j", invalid(field, "number"));
            break;
          case "bool":
            gen('if(typeof %s!=="boolean")', ref)("return%j", invalid(field, "boolean"));
            break;
          case "string":
            gen("if(!util.isString(%s))", ref)("return%j", invalid(field, "string"));
            break;
          case "bytes":
            gen('if(!(%s&&typeof %s.length==="number"||util.isString(%s)))', ref, ref, ref)("return%j", invalid(field, "buffer"));
            break;
        }
      return gen;
    }
    function genVerifyKey(gen, field, ref) {
      switch (field.keyType) {
        case "int32":
        case "uint32":
        case "sint32":
        case "fixed32":
        case "sfixed32":
          gen("if(!util.key32Re.test(%s))", ref)("return%j", invalid(field, "integer key"));
          break;
        case "int64":
        case "uint64":
        case "sint64":
        case "fixed64":
        case "sfixed64":
          gen("if(!util.key64Re.test(%s))", ref)("return%j", invalid(field, "integer|Long key"));
          break;
        case "bool":
          gen("if(!util.key2Re.test(%s))", ref)("return%j", invalid(field, "boolean key"));
          break;
      }
      return gen;
    }
    function verifier(mtype) {
      var gen = util.codegen(["m", "n"], mtype.name + "$verify")('if(typeof m!=="object"||m===null)')("return%j", "object expected")("if(n===undefined)n=0")("if(n>util.recursionLimit)")("return%j", "maximum nesting depth exceeded"), oneofs = mtype.oneofsArray, seenFirstField = {};
      oneofs.length && gen("var p={}");
      for (var i = 0; i < /* initializes */
      mtype.fieldsArray.length; ++i) {
        var field = mtype._fieldsArray[i].resolve(), ref = "m" + util.safeProp(field.name);
        if (field.optional && gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name), field.map)
          gen("if(!util.isObject(%s))", ref)("return%j", invalid(field, "object"))("var k=Object.keys(%s)", ref)("for(var i=0;i<k.length;++i){"), genVerifyKey(gen, field, "k[i]"), genVerifyValue(gen, field, i, ref + "[k[i]]")("}");
        else if (field.repeated)
          gen("if(!Array.isArray(%s))", ref)("return%j", invalid(field, "array"))("for(var i=0;i<%s.length;++i){", ref), genVerifyValue(gen, field, i, ref + "[i]")("}");
        else {
          if (field.partOf) {
            var oneofProp = util.safeProp(field.partOf.name);
            seenFirstField[field.partOf.name] === 1 && gen("if(p%s===1)", oneofProp)("return%j", field.partOf.name + ": multiple values"), seenFirstField[field.partOf.name] = 1, gen("p%s=1", oneofProp);
          }
          genVerifyValue(gen, field, i, ref);
        }
        field.optional && gen("}");
      }
      return gen("return null");
    }
  }
});

// node_modules/protobufjs/src/converter.js
var require_converter = __commonJS({
  "node_modules/protobufjs/src/converter.js"(exports) {
    "use strict";
    var converter = exports, Enum = require_enum(), util = require_util2();
    function genValuePartial_fromObject(gen, field, fieldIndex, prop) {
      var defaultAlreadyEmitted = !1;
      if (field.resolvedType)
        if (field.resolvedType instanceof Enum) {
          gen("switch(d%s){", prop);
          for (var values = field.resolvedType.values, keys = Object.keys(values), i = 0; i < keys.length; ++i)
            values[keys[i]] === field.typeDefault && !defaultAlreadyEmitted && (gen("default:")('if(typeof(d%s)==="number"){m%s=d%s;break}', prop, prop, prop), field.repeated || gen("break"), defaultAlreadyEmitted = !0), gen("case%j:", keys[i])("case %i:", values[keys[i]])("m%s=%j", prop, values[keys[i]])("break");
          gen("}");
        } else gen("if(!util.isObject(d%s))", prop)("throw TypeError(%j)", field.fullName + ": object expected")("m%s=types[%i].fromObject(d%s,n+1)", prop, fieldIndex, prop);
      else {
        var isUnsigned = !1;
        switch (field.type) {
          case "double":
          case "float":
            gen("m%s=Number(d%s)", prop, prop);
            break;
          case "uint32":
          case "fixed32":
            gen("m%s=d%s>>>0", prop, prop);
            break;
          case "int32":
          case "sint32":
          case "sfixed32":
            gen("m%s=d%s|0", prop, prop);
            break;
          case "uint64":
          case "fixed64":
            isUnsigned = !0;
          // eslint-disable-next-line no-fallthrough
          case "int64":
          case "sint64":
          case "sfixed64":
            gen("if(util.Long)")("m%s=util.Long.fromValue(d%s,%j)", prop, prop, isUnsigned)('else if(typeof d%s==="string")', prop)("m%s=parseInt(d%s,10)", prop, prop)('else if(typeof d%s==="number")', prop)("m%s=d%s", prop, prop)('else if(typeof d%s==="object")', prop)("m%s=new util.LongBits(d%s.low>>>0,d%s.high>>>0).toNumber(%s)", prop, prop, prop, isUnsigned ? "true" : "");
            break;
          case "bytes":
            gen('if(typeof d%s==="string")', prop)("util.base64.decode(d%s,m%s=util.newBuffer(util.base64.length(d%s)),0)", prop, prop, prop)("else if(d%s.length >= 0)", prop)("m%s=d%s", prop, prop);
            break;
          case "string":
            gen("m%s=String(d%s)", prop, prop);
            break;
          case "bool":
            gen("m%s=Boolean(d%s)", prop, prop);
            break;
        }
      }
      return gen;
    }
    converter.fromObject = function(mtype) {
      var fields = mtype.fieldsArray, gen = util.codegen(["d", "n"], mtype.name + "$fromObject")("if(d instanceof this.ctor)")("return d");
      if (!fields.length) return gen("return new this.ctor");
      gen("if(!util.isObject(d))")("throw TypeError(%j)", mtype.fullName + ": object expected")("if(n===undefined)n=0")("if(n>util.recursionLimit)")('throw Error("maximum nesting depth exceeded")'), gen("var m=new this.ctor");
      for (var i = 0; i < fields.length; ++i) {
        var field = fields[i].resolve(), prop = util.safeProp(field.name);
        field.map ? (gen("if(d%s){", prop)("if(!util.isObject(d%s))", prop)("throw TypeError(%j)", field.fullName + ": object expected")("m%s={}", prop)("for(var ks=Object.keys(d%s),i=0;i<ks.length;++i){", prop), gen('if(ks[i]==="__proto__")')("util.makeProp(m%s,ks[i])", prop), genValuePartial_fromObject(
          gen,
          field,
          /* not sorted */
          i,
          prop + "[ks[i]]"
        )("}")("}")) : field.repeated ? (gen("if(d%s){", prop)("if(!Array.isArray(d%s))", prop)("throw TypeError(%j)", field.fullName + ": array expected")("m%s=[]", prop)("for(var i=0;i<d%s.length;++i){", prop), genValuePartial_fromObject(
          gen,
          field,
          /* not sorted */
          i,
          prop + "[i]"
        )("}")("}")) : (field.resolvedType instanceof Enum || gen("if(d%s!=null){", prop), genValuePartial_fromObject(
          gen,
          field,
          /* not sorted */
          i,
          prop
        ), field.resolvedType instanceof Enum || gen("}"));
      }
      return gen("return m");
    };
    function genValuePartial_toObject(gen, field, fieldIndex, prop) {
      if (field.resolvedType)
        field.resolvedType instanceof Enum ? gen("d%s=o.enums===String?(types[%i].values[m%s]===undefined?m%s:types[%i].values[m%s]):m%s", prop, fieldIndex, prop, prop, fieldIndex, prop, prop) : gen("d%s=types[%i].toObject(m%s,o,q+1)", prop, fieldIndex, prop);
      else {
        var isUnsigned = !1;
        switch (field.type) {
          case "double":
          case "float":
            gen("d%s=o.json&&!isFinite(m%s)?String(m%s):m%s", prop, prop, prop, prop);
            break;
          case "uint64":
          case "fixed64":
            isUnsigned = !0;
          // eslint-disable-next-line no-fallthrough
          case "int64":
          case "sint64":
          case "sfixed64":
            gen('if(typeof BigInt!=="undefined"&&o.longs===BigInt)')('d%s=typeof m%s==="number"?BigInt(m%s):util.Long.fromBits(m%s.low>>>0,m%s.high>>>0,%j).toBigInt()', prop, prop, prop, prop, prop, isUnsigned)('else if(typeof m%s==="number")', prop)("d%s=o.longs===String?String(m%s):m%s", prop, prop, prop)("else")("d%s=o.longs===String?util.Long.prototype.toString.call(m%s):o.longs===Number?new util.LongBits(m%s.low>>>0,m%s.high>>>0).toNumber(%s):m%s", prop, prop, prop, prop, isUnsigned ? "true" : "", prop);
            break;
          case "bytes":
            gen("d%s=o.bytes===String?util.base64.encode(m%s,0,m%s.length):o.bytes===Array?Array.prototype.slice.call(m%s):m%s", prop, prop, prop, prop, prop);
            break;
          default:
            gen("d%s=m%s", prop, prop);
            break;
        }
      }
      return gen;
    }
    converter.toObject = function(mtype) {
      var fields = mtype.fieldsArray.slice().sort(util.compareFieldsById);
      if (!fields.length)
        return util.codegen()("return {}");
      for (var gen = util.codegen(["m", "o", "q"], mtype.name + "$toObject")("if(!o)")("o={}")("if(q===undefined)q=0")("if(q>util.recursionLimit)")('throw Error("max depth exceeded")')("var d={}"), repeatedFields = [], mapFields = [], normalFields = [], i = 0; i < fields.length; ++i)
        fields[i].partOf || (fields[i].resolve().repeated ? repeatedFields : fields[i].map ? mapFields : normalFields).push(fields[i]);
      if (repeatedFields.length) {
        for (gen("if(o.arrays||o.defaults){"), i = 0; i < repeatedFields.length; ++i) gen("d%s=[]", util.safeProp(repeatedFields[i].name));
        gen("}");
      }
      if (mapFields.length) {
        for (gen("if(o.objects||o.defaults){"), i = 0; i < mapFields.length; ++i) gen("d%s={}", util.safeProp(mapFields[i].name));
        gen("}");
      }
      if (normalFields.length) {
        for (gen("if(o.defaults){"), i = 0; i < normalFields.length; ++i) {
          var field = normalFields[i], prop = util.safeProp(field.name);
          if (field.resolvedType instanceof Enum) gen("d%s=o.enums===String?%j:%j", prop, field.resolvedType.valuesById[field.typeDefault], field.typeDefault);
          else if (field.long) gen("if(util.Long){")("var n=new util.Long(%i,%i,%j)", field.typeDefault.low, field.typeDefault.high, field.typeDefault.unsigned)('d%s=o.longs===String?n.toString():o.longs===Number?n.toNumber():typeof BigInt!=="undefined"&&o.longs===BigInt?n.toBigInt():n', prop)("}else")('d%s=o.longs===String?%j:typeof BigInt!=="undefined"&&o.longs===BigInt?BigInt(%j):%i', prop, field.typeDefault.toString(), field.typeDefault.toString(), field.typeDefault.toNumber());
          else if (field.bytes) {
            var arrayDefault = Array.prototype.slice.call(field.typeDefault);
            gen("if(o.bytes===String)d%s=%j", prop, String.fromCharCode.apply(String, field.typeDefault))("else{")("d%s=%j", prop, arrayDefault)("if(o.bytes!==Array)d%s=util.newBuffer(d%s)", prop, prop)("}");
          } else gen("d%s=%j", prop, field.typeDefault);
        }
        gen("}");
      }
      var hasKs2 = !1;
      for (i = 0; i < fields.length; ++i) {
        var field = fields[i], index = mtype._fieldsArray.indexOf(field), prop = util.safeProp(field.name);
        field.map ? (hasKs2 || (hasKs2 = !0, gen("var ks2")), gen("if(m%s&&(ks2=Object.keys(m%s)).length){", prop, prop)("d%s={}", prop)("for(var j=0;j<ks2.length;++j){"), gen('if(ks2[j]==="__proto__")')("util.makeProp(d%s,ks2[j])", prop), genValuePartial_toObject(
          gen,
          field,
          /* sorted */
          index,
          prop + "[ks2[j]]"
        )("}")) : field.repeated ? (gen("if(m%s&&m%s.length){", prop, prop)("d%s=[]", prop)("for(var j=0;j<m%s.length;++j){", prop), genValuePartial_toObject(
          gen,
          field,
          /* sorted */
          index,
          prop + "[j]"
        )("}")) : (gen("if(m%s!=null&&Object.hasOwnProperty.call(m,%j)){", prop, field.name), genValuePartial_toObject(
          gen,
          field,
          /* sorted */
          index,
          prop
        ), field.partOf && gen("if(o.oneofs)")("d%s=%j", util.safeProp(field.partOf.name), field.name)), gen("}");
      }
      return gen("return d");
    };
  }
});

// node_modules/protobufjs/src/wrappers.js
var require_wrappers = __commonJS({
  "node_modules/protobufjs/src/wrappers.js"(exports) {
    "use strict";
    var wrappers = exports, Message = require_message(), util = require_minimal();
    wrappers[".google.protobuf.Any"] = {
      fromObject: function(object, depth) {
        if (depth === void 0 && (depth = 0), depth > util.recursionLimit)
          throw Error("max depth exceeded");
        if (object && object["@type"]) {
          var name = object["@type"].substring(object["@type"].lastIndexOf("/") + 1), type = this.lookup(name);
          if (type) {
            var type_url = object["@type"].charAt(0) === "." ? object["@type"].slice(1) : object["@type"];
            return type_url.indexOf("/") === -1 && (type_url = "/" + type_url), this.create({
              type_url,
              value: type.encode(type.fromObject(object, depth + 1)).finish()
            });
          }
        }
        return this.fromObject(object, depth);
      },
      toObject: function(message, options, depth) {
        if (depth === void 0 && (depth = 0), depth > util.recursionLimit)
          throw Error("max depth exceeded");
        var googleApi = "type.googleapis.com/", prefix = "", name = "";
        if (options && options.json && message.type_url && message.value) {
          name = message.type_url.substring(message.type_url.lastIndexOf("/") + 1), prefix = message.type_url.substring(0, message.type_url.lastIndexOf("/") + 1);
          var type = this.lookup(name);
          type && (message = type.decode(message.value, void 0, void 0, depth + 1));
        }
        if (!(message instanceof this.ctor) && message instanceof Message) {
          var object = message.$type.toObject(message, options, depth + 1), messageName = message.$type.fullName[0] === "." ? message.$type.fullName.slice(1) : message.$type.fullName;
          return prefix === "" && (prefix = googleApi), name = prefix + messageName, object["@type"] = name, object;
        }
        return this.toObject(message, options, depth);
      }
    };
  }
});

// node_modules/protobufjs/src/type.js
var require_type = __commonJS({
  "node_modules/protobufjs/src/type.js"(exports, module) {
    "use strict";
    module.exports = Type;
    var Namespace = require_namespace();
    ((Type.prototype = Object.create(Namespace.prototype)).constructor = Type).className = "Type";
    var Enum = require_enum(), OneOf = require_oneof(), Field = require_field(), MapField = require_mapfield(), Service = require_service3(), Message = require_message(), Reader = require_reader(), Writer = require_writer(), util = require_util2(), encoder = require_encoder(), decoder = require_decoder(), verifier = require_verifier(), converter = require_converter(), wrappers = require_wrappers();
    function Type(name, options) {
      name = name.replace(/\W/g, ""), Namespace.call(this, name, options), this.fields = {}, this.oneofs = void 0, this.extensions = void 0, this.reserved = void 0, this.group = void 0, this._fieldsById = null, this._fieldsArray = null, this._oneofsArray = null, this._ctor = null;
    }
    Object.defineProperties(Type.prototype, {
      /**
       * Message fields by id.
       * @name Type#fieldsById
       * @type {Object.<number,Field>}
       * @readonly
       */
      fieldsById: {
        get: function() {
          if (this._fieldsById)
            return this._fieldsById;
          this._fieldsById = {};
          for (var names = Object.keys(this.fields), i = 0; i < names.length; ++i) {
            var field = this.fields[names[i]], id = field.id;
            if (this._fieldsById[id])
              throw Error("duplicate id " + id + " in " + this);
            this._fieldsById[id] = field;
          }
          return this._fieldsById;
        }
      },
      /**
       * Fields of this message as an array for iteration.
       * @name Type#fieldsArray
       * @type {Field[]}
       * @readonly
       */
      fieldsArray: {
        get: function() {
          return this._fieldsArray || (this._fieldsArray = util.toArray(this.fields));
        }
      },
      /**
       * Oneofs of this message as an array for iteration.
       * @name Type#oneofsArray
       * @type {OneOf[]}
       * @readonly
       */
      oneofsArray: {
        get: function() {
          return this._oneofsArray || (this._oneofsArray = util.toArray(this.oneofs));
        }
      },
      /**
       * The registered constructor, if any registered, otherwise a generic constructor.
       * Assigning a function replaces the internal constructor. If the function does not extend {@link Message} yet, its prototype will be setup accordingly and static methods will be populated. If it already extends {@link Message}, it will just replace the internal constructor.
       * @name Type#ctor
       * @type {Constructor<{}>}
       */
      ctor: {
        get: function() {
          return this._ctor || (this.ctor = Type.generateConstructor(this)());
        },
        set: function(ctor) {
          var prototype = ctor.prototype;
          prototype instanceof Message || ((ctor.prototype = new Message()).constructor = ctor, util.merge(ctor.prototype, prototype)), ctor.$type = ctor.prototype.$type = this, util.merge(ctor, Message, !0), this._ctor = ctor;
          for (var i = 0; i < /* initializes */
          this.fieldsArray.length; ++i)
            this._fieldsArray[i].resolve();
          var ctorProperties = {};
          for (i = 0; i < /* initializes */
          this.oneofsArray.length; ++i)
            ctorProperties[this._oneofsArray[i].resolve().name] = {
              get: util.oneOfGetter(this._oneofsArray[i].oneof),
              set: util.oneOfSetter(this._oneofsArray[i].oneof)
            };
          i && Object.defineProperties(ctor.prototype, ctorProperties);
        }
      }
    });
    Type.generateConstructor = function(mtype) {
      for (var gen = util.codegen(["p"], mtype.name), i = 0, field; i < mtype.fieldsArray.length; ++i)
        (field = mtype._fieldsArray[i]).map ? gen("this%s={}", util.safeProp(field.name)) : field.repeated && gen("this%s=[]", util.safeProp(field.name));
      return gen('if(p)for(var ks=Object.keys(p),i=0;i<ks.length;++i)if(p[ks[i]]!=null&&ks[i]!=="__proto__")')("this[ks[i]]=p[ks[i]]");
    };
    function clearCache(type) {
      return type._fieldsById = type._fieldsArray = type._oneofsArray = null, delete type.encode, delete type.decode, delete type.verify, type;
    }
    Type.fromJSON = function(name, json, depth) {
      if (depth === void 0 && (depth = 0), depth > util.nestingLimit)
        throw Error("max depth exceeded");
      var type = new Type(name, json.options);
      type.extensions = json.extensions, type.reserved = json.reserved;
      for (var names = Object.keys(json.fields), i = 0; i < names.length; ++i)
        type.add(
          (typeof json.fields[names[i]].keyType < "u" ? MapField.fromJSON : Field.fromJSON)(names[i], json.fields[names[i]])
        );
      if (json.oneofs)
        for (names = Object.keys(json.oneofs), i = 0; i < names.length; ++i)
          type.add(OneOf.fromJSON(names[i], json.oneofs[names[i]]));
      if (json.nested)
        for (names = Object.keys(json.nested), i = 0; i < names.length; ++i) {
          var nested = json.nested[names[i]];
          type.add(
            // most to least likely
            (nested.id !== void 0 ? Field.fromJSON : nested.fields !== void 0 ? Type.fromJSON : nested.values !== void 0 ? Enum.fromJSON : nested.methods !== void 0 ? Service.fromJSON : Namespace.fromJSON)(names[i], nested, depth + 1)
          );
        }
      return json.extensions && json.extensions.length && (type.extensions = json.extensions), json.reserved && json.reserved.length && (type.reserved = json.reserved), json.group && (type.group = !0), json.comment && (type.comment = json.comment), json.edition && (type._edition = json.edition), type._defaultEdition = "proto3", type;
    };
    Type.prototype.toJSON = function(toJSONOptions) {
      var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions), keepComments = toJSONOptions ? !!toJSONOptions.keepComments : !1;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        inherited && inherited.options || void 0,
        "oneofs",
        Namespace.arrayToJSON(this.oneofsArray, toJSONOptions),
        "fields",
        Namespace.arrayToJSON(this.fieldsArray.filter(function(obj) {
          return !obj.declaringField;
        }), toJSONOptions) || {},
        "extensions",
        this.extensions && this.extensions.length ? this.extensions : void 0,
        "reserved",
        this.reserved && this.reserved.length ? this.reserved : void 0,
        "group",
        this.group || void 0,
        "nested",
        inherited && inherited.nested || void 0,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Type.prototype.resolveAll = function() {
      if (!this._needsRecursiveResolve) return this;
      Namespace.prototype.resolveAll.call(this);
      var oneofs = this.oneofsArray;
      for (i = 0; i < oneofs.length; )
        oneofs[i++].resolve();
      for (var fields = this.fieldsArray, i = 0; i < fields.length; )
        fields[i++].resolve();
      return this;
    };
    Type.prototype._resolveFeaturesRecursive = function(edition) {
      return this._needsRecursiveFeatureResolution ? (edition = this._edition || edition, Namespace.prototype._resolveFeaturesRecursive.call(this, edition), this.oneofsArray.forEach((oneof) => {
        oneof._resolveFeatures(edition);
      }), this.fieldsArray.forEach((field) => {
        field._resolveFeatures(edition);
      }), this) : this;
    };
    Type.prototype.get = function(name) {
      return Object.prototype.hasOwnProperty.call(this.fields, name) ? this.fields[name] : this.oneofs && Object.prototype.hasOwnProperty.call(this.oneofs, name) ? this.oneofs[name] : this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) ? this.nested[name] : null;
    };
    Type.prototype.add = function(object) {
      if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);
      if (object instanceof Field && object.extend === void 0) {
        if (this._fieldsById ? (
          /* istanbul ignore next */
          this._fieldsById[object.id]
        ) : this.fieldsById[object.id])
          throw Error("duplicate id " + object.id + " in " + this);
        if (this.isReservedId(object.id))
          throw Error("id " + object.id + " is reserved in " + this);
        if (this.isReservedName(object.name) || object.name.charAt(0) === "$")
          throw Error("name '" + object.name + "' is reserved in " + this);
        return object.name === "__proto__" ? this : (object.parent && object.parent.remove(object), this.fields[object.name] = object, object.message = this, object.onAdd(this), clearCache(this));
      }
      if (object instanceof OneOf) {
        if (object.name.charAt(0) === "$")
          throw Error("name '" + object.name + "' is reserved in " + this);
        return object.name === "__proto__" ? this : (this.oneofs || (this.oneofs = {}), this.oneofs[object.name] = object, object.onAdd(this), clearCache(this));
      }
      return Namespace.prototype.add.call(this, object);
    };
    Type.prototype.remove = function(object) {
      if (object instanceof Field && object.extend === void 0) {
        if (!this.fields || this.fields[object.name] !== object)
          throw Error(object + " is not a member of " + this);
        return delete this.fields[object.name], object.parent = null, object.onRemove(this), clearCache(this);
      }
      if (object instanceof OneOf) {
        if (!this.oneofs || this.oneofs[object.name] !== object)
          throw Error(object + " is not a member of " + this);
        return delete this.oneofs[object.name], object.parent = null, object.onRemove(this), clearCache(this);
      }
      return Namespace.prototype.remove.call(this, object);
    };
    Type.prototype.isReservedId = function(id) {
      return Namespace.isReservedId(this.reserved, id);
    };
    Type.prototype.isReservedName = function(name) {
      return Namespace.isReservedName(this.reserved, name);
    };
    Type.prototype.create = function(properties) {
      return new this.ctor(properties);
    };
    Type.prototype.setup = function() {
      for (var fullName = this.fullName, types = [], i = 0; i < /* initializes */
      this.fieldsArray.length; ++i)
        types.push(this._fieldsArray[i].resolve().resolvedType);
      this.encode = encoder(this)({
        Writer,
        types,
        util
      }), this.decode = decoder(this)({
        Reader,
        types,
        util
      }), this.verify = verifier(this)({
        types,
        util
      }), this.fromObject = converter.fromObject(this)({
        types,
        util
      }), this.toObject = converter.toObject(this)({
        types,
        util
      });
      var wrapper = wrappers[fullName];
      if (wrapper) {
        var originalThis = Object.create(this);
        originalThis.fromObject = this.fromObject, this.fromObject = wrapper.fromObject.bind(originalThis), originalThis.toObject = this.toObject, this.toObject = wrapper.toObject.bind(originalThis);
      }
      return this;
    };
    Type.prototype.encode = function(message, writer) {
      return this.setup().encode.apply(this, arguments);
    };
    Type.prototype.encodeDelimited = function(message, writer) {
      return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
    };
    Type.prototype.decode = function(reader, length, end, depth) {
      return this.setup().decode(reader, length, end, depth);
    };
    Type.prototype.decodeDelimited = function(reader) {
      return reader instanceof Reader || (reader = Reader.create(reader)), this.decode(reader, reader.uint32());
    };
    Type.prototype.verify = function(message, depth) {
      return this.setup().verify(message, depth);
    };
    Type.prototype.fromObject = function(object, depth) {
      return this.setup().fromObject(object, depth);
    };
    Type.prototype.toObject = function(message, options) {
      return this.setup().toObject.apply(this, arguments);
    };
    Type.d = function(typeName) {
      return function(target) {
        util.decorateType(target, typeName);
      };
    };
  }
});

// node_modules/protobufjs/src/root.js
var require_root = __commonJS({
  "node_modules/protobufjs/src/root.js"(exports, module) {
    "use strict";
    module.exports = Root;
    var Namespace = require_namespace();
    ((Root.prototype = Object.create(Namespace.prototype)).constructor = Root).className = "Root";
    var Field = require_field(), Enum = require_enum(), OneOf = require_oneof(), util = require_util2(), Type, parse, common;
    function Root(options) {
      Namespace.call(this, "", options), this.deferred = [], this.files = [], this._edition = "proto2", this._fullyQualifiedObjects = {};
    }
    Root.fromJSON = function(json, root, depth) {
      return depth = util.checkDepth(depth), root || (root = new Root()), json.options && root.setOptions(json.options), root.addJSON(json.nested, depth).resolveAll();
    };
    Root.prototype.resolvePath = util.path.resolve;
    Root.prototype.fetch = util.fetch;
    function SYNC() {
    }
    Root.prototype.load = function load(filename, options, callback) {
      typeof options == "function" && (callback = options, options = void 0);
      var self2 = this;
      if (!callback)
        return util.asPromise(load, self2, filename, options);
      var sync = callback === SYNC;
      function finish(err, root) {
        if (callback) {
          if (sync)
            throw err;
          root && root.resolveAll();
          var cb = callback;
          callback = null, cb(err, root);
        }
      }
      function getBundledFileName(filename2) {
        var idx = filename2.lastIndexOf("google/protobuf/");
        if (idx > -1) {
          var altname = filename2.substring(idx);
          if (altname in common) return altname;
        }
        return null;
      }
      function process2(filename2, source, depth) {
        depth === void 0 && (depth = 0);
        try {
          if (depth > util.recursionLimit)
            throw Error("max depth exceeded");
          if (util.isString(source) && source.charAt(0) === "{" && (source = JSON.parse(source)), !util.isString(source))
            self2.setOptions(source.options).addJSON(source.nested);
          else {
            parse.filename = filename2;
            var parsed = parse(source, self2, options), resolved2, i2 = 0;
            if (parsed.imports)
              for (; i2 < parsed.imports.length; ++i2)
                (resolved2 = getBundledFileName(parsed.imports[i2]) || self2.resolvePath(filename2, parsed.imports[i2])) && fetch(resolved2, !1, depth + 1);
            if (parsed.weakImports)
              for (i2 = 0; i2 < parsed.weakImports.length; ++i2)
                (resolved2 = getBundledFileName(parsed.weakImports[i2]) || self2.resolvePath(filename2, parsed.weakImports[i2])) && fetch(resolved2, !0, depth + 1);
          }
        } catch (err) {
          finish(err);
        }
        !sync && !queued && finish(null, self2);
      }
      function fetch(filename2, weak, depth) {
        if (depth === void 0 && (depth = 0), filename2 = getBundledFileName(filename2) || filename2, !(self2.files.indexOf(filename2) > -1)) {
          if (self2.files.push(filename2), filename2 in common) {
            sync ? process2(filename2, common[filename2], depth) : (++queued, setTimeout(function() {
              --queued, process2(filename2, common[filename2], depth);
            }));
            return;
          }
          if (sync) {
            var source;
            try {
              source = util.fs.readFileSync(filename2).toString("utf8");
            } catch (err) {
              weak || finish(err);
              return;
            }
            process2(filename2, source, depth);
          } else
            ++queued, self2.fetch(filename2, function(err, source2) {
              if (--queued, !!callback) {
                if (err) {
                  weak ? queued || finish(null, self2) : finish(err);
                  return;
                }
                process2(filename2, source2, depth);
              }
            });
        }
      }
      var queued = 0;
      util.isString(filename) && (filename = [filename]);
      for (var i = 0, resolved; i < filename.length; ++i)
        (resolved = self2.resolvePath("", filename[i])) && fetch(resolved);
      return sync ? (self2.resolveAll(), self2) : (queued || finish(null, self2), self2);
    };
    Root.prototype.loadSync = function(filename, options) {
      if (!util.isNode)
        throw Error("not supported");
      return this.load(filename, options, SYNC);
    };
    Root.prototype.resolveAll = function() {
      if (!this._needsRecursiveResolve) return this;
      if (this.deferred.length)
        throw Error("unresolvable extensions: " + this.deferred.map(function(field) {
          return "'extend " + field.extend + "' in " + field.parent.fullName;
        }).join(", "));
      return Namespace.prototype.resolveAll.call(this);
    };
    var exposeRe = /^[A-Z]/;
    function tryHandleExtension(root, field) {
      var extendedType = field.parent.lookup(field.extend);
      if (extendedType) {
        var sisterField = new Field(field.fullName, field.id, field.type, field.rule, void 0, field.options);
        return extendedType.get(sisterField.name) || (sisterField.declaringField = field, field.extensionField = sisterField, extendedType.add(sisterField)), !0;
      }
      return !1;
    }
    Root.prototype._handleAdd = function(object) {
      if (object instanceof Field)
        /* an extension field (implies not part of a oneof) */
        object.extend !== void 0 && /* not already handled */
        !object.extensionField && (tryHandleExtension(this, object) || this.deferred.push(object));
      else if (object instanceof Enum)
        exposeRe.test(object.name) && (object.parent[object.name] = object.values);
      else if (!(object instanceof OneOf)) {
        if (object instanceof Type)
          for (var i = 0; i < this.deferred.length; )
            tryHandleExtension(this, this.deferred[i]) ? this.deferred.splice(i, 1) : ++i;
        for (var j = 0; j < /* initializes */
        object.nestedArray.length; ++j)
          this._handleAdd(object._nestedArray[j]);
        exposeRe.test(object.name) && (object.parent[object.name] = object);
      }
      (object instanceof Type || object instanceof Enum || object instanceof Field) && (this._fullyQualifiedObjects[object.fullName] = object);
    };
    Root.prototype._handleRemove = function(object) {
      if (object instanceof Field) {
        if (
          /* an extension field */
          object.extend !== void 0
        )
          if (
            /* already handled */
            object.extensionField
          )
            object.extensionField.parent.remove(object.extensionField), object.extensionField = null;
          else {
            var index = this.deferred.indexOf(object);
            index > -1 && this.deferred.splice(index, 1);
          }
      } else if (object instanceof Enum)
        exposeRe.test(object.name) && delete object.parent[object.name];
      else if (object instanceof Namespace) {
        for (var i = 0; i < /* initializes */
        object.nestedArray.length; ++i)
          this._handleRemove(object._nestedArray[i]);
        exposeRe.test(object.name) && delete object.parent[object.name];
      }
      delete this._fullyQualifiedObjects[object.fullName];
    };
    Root._configure = function(Type_, parse_, common_) {
      Type = Type_, parse = parse_, common = common_;
    };
  }
});

// node_modules/protobufjs/src/util.js
var require_util2 = __commonJS({
  "node_modules/protobufjs/src/util.js"(exports, module) {
    "use strict";
    var util = module.exports = require_minimal(), roots = require_roots(), Type, Enum;
    util.codegen = require_codegen();
    util.fetch = require_fetch();
    util.path = require_path();
    util.patterns = require_patterns();
    var reservedRe = util.patterns.reservedRe;
    util.fs = require_fs2();
    util.checkDepth = function(depth) {
      if (depth === void 0 && (depth = 0), depth > util.recursionLimit)
        throw Error("max depth exceeded");
      return depth;
    };
    util.toArray = function(object) {
      if (object) {
        for (var keys = Object.keys(object), array = new Array(keys.length), index = 0; index < keys.length; )
          array[index] = object[keys[index++]];
        return array;
      }
      return [];
    };
    util.toObject = function(array) {
      for (var object = {}, index = 0; index < array.length; ) {
        var key = array[index++], val = array[index++];
        val !== void 0 && (object[key] = val);
      }
      return object;
    };
    util.isReserved = function(name) {
      return reservedRe.test(name);
    };
    util.safeProp = function(prop) {
      return !/^[$\w_]+$/.test(prop) || reservedRe.test(prop) ? "[" + JSON.stringify(prop) + "]" : "." + prop;
    };
    util.ucFirst = function(str) {
      return str.charAt(0).toUpperCase() + str.substring(1);
    };
    var camelCaseRe = /_([a-z])/g;
    util.camelCase = function(str) {
      return str.substring(0, 1) + str.substring(1).replace(camelCaseRe, function($0, $1) {
        return $1.toUpperCase();
      });
    };
    util.compareFieldsById = function(a, b) {
      return a.id - b.id;
    };
    util.decorateType = function(ctor, typeName) {
      if (ctor.$type)
        return typeName && ctor.$type.name !== typeName && (util.decorateRoot.remove(ctor.$type), ctor.$type.name = typeName, util.decorateRoot.add(ctor.$type)), ctor.$type;
      Type || (Type = require_type());
      var type = new Type(typeName || ctor.name);
      return util.decorateRoot.add(type), type.ctor = ctor, Object.defineProperty(ctor, "$type", { value: type, enumerable: !1 }), Object.defineProperty(ctor.prototype, "$type", { value: type, enumerable: !1 }), type;
    };
    var decorateEnumIndex = 0;
    util.decorateEnum = function(object) {
      if (object.$type)
        return object.$type;
      Enum || (Enum = require_enum());
      var enm = new Enum("Enum" + decorateEnumIndex++, object);
      return util.decorateRoot.add(enm), Object.defineProperty(object, "$type", { value: enm, enumerable: !1 }), enm;
    };
    util.setProperty = function(dst, path6, value, ifNotSet) {
      function setProp(dst2, path7, value2) {
        var part = path7.shift();
        if (util.isUnsafeProperty(part))
          return dst2;
        if (path7.length > 0)
          dst2[part] = setProp(dst2[part] || {}, path7, value2);
        else {
          var prevValue = dst2[part];
          if (prevValue && ifNotSet)
            return dst2;
          prevValue && (value2 = [].concat(prevValue).concat(value2)), dst2[part] = value2;
        }
        return dst2;
      }
      if (typeof dst != "object")
        throw TypeError("dst must be an object");
      if (!path6)
        throw TypeError("path must be specified");
      if (path6 = path6.split("."), path6.length > util.recursionLimit)
        throw Error("max depth exceeded");
      return setProp(dst, path6, value);
    };
    Object.defineProperty(util, "decorateRoot", {
      get: function() {
        return roots.decorated || (roots.decorated = new (require_root())());
      }
    });
  }
});

// node_modules/protobufjs/src/types.js
var require_types = __commonJS({
  "node_modules/protobufjs/src/types.js"(exports) {
    "use strict";
    var types = exports, util = require_util2(), s = [
      "double",
      // 0
      "float",
      // 1
      "int32",
      // 2
      "uint32",
      // 3
      "sint32",
      // 4
      "fixed32",
      // 5
      "sfixed32",
      // 6
      "int64",
      // 7
      "uint64",
      // 8
      "sint64",
      // 9
      "fixed64",
      // 10
      "sfixed64",
      // 11
      "bool",
      // 12
      "string",
      // 13
      "bytes"
      // 14
    ];
    function bake(values, offset) {
      var i = 0, o = /* @__PURE__ */ Object.create(null);
      for (offset |= 0; i < values.length; ) o[s[i + offset]] = values[i++];
      return o;
    }
    types.basic = bake([
      /* double   */
      1,
      /* float    */
      5,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0,
      /* string   */
      2,
      /* bytes    */
      2
    ]);
    types.defaults = bake([
      /* double   */
      0,
      /* float    */
      0,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      0,
      /* sfixed32 */
      0,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      0,
      /* sfixed64 */
      0,
      /* bool     */
      !1,
      /* string   */
      "",
      /* bytes    */
      util.emptyArray,
      /* message  */
      null
    ]);
    types.long = bake([
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1
    ], 7);
    types.mapKey = bake([
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0,
      /* string   */
      2
    ], 2);
    types.packed = bake([
      /* double   */
      1,
      /* float    */
      5,
      /* int32    */
      0,
      /* uint32   */
      0,
      /* sint32   */
      0,
      /* fixed32  */
      5,
      /* sfixed32 */
      5,
      /* int64    */
      0,
      /* uint64   */
      0,
      /* sint64   */
      0,
      /* fixed64  */
      1,
      /* sfixed64 */
      1,
      /* bool     */
      0
    ]);
  }
});

// node_modules/protobufjs/src/field.js
var require_field = __commonJS({
  "node_modules/protobufjs/src/field.js"(exports, module) {
    "use strict";
    module.exports = Field;
    var ReflectionObject = require_object();
    ((Field.prototype = Object.create(ReflectionObject.prototype)).constructor = Field).className = "Field";
    var Enum = require_enum(), types = require_types(), util = require_util2(), Type, ruleRe = /^required|optional|repeated$/;
    Field.fromJSON = function(name, json) {
      var field = new Field(name, json.id, json.type, json.rule, json.extend, json.options, json.comment);
      return json.edition && (field._edition = json.edition), field._defaultEdition = "proto3", field;
    };
    function Field(name, id, type, rule, extend, options, comment) {
      if (util.isObject(rule) ? (comment = extend, options = rule, rule = extend = void 0) : util.isObject(extend) && (comment = options, options = extend, extend = void 0), ReflectionObject.call(this, name, options), !util.isInteger(id) || id < 0)
        throw TypeError("id must be a non-negative integer");
      if (!util.isString(type))
        throw TypeError("type must be a string");
      if (rule !== void 0 && !ruleRe.test(rule = rule.toString().toLowerCase()))
        throw TypeError("rule must be a string rule");
      if (extend !== void 0 && !util.isString(extend))
        throw TypeError("extend must be a string");
      rule === "proto3_optional" && (rule = "optional"), this.rule = rule && rule !== "optional" ? rule : void 0, this.type = type, this.id = id, this.extend = extend || void 0, this.repeated = rule === "repeated", this.map = !1, this.message = null, this.partOf = null, this.typeDefault = null, this.defaultValue = null, this.long = util.Long ? types.long[type] !== void 0 : (
        /* istanbul ignore next */
        !1
      ), this.bytes = type === "bytes", this.resolvedType = null, this.extensionField = null, this.declaringField = null, this.comment = comment;
    }
    Object.defineProperty(Field.prototype, "required", {
      get: function() {
        return this._features.field_presence === "LEGACY_REQUIRED";
      }
    });
    Object.defineProperty(Field.prototype, "optional", {
      get: function() {
        return !this.required;
      }
    });
    Object.defineProperty(Field.prototype, "delimited", {
      get: function() {
        return this.resolvedType instanceof Type && this._features.message_encoding === "DELIMITED";
      }
    });
    Object.defineProperty(Field.prototype, "packed", {
      get: function() {
        return this._features.repeated_field_encoding === "PACKED";
      }
    });
    Object.defineProperty(Field.prototype, "hasPresence", {
      get: function() {
        return this.repeated || this.map ? !1 : this.partOf || // oneofs
        this.declaringField || this.extensionField || // extensions
        this._features.field_presence !== "IMPLICIT";
      }
    });
    Field.prototype.setOption = function(name, value, ifNotSet) {
      return ReflectionObject.prototype.setOption.call(this, name, value, ifNotSet);
    };
    Field.prototype.toJSON = function(toJSONOptions) {
      var keepComments = toJSONOptions ? !!toJSONOptions.keepComments : !1;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "rule",
        this.rule !== "optional" && this.rule || void 0,
        "type",
        this.type,
        "id",
        this.id,
        "extend",
        this.extend,
        "options",
        this.options,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    Field.prototype.resolve = function() {
      if (this.resolved)
        return this;
      if ((this.typeDefault = types.defaults[this.type]) === void 0 ? (this.resolvedType = (this.declaringField ? this.declaringField.parent : this.parent).lookupTypeOrEnum(this.type), this.resolvedType instanceof Type ? this.typeDefault = null : this.typeDefault = this.resolvedType.values[Object.keys(this.resolvedType.values)[0]]) : this.options && this.options.proto3_optional && (this.typeDefault = null), this.options && this.options.default != null && (this.typeDefault = this.options.default, this.resolvedType instanceof Enum && typeof this.typeDefault == "string" && (this.typeDefault = this.resolvedType.values[this.typeDefault])), this.options && (this.options.packed !== void 0 && this.resolvedType && !(this.resolvedType instanceof Enum) && delete this.options.packed, Object.keys(this.options).length || (this.options = void 0)), this.long)
        this.typeDefault = util.Long.fromNumber(this.typeDefault, this.type === "uint64" || this.type === "fixed64"), Object.freeze && Object.freeze(this.typeDefault);
      else if (this.bytes && typeof this.typeDefault == "string") {
        var buf;
        util.base64.test(this.typeDefault) ? util.base64.decode(this.typeDefault, buf = util.newBuffer(util.base64.length(this.typeDefault)), 0) : util.utf8.write(this.typeDefault, buf = util.newBuffer(util.utf8.length(this.typeDefault)), 0), this.typeDefault = buf;
      }
      return this.map ? this.defaultValue = util.emptyObject : this.repeated ? this.defaultValue = util.emptyArray : this.defaultValue = this.typeDefault, this.parent instanceof Type && (this.parent.ctor.prototype[this.name] = this.defaultValue), ReflectionObject.prototype.resolve.call(this);
    };
    Field.prototype._inferLegacyProtoFeatures = function(edition) {
      if (edition !== "proto2" && edition !== "proto3")
        return {};
      var features = {};
      if (this.rule === "required" && (features.field_presence = "LEGACY_REQUIRED"), this.parent && types.defaults[this.type] === void 0) {
        var type = this.parent.get(this.type.split(".").pop());
        type && type instanceof Type && type.group && (features.message_encoding = "DELIMITED");
      }
      return this.getOption("packed") === !0 ? features.repeated_field_encoding = "PACKED" : this.getOption("packed") === !1 && (features.repeated_field_encoding = "EXPANDED"), features;
    };
    Field.prototype._resolveFeatures = function(edition) {
      return ReflectionObject.prototype._resolveFeatures.call(this, this._edition || edition);
    };
    Field.d = function(fieldId, fieldType, fieldRule, defaultValue) {
      return typeof fieldType == "function" ? fieldType = util.decorateType(fieldType).name : fieldType && typeof fieldType == "object" && (fieldType = util.decorateEnum(fieldType).name), function(prototype, fieldName) {
        util.decorateType(prototype.constructor).add(new Field(fieldName, fieldId, fieldType, fieldRule, { default: defaultValue }));
      };
    };
    Field._configure = function(Type_) {
      Type = Type_;
    };
  }
});

// node_modules/protobufjs/src/oneof.js
var require_oneof = __commonJS({
  "node_modules/protobufjs/src/oneof.js"(exports, module) {
    "use strict";
    module.exports = OneOf;
    var ReflectionObject = require_object();
    ((OneOf.prototype = Object.create(ReflectionObject.prototype)).constructor = OneOf).className = "OneOf";
    var Field = require_field(), util = require_util2();
    function OneOf(name, fieldNames, options, comment) {
      if (Array.isArray(fieldNames) || (options = fieldNames, fieldNames = void 0), ReflectionObject.call(this, name, options), !(fieldNames === void 0 || Array.isArray(fieldNames)))
        throw TypeError("fieldNames must be an Array");
      this.oneof = fieldNames || [], this.fieldsArray = [], this.comment = comment;
    }
    OneOf.fromJSON = function(name, json) {
      return new OneOf(name, json.oneof, json.options, json.comment);
    };
    OneOf.prototype.toJSON = function(toJSONOptions) {
      var keepComments = toJSONOptions ? !!toJSONOptions.keepComments : !1;
      return util.toObject([
        "options",
        this.options,
        "oneof",
        this.oneof,
        "comment",
        keepComments ? this.comment : void 0
      ]);
    };
    function addFieldsToParent(oneof) {
      if (oneof.parent)
        for (var i = 0; i < oneof.fieldsArray.length; ++i)
          oneof.fieldsArray[i].parent || oneof.parent.add(oneof.fieldsArray[i]);
    }
    OneOf.prototype.add = function(field) {
      if (!(field instanceof Field))
        throw TypeError("field must be a Field");
      return field.parent && field.parent !== this.parent && field.parent.remove(field), this.oneof.push(field.name), this.fieldsArray.push(field), field.partOf = this, addFieldsToParent(this), this;
    };
    OneOf.prototype.remove = function(field) {
      if (!(field instanceof Field))
        throw TypeError("field must be a Field");
      var index = this.fieldsArray.indexOf(field);
      if (index < 0)
        throw Error(field + " is not a member of " + this);
      return this.fieldsArray.splice(index, 1), index = this.oneof.indexOf(field.name), index > -1 && this.oneof.splice(index, 1), field.partOf = null, this;
    };
    OneOf.prototype.onAdd = function(parent) {
      ReflectionObject.prototype.onAdd.call(this, parent);
      for (var self2 = this, i = 0; i < this.oneof.length; ++i) {
        var field = parent.get(this.oneof[i]);
        field && !field.partOf && (field.partOf = self2, self2.fieldsArray.push(field));
      }
      addFieldsToParent(this);
    };
    OneOf.prototype.onRemove = function(parent) {
      for (var i = 0, field; i < this.fieldsArray.length; ++i)
        (field = this.fieldsArray[i]).parent && field.parent.remove(field);
      ReflectionObject.prototype.onRemove.call(this, parent);
    };
    Object.defineProperty(OneOf.prototype, "isProto3Optional", {
      get: function() {
        if (this.fieldsArray == null || this.fieldsArray.length !== 1)
          return !1;
        var field = this.fieldsArray[0];
        return field.options != null && field.options.proto3_optional === !0;
      }
    });
    OneOf.d = function() {
      for (var fieldNames = new Array(arguments.length), index = 0; index < arguments.length; )
        fieldNames[index] = arguments[index++];
      return function(prototype, oneofName) {
        util.decorateType(prototype.constructor).add(new OneOf(oneofName, fieldNames)), Object.defineProperty(prototype, oneofName, {
          get: util.oneOfGetter(fieldNames),
          set: util.oneOfSetter(fieldNames)
        });
      };
    };
  }
});

// node_modules/protobufjs/src/object.js
var require_object = __commonJS({
  "node_modules/protobufjs/src/object.js"(exports, module) {
    "use strict";
    module.exports = ReflectionObject;
    ReflectionObject.className = "ReflectionObject";
    var OneOf = require_oneof(), util = require_util2(), Root, editions2023Defaults = { enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY" }, proto2Defaults = { enum_type: "CLOSED", field_presence: "EXPLICIT", json_format: "LEGACY_BEST_EFFORT", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "EXPANDED", utf8_validation: "NONE" }, proto3Defaults = { enum_type: "OPEN", field_presence: "IMPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY" };
    function ReflectionObject(name, options) {
      if (!util.isString(name))
        throw TypeError("name must be a string");
      if (options && !util.isObject(options))
        throw TypeError("options must be an object");
      this.options = options, this.parsedOptions = null, this.name = name, this._edition = null, this._defaultEdition = "proto2", this._features = {}, this._featuresResolved = !1, this.parent = null, this.resolved = !1, this.comment = null, this.filename = null;
    }
    Object.defineProperties(ReflectionObject.prototype, {
      /**
       * Reference to the root namespace.
       * @name ReflectionObject#root
       * @type {Root}
       * @readonly
       */
      root: {
        get: function() {
          for (var ptr = this; ptr.parent !== null; )
            ptr = ptr.parent;
          return ptr;
        }
      },
      /**
       * Full name including leading dot.
       * @name ReflectionObject#fullName
       * @type {string}
       * @readonly
       */
      fullName: {
        get: function() {
          for (var path6 = [this.name], ptr = this.parent; ptr; )
            path6.unshift(ptr.name), ptr = ptr.parent;
          return path6.join(".");
        }
      }
    });
    ReflectionObject.prototype.toJSON = /* istanbul ignore next */
    function() {
      throw Error();
    };
    ReflectionObject.prototype.onAdd = function(parent) {
      this.parent && this.parent !== parent && this.parent.remove(this), this.parent = parent, this.resolved = !1;
      var root = parent.root;
      root instanceof Root && root._handleAdd(this);
    };
    ReflectionObject.prototype.onRemove = function(parent) {
      var root = parent.root;
      root instanceof Root && root._handleRemove(this), this.parent = null, this.resolved = !1;
    };
    ReflectionObject.prototype.resolve = function() {
      return this.resolved ? this : (this.root instanceof Root && (this.resolved = !0), this);
    };
    ReflectionObject.prototype._resolveFeaturesRecursive = function(edition) {
      return this._resolveFeatures(this._edition || edition);
    };
    ReflectionObject.prototype._resolveFeatures = function(edition) {
      if (!this._featuresResolved) {
        var defaults = {};
        if (!edition)
          throw new Error("Unknown edition for " + this.fullName);
        var protoFeatures = util.merge(
          {},
          this.options && this.options.features,
          this._inferLegacyProtoFeatures(edition)
        );
        if (this._edition) {
          if (edition === "proto2")
            defaults = Object.assign({}, proto2Defaults);
          else if (edition === "proto3")
            defaults = Object.assign({}, proto3Defaults);
          else if (edition === "2023")
            defaults = Object.assign({}, editions2023Defaults);
          else
            throw new Error("Unknown edition: " + edition);
          this._features = util.merge(defaults, protoFeatures), this._featuresResolved = !0;
          return;
        }
        if (this.partOf instanceof OneOf) {
          var lexicalParentFeaturesCopy = util.merge({}, this.partOf._features);
          this._features = util.merge(lexicalParentFeaturesCopy, protoFeatures);
        } else if (!this.declaringField)
          if (this.parent) {
            var parentFeaturesCopy = util.merge({}, this.parent._features);
            this._features = util.merge(parentFeaturesCopy, protoFeatures);
          } else
            throw new Error("Unable to find a parent for " + this.fullName);
        this.extensionField && (this.extensionField._features = this._features), this._featuresResolved = !0;
      }
    };
    ReflectionObject.prototype._inferLegacyProtoFeatures = function() {
      return {};
    };
    ReflectionObject.prototype.getOption = function(name) {
      if (this.options)
        return this.options[name];
    };
    ReflectionObject.prototype.setOption = function(name, value, ifNotSet) {
      return name === "__proto__" ? this : (this.options || (this.options = {}), /^features\./.test(name) ? util.setProperty(this.options, name, value, ifNotSet) : (!ifNotSet || this.options[name] === void 0) && (this.getOption(name) !== value && (this.resolved = !1), this.options[name] = value), this);
    };
    ReflectionObject.prototype.setParsedOption = function(name, value, propName) {
      if (name === "__proto__")
        return this;
      this.parsedOptions || (this.parsedOptions = []);
      var parsedOptions = this.parsedOptions;
      if (propName) {
        var opt = parsedOptions.find(function(opt2) {
          return Object.prototype.hasOwnProperty.call(opt2, name);
        });
        if (opt) {
          var newValue = opt[name];
          util.setProperty(newValue, propName, value);
        } else
          opt = {}, opt[name] = util.setProperty({}, propName, value), parsedOptions.push(opt);
      } else {
        var newOpt = {};
        newOpt[name] = value, parsedOptions.push(newOpt);
      }
      return this;
    };
    ReflectionObject.prototype.setOptions = function(options, ifNotSet) {
      if (options)
        for (var keys = Object.keys(options), i = 0; i < keys.length; ++i)
          this.setOption(keys[i], options[keys[i]], ifNotSet);
      return this;
    };
    ReflectionObject.prototype.toString = function() {
      var className = this.constructor.className, fullName = this.fullName;
      return fullName.length ? className + " " + fullName : className;
    };
    ReflectionObject.prototype._editionToJSON = function() {
      if (!(!this._edition || this._edition === "proto3"))
        return this._edition;
    };
    ReflectionObject._configure = function(Root_) {
      Root = Root_;
    };
  }
});

// node_modules/protobufjs/src/enum.js
var require_enum = __commonJS({
  "node_modules/protobufjs/src/enum.js"(exports, module) {
    "use strict";
    module.exports = Enum;
    var ReflectionObject = require_object();
    ((Enum.prototype = Object.create(ReflectionObject.prototype)).constructor = Enum).className = "Enum";
    var Namespace = require_namespace(), util = require_util2();
    function Enum(name, values, options, comment, comments, valuesOptions) {
      if (ReflectionObject.call(this, name, options), values && typeof values != "object")
        throw TypeError("values must be an object");
      if (this.valuesById = {}, this.values = Object.create(this.valuesById), this.comment = comment, this.comments = comments || {}, this.valuesOptions = valuesOptions, this._valuesFeatures = {}, this.reserved = void 0, values)
        for (var keys = Object.keys(values), i = 0; i < keys.length; ++i)
          keys[i] !== "__proto__" && typeof values[keys[i]] == "number" && (this.valuesById[this.values[keys[i]] = values[keys[i]]] = keys[i]);
    }
    Enum.prototype._resolveFeatures = function(edition) {
      return edition = this._edition || edition, ReflectionObject.prototype._resolveFeatures.call(this, edition), Object.keys(this.values).forEach((key) => {
        var parentFeaturesCopy = util.merge({}, this._features);
        this._valuesFeatures[key] = util.merge(parentFeaturesCopy, this.valuesOptions && this.valuesOptions[key] && this.valuesOptions[key].features || {});
      }), this;
    };
    Enum.fromJSON = function(name, json) {
      var enm = new Enum(name, json.values, json.options, json.comment, json.comments);
      return enm.reserved = json.reserved, json.edition && (enm._edition = json.edition), enm._defaultEdition = "proto3", enm;
    };
    Enum.prototype.toJSON = function(toJSONOptions) {
      var keepComments = toJSONOptions ? !!toJSONOptions.keepComments : !1;
      return util.toObject([
        "edition",
        this._editionToJSON(),
        "options",
        this.options,
        "valuesOptions",
        this.valuesOptions,
        "values",
        this.values,
        "reserved",
        this.reserved && this.reserved.length ? this.reserved : void 0,
        "comment",
        keepComments ? this.comment : void 0,
        "comments",
        keepComments ? this.comments : void 0
      ]);
    };
    Enum.prototype.add = function(name, id, comment, options) {
      if (!util.isString(name))
        throw TypeError("name must be a string");
      if (!util.isInteger(id))
        throw TypeError("id must be an integer");
      if (name === "__proto__")
        return this;
      if (this.values[name] !== void 0)
        throw Error("duplicate name '" + name + "' in " + this);
      if (this.isReservedId(id))
        throw Error("id " + id + " is reserved in " + this);
      if (this.isReservedName(name))
        throw Error("name '" + name + "' is reserved in " + this);
      if (this.valuesById[id] !== void 0) {
        if (!(this.options && this.options.allow_alias))
          throw Error("duplicate id " + id + " in " + this);
        this.values[name] = id;
      } else
        this.valuesById[this.values[name] = id] = name;
      return options && (this.valuesOptions === void 0 && (this.valuesOptions = {}), this.valuesOptions[name] = options || null), this.comments[name] = comment || null, this;
    };
    Enum.prototype.remove = function(name) {
      if (!util.isString(name))
        throw TypeError("name must be a string");
      var val = this.values[name];
      if (val == null)
        throw Error("name '" + name + "' does not exist in " + this);
      return delete this.valuesById[val], delete this.values[name], delete this.comments[name], this.valuesOptions && delete this.valuesOptions[name], this;
    };
    Enum.prototype.isReservedId = function(id) {
      return Namespace.isReservedId(this.reserved, id);
    };
    Enum.prototype.isReservedName = function(name) {
      return Namespace.isReservedName(this.reserved, name);
    };
  }
});

// node_modules/protobufjs/src/encoder.js
var require_encoder = __commonJS({
  "node_modules/protobufjs/src/encoder.js"(exports, module) {
    "use strict";
    module.exports = encoder;
    var Enum = require_enum(), types = require_types(), util = require_util2();
    function genTypePartial(gen, field, fieldIndex, ref) {
      return field.delimited ? gen("types[%i].encode(%s,w.uint32(%i),q+1).uint32(%i)", fieldIndex, ref, (field.id << 3 | 3) >>> 0, (field.id << 3 | 4) >>> 0) : gen("types[%i].encode(%s,w.uint32(%i).fork(),q+1).ldelim()", fieldIndex, ref, (field.id << 3 | 2) >>> 0);
    }
    function encoder(mtype) {
      for (var gen = util.codegen(["m", "w", "q"], mtype.name + "$encode")("if(!w)")("w=Writer.create()")("if(q===undefined)q=0")("if(q>util.recursionLimit)")('throw Error("max depth exceeded")'), i, ref, fields = (
        /* initializes */
        mtype.fieldsArray.slice().sort(util.compareFieldsById)
      ), i = 0; i < fields.length; ++i) {
        var field = fields[i].resolve(), index = mtype._fieldsArray.indexOf(field), type = field.resolvedType instanceof Enum ? "int32" : field.type, wireType = types.basic[type];
        ref = "m" + util.safeProp(field.name), field.map ? (gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name)("for(var ks=Object.keys(%s),i=0;i<ks.length;++i){", ref)("w.uint32(%i).fork().uint32(%i).%s(ks[i])", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType), wireType === void 0 ? gen("types[%i].encode(%s[ks[i]],w.uint32(18).fork(),q+1).ldelim().ldelim()", index, ref) : gen(".uint32(%i).%s(%s[ks[i]]).ldelim()", 16 | wireType, type, ref), gen("}")("}")) : field.repeated ? (gen("if(%s!=null&&%s.length){", ref, ref), field.packed && types.packed[type] !== void 0 ? gen("w.uint32(%i).fork()", (field.id << 3 | 2) >>> 0)("for(var i=0;i<%s.length;++i)", ref)("w.%s(%s[i])", type, ref)("w.ldelim()") : (gen("for(var i=0;i<%s.length;++i)", ref), wireType === void 0 ? genTypePartial(gen, field, index, ref + "[i]") : gen("w.uint32(%i).%s(%s[i])", (field.id << 3 | wireType) >>> 0, type, ref)), gen("}")) : (field.optional && gen("if(%s!=null&&Object.hasOwnProperty.call(m,%j))", ref, field.name), wireType === void 0 ? genTypePartial(gen, field, index, ref) : gen("w.uint32(%i).%s(%s)", (field.id << 3 | wireType) >>> 0, type, ref));
      }
      return gen("return w");
    }
  }
});

// node_modules/protobufjs/src/index-light.js
var require_index_light = __commonJS({
  "node_modules/protobufjs/src/index-light.js"(exports, module) {
    "use strict";
    var protobuf = module.exports = require_index_minimal();
    protobuf.build = "light";
    function load(filename, root, callback) {
      return typeof root == "function" ? (callback = root, root = new protobuf.Root()) : root || (root = new protobuf.Root()), root.load(filename, callback);
    }
    protobuf.load = load;
    function loadSync(filename, root) {
      return root || (root = new protobuf.Root()), root.loadSync(filename);
    }
    protobuf.loadSync = loadSync;
    protobuf.encoder = require_encoder();
    protobuf.decoder = require_decoder();
    protobuf.verifier = require_verifier();
    protobuf.converter = require_converter();
    protobuf.ReflectionObject = require_object();
    protobuf.Namespace = require_namespace();
    protobuf.Root = require_root();
    protobuf.Enum = require_enum();
    protobuf.Type = require_type();
    protobuf.Field = require_field();
    protobuf.OneOf = require_oneof();
    protobuf.MapField = require_mapfield();
    protobuf.Service = require_service3();
    protobuf.Method = require_method();
    protobuf.Message = require_message();
    protobuf.wrappers = require_wrappers();
    protobuf.types = require_types();
    protobuf.util = require_util2();
    protobuf.ReflectionObject._configure(protobuf.Root);
    protobuf.Namespace._configure(protobuf.Type, protobuf.Service, protobuf.Enum);
    protobuf.Root._configure(protobuf.Type);
    protobuf.Field._configure(protobuf.Type);
  }
});

// node_modules/protobufjs/src/tokenize.js
var require_tokenize = __commonJS({
  "node_modules/protobufjs/src/tokenize.js"(exports, module) {
    "use strict";
    module.exports = tokenize;
    var delimRe = /[\s{}=;:[\],'"()<>]/g, stringDoubleRe = /(?:"([^"\\]*(?:\\.[^"\\]*)*)")/g, stringSingleRe = /(?:'([^'\\]*(?:\\.[^'\\]*)*)')/g, setCommentRe = /^ *[*/]+ */, setCommentAltRe = /^\s*\*?\/*/, setCommentSplitRe = /\n/g, whitespaceRe = /\s/, unescapeRe = /\\(.?)/g, unescapeMap = {
      0: "\0",
      r: "\r",
      n: `
`,
      t: "	"
    };
    function unescape(str) {
      return str.replace(unescapeRe, function($0, $1) {
        switch ($1) {
          case "\\":
          case "":
            return $1;
          default:
            return unescapeMap[$1] || "";
        }
      });
    }
    tokenize.unescape = unescape;
    function tokenize(source, alternateCommentMode) {
      source = source.toString();
      var offset = 0, length = source.length, line = 1, lastCommentLine = 0, comments = {}, stack = [], stringDelim = null;
      function illegal(subject) {
        return Error("illegal " + subject + " (line " + line + ")");
      }
      function readString() {
        var re = stringDelim === "'" ? stringSingleRe : stringDoubleRe;
        re.lastIndex = offset - 1;
        var match = re.exec(source);
        if (!match)
          throw illegal("string");
        return offset = re.lastIndex, push(stringDelim), stringDelim = null, unescape(match[1]);
      }
      function charAt(pos) {
        return source.charAt(pos);
      }
      function setComment(start, end, isLeading) {
        var comment = {
          type: source.charAt(start++),
          lineEmpty: !1,
          leading: isLeading
        }, lookback;
        alternateCommentMode ? lookback = 2 : lookback = 3;
        var commentOffset = start - lookback, c;
        do
          if (--commentOffset < 0 || (c = source.charAt(commentOffset)) === `
`) {
            comment.lineEmpty = !0;
            break;
          }
        while (c === " " || c === "	");
        for (var lines = source.substring(start, end).split(setCommentSplitRe), i = 0; i < lines.length; ++i)
          lines[i] = lines[i].replace(alternateCommentMode ? setCommentAltRe : setCommentRe, "").trim();
        comment.text = lines.join(`
`).trim(), comments[line] = comment, lastCommentLine = line;
      }
      function isDoubleSlashCommentLine(startOffset) {
        var endOffset = findEndOfLine(startOffset), lineText = source.substring(startOffset, endOffset), isComment = /^\s*\/\//.test(lineText);
        return isComment;
      }
      function findEndOfLine(cursor) {
        for (var endOffset = cursor; endOffset < length && charAt(endOffset) !== `
`; )
          endOffset++;
        return endOffset;
      }
      function next() {
        if (stack.length > 0)
          return stack.shift();
        if (stringDelim)
          return readString();
        var repeat, prev, curr, start, isDoc, isLeadingComment = offset === 0;
        do {
          if (offset === length)
            return null;
          for (repeat = !1; whitespaceRe.test(curr = charAt(offset)); )
            if (curr === `
` && (isLeadingComment = !0, ++line), ++offset === length)
              return null;
          if (charAt(offset) === "/") {
            if (++offset === length)
              throw illegal("comment");
            if (charAt(offset) === "/")
              if (alternateCommentMode) {
                if (start = offset, isDoc = !1, isDoubleSlashCommentLine(offset - 1)) {
                  isDoc = !0;
                  do
                    if (offset = findEndOfLine(offset), offset === length || (offset++, !isLeadingComment))
                      break;
                  while (isDoubleSlashCommentLine(offset));
                } else
                  offset = Math.min(length, findEndOfLine(offset) + 1);
                isDoc && (setComment(start, offset, isLeadingComment), isLeadingComment = !0), line++, repeat = !0;
              } else {
                for (isDoc = charAt(start = offset + 1) === "/"; charAt(++offset) !== `
`; )
                  if (offset === length)
                    return null;
                ++offset, isDoc && (setComment(start, offset - 1, isLeadingComment), isLeadingComment = !0), ++line, repeat = !0;
              }
            else if ((curr = charAt(offset)) === "*") {
              start = offset + 1, isDoc = alternateCommentMode || charAt(start) === "*";
              do {
                if (curr === `
` && ++line, ++offset === length)
                  throw illegal("comment");
                prev = curr, curr = charAt(offset);
              } while (prev !== "*" || curr !== "/");
              ++offset, isDoc && (setComment(start, offset - 2, isLeadingComment), isLeadingComment = !0), repeat = !0;
            } else
              return "/";
          }
        } while (repeat);
        var end = offset;
        delimRe.lastIndex = 0;
        var delim = delimRe.test(charAt(end++));
        if (!delim)
          for (; end < length && !delimRe.test(charAt(end)); )
            ++end;
        var token = source.substring(offset, offset = end);
        return (token === '"' || token === "'") && (stringDelim = token), token;
      }
      function push(token) {
        stack.push(token);
      }
      function peek() {
        if (!stack.length) {
          var token = next();
          if (token === null)
            return null;
          push(token);
        }
        return stack[0];
      }
      function skip(expected, optional) {
        var actual = peek(), equals = actual === expected;
        if (equals)
          return next(), !0;
        if (!optional)
          throw illegal("token '" + actual + "', '" + expected + "' expected");
        return !1;
      }
      function cmnt(trailingLine) {
        var ret = null, comment;
        return trailingLine === void 0 ? (comment = comments[line - 1], delete comments[line - 1], comment && (alternateCommentMode || comment.type === "*" || comment.lineEmpty) && (ret = comment.leading ? comment.text : null)) : (lastCommentLine < trailingLine && peek(), comment = comments[trailingLine], delete comments[trailingLine], comment && !comment.lineEmpty && (alternateCommentMode || comment.type === "/") && (ret = comment.leading ? null : comment.text)), ret;
      }
      return Object.defineProperty({
        next,
        peek,
        push,
        skip,
        cmnt
      }, "line", {
        get: function() {
          return line;
        }
      });
    }
  }
});

// node_modules/protobufjs/src/parse.js
var require_parse = __commonJS({
  "node_modules/protobufjs/src/parse.js"(exports, module) {
    "use strict";
    module.exports = parse;
    parse.filename = null;
    parse.defaults = { keepCase: !1 };
    var tokenize = require_tokenize(), Root = require_root(), Type = require_type(), Field = require_field(), MapField = require_mapfield(), OneOf = require_oneof(), Enum = require_enum(), Service = require_service3(), Method = require_method(), ReflectionObject = require_object(), types = require_types(), util = require_util2(), base10Re = /^[1-9][0-9]*$/, base10NegRe = /^-?[1-9][0-9]*$/, base16Re = /^0[x][0-9a-fA-F]+$/, base16NegRe = /^-?0[x][0-9a-fA-F]+$/, base8Re = /^0[0-7]+$/, base8NegRe = /^-?0[0-7]+$/, numberRe = util.patterns.numberRe, nameRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/, typeRefRe = util.patterns.typeRefRe;
    function parse(source, root, options) {
      root instanceof Root || (options = root, root = new Root()), options || (options = parse.defaults);
      var preferTrailingComment = options.preferTrailingComment || !1, tn = tokenize(source, options.alternateCommentMode || !1), next = tn.next, push = tn.push, peek = tn.peek, skip = tn.skip, cmnt = tn.cmnt, head = !0, pkg, imports, weakImports, edition = "proto2", ptr = root, topLevelObjects = [], topLevelOptions = {}, applyCase = options.keepCase ? function(name) {
        return name;
      } : util.camelCase;
      function resolveFileFeatures() {
        topLevelObjects.forEach((obj) => {
          obj._edition = edition, Object.keys(topLevelOptions).forEach((opt) => {
            obj.getOption(opt) === void 0 && obj.setOption(opt, topLevelOptions[opt], !0);
          });
        });
      }
      function illegal(token2, name, insideTryCatch) {
        var filename = parse.filename;
        return insideTryCatch || (parse.filename = null), Error("illegal " + (name || "token") + " '" + token2 + "' (" + (filename ? filename + ", " : "") + "line " + tn.line + ")");
      }
      function readString() {
        var values = [], token2;
        do {
          if ((token2 = next()) !== '"' && token2 !== "'")
            throw illegal(token2);
          values.push(next()), skip(token2), token2 = peek();
        } while (token2 === '"' || token2 === "'");
        return values.join("");
      }
      function readValue(acceptTypeRef) {
        var token2 = next();
        switch (token2) {
          case "'":
          case '"':
            return push(token2), readString();
          case "true":
          case "TRUE":
            return !0;
          case "false":
          case "FALSE":
            return !1;
        }
        try {
          return parseNumber(
            token2,
            /* insideTryCatch */
            !0
          );
        } catch {
          if (acceptTypeRef && typeRefRe.test(token2))
            return token2;
          throw illegal(token2, "value");
        }
      }
      function readRanges(target, acceptStrings) {
        var token2, start;
        do
          if (acceptStrings && ((token2 = peek()) === '"' || token2 === "'")) {
            var str = readString();
            if (target.push(str), edition >= 2023)
              throw illegal(str, "id");
          } else
            try {
              target.push([start = parseId(next()), skip("to", !0) ? parseId(next()) : start]);
            } catch (err) {
              if (acceptStrings && typeRefRe.test(token2) && edition >= 2023)
                target.push(token2);
              else
                throw err;
            }
        while (skip(",", !0));
        var dummy = { options: void 0 };
        dummy.setOption = function(name, value) {
          this.options === void 0 && (this.options = {}), this.options[name] = value;
        }, ifBlock(
          dummy,
          function(token3) {
            if (token3 === "option")
              parseOption(dummy, token3), skip(";");
            else
              throw illegal(token3);
          },
          function() {
            parseInlineOptions(dummy);
          }
        );
      }
      function parseNumber(token2, insideTryCatch) {
        var sign = 1;
        switch (token2.charAt(0) === "-" && (sign = -1, token2 = token2.substring(1)), token2) {
          case "inf":
          case "INF":
          case "Inf":
            return sign * (1 / 0);
          case "nan":
          case "NAN":
          case "Nan":
          case "NaN":
            return NaN;
          case "0":
            return 0;
        }
        if (base10Re.test(token2))
          return sign * parseInt(token2, 10);
        if (base16Re.test(token2))
          return sign * parseInt(token2, 16);
        if (base8Re.test(token2))
          return sign * parseInt(token2, 8);
        if (numberRe.test(token2))
          return sign * parseFloat(token2);
        throw illegal(token2, "number", insideTryCatch);
      }
      function parseId(token2, acceptNegative) {
        switch (token2) {
          case "max":
          case "MAX":
          case "Max":
            return 536870911;
          case "0":
            return 0;
        }
        if (!acceptNegative && token2.charAt(0) === "-")
          throw illegal(token2, "id");
        if (base10NegRe.test(token2))
          return parseInt(token2, 10);
        if (base16NegRe.test(token2))
          return parseInt(token2, 16);
        if (base8NegRe.test(token2))
          return parseInt(token2, 8);
        throw illegal(token2, "id");
      }
      function parsePackage() {
        if (pkg !== void 0)
          throw illegal("package");
        if (pkg = next(), !typeRefRe.test(pkg))
          throw illegal(pkg, "name");
        ptr = ptr.define(pkg), skip(";");
      }
      function parseImport() {
        var token2 = peek(), whichImports;
        switch (token2) {
          case "weak":
            whichImports = weakImports || (weakImports = []), next();
            break;
          case "public":
            next();
          // eslint-disable-next-line no-fallthrough
          default:
            whichImports = imports || (imports = []);
            break;
        }
        token2 = readString(), skip(";"), whichImports.push(token2);
      }
      function parseSyntax() {
        if (skip("="), edition = readString(), edition < 2023)
          throw illegal(edition, "syntax");
        skip(";");
      }
      function parseEdition() {
        if (skip("="), edition = readString(), !["2023"].includes(edition))
          throw illegal(edition, "edition");
        skip(";");
      }
      function parseCommon(parent, token2, depth) {
        switch (depth === void 0 && (depth = 0), token2) {
          case "option":
            return parseOption(parent, token2), skip(";"), !0;
          case "message":
            return parseType(parent, token2, depth + 1), !0;
          case "enum":
            return parseEnum(parent, token2), !0;
          case "service":
            return parseService(parent, token2, depth + 1), !0;
          case "extend":
            return parseExtension(parent, token2, depth), !0;
        }
        return !1;
      }
      function ifBlock(obj, fnIf, fnElse) {
        var trailingLine = tn.line;
        if (obj && (typeof obj.comment != "string" && (obj.comment = cmnt()), obj.filename = parse.filename), skip("{", !0)) {
          for (var token2; (token2 = next()) !== "}"; )
            fnIf(token2);
          skip(";", !0);
        } else
          fnElse && fnElse(), skip(";"), obj && (typeof obj.comment != "string" || preferTrailingComment) && (obj.comment = cmnt(trailingLine) || obj.comment);
      }
      function parseType(parent, token2, depth) {
        if (depth === void 0 && (depth = 0), depth > util.nestingLimit)
          throw Error("max depth exceeded");
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "type name");
        var type = new Type(token2);
        ifBlock(type, function(token3) {
          if (!parseCommon(type, token3, depth))
            switch (token3) {
              case "map":
                parseMapField(type, token3);
                break;
              case "required":
                if (edition !== "proto2")
                  throw illegal(token3);
              /* eslint-disable no-fallthrough */
              case "repeated":
                parseField(type, token3, void 0, depth + 1);
                break;
              case "optional":
                if (edition === "proto3")
                  parseField(type, "proto3_optional", void 0, depth + 1);
                else {
                  if (edition !== "proto2")
                    throw illegal(token3);
                  parseField(type, "optional", void 0, depth + 1);
                }
                break;
              case "oneof":
                parseOneOf(type, token3, depth + 1);
                break;
              case "extensions":
                readRanges(type.extensions || (type.extensions = []));
                break;
              case "reserved":
                readRanges(type.reserved || (type.reserved = []), !0);
                break;
              default:
                if (edition === "proto2" || !typeRefRe.test(token3))
                  throw illegal(token3);
                push(token3), parseField(type, "optional", void 0, depth + 1);
                break;
            }
        }), parent.add(type), parent === ptr && topLevelObjects.push(type);
      }
      function parseField(parent, rule, extend, depth) {
        var type = next();
        if (type === "group") {
          parseGroup(parent, rule, depth);
          return;
        }
        for (; type.endsWith(".") || peek().startsWith("."); )
          type += next();
        if (!typeRefRe.test(type))
          throw illegal(type, "type");
        var name = next();
        if (!nameRe.test(name))
          throw illegal(name, "name");
        name = applyCase(name), skip("=");
        var field = new Field(name, parseId(next()), type, rule, extend);
        if (ifBlock(field, function(token2) {
          if (token2 === "option")
            parseOption(field, token2), skip(";");
          else
            throw illegal(token2);
        }, function() {
          parseInlineOptions(field);
        }), rule === "proto3_optional") {
          var oneof = new OneOf("_" + name);
          field.setOption("proto3_optional", !0), oneof.add(field), parent.add(oneof);
        } else
          parent.add(field);
        parent === ptr && topLevelObjects.push(field);
      }
      function parseGroup(parent, rule, depth) {
        if (depth === void 0 && (depth = 0), depth > util.nestingLimit)
          throw Error("max depth exceeded");
        if (edition >= 2023)
          throw illegal("group");
        var name = next();
        if (!nameRe.test(name))
          throw illegal(name, "name");
        var fieldName = util.lcFirst(name);
        name === fieldName && (name = util.ucFirst(name)), skip("=");
        var id = parseId(next()), type = new Type(name);
        type.group = !0;
        var field = new Field(fieldName, id, name, rule);
        field.filename = parse.filename, ifBlock(type, function(token2) {
          switch (token2) {
            case "option":
              parseOption(type, token2), skip(";");
              break;
            case "required":
            case "repeated":
              parseField(type, token2, void 0, depth + 1);
              break;
            case "optional":
              edition === "proto3" ? parseField(type, "proto3_optional", void 0, depth + 1) : parseField(type, "optional", void 0, depth + 1);
              break;
            case "message":
              parseType(type, token2, depth + 1);
              break;
            case "enum":
              parseEnum(type, token2);
              break;
            case "reserved":
              readRanges(type.reserved || (type.reserved = []), !0);
              break;
            /* istanbul ignore next */
            default:
              throw illegal(token2);
          }
        }), parent.add(type).add(field);
      }
      function parseMapField(parent) {
        skip("<");
        var keyType = next();
        if (types.mapKey[keyType] === void 0)
          throw illegal(keyType, "type");
        skip(",");
        var valueType = next();
        if (!typeRefRe.test(valueType))
          throw illegal(valueType, "type");
        skip(">");
        var name = next();
        if (!nameRe.test(name))
          throw illegal(name, "name");
        skip("=");
        var field = new MapField(applyCase(name), parseId(next()), keyType, valueType);
        ifBlock(field, function(token2) {
          if (token2 === "option")
            parseOption(field, token2), skip(";");
          else
            throw illegal(token2);
        }, function() {
          parseInlineOptions(field);
        }), parent.add(field);
      }
      function parseOneOf(parent, token2, depth) {
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "name");
        var oneof = new OneOf(applyCase(token2));
        ifBlock(oneof, function(token3) {
          token3 === "option" ? (parseOption(oneof, token3), skip(";")) : (push(token3), parseField(oneof, "optional", void 0, depth));
        }), parent.add(oneof);
      }
      function parseEnum(parent, token2) {
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "name");
        var enm = new Enum(token2);
        ifBlock(enm, function(token3) {
          switch (token3) {
            case "option":
              parseOption(enm, token3), skip(";");
              break;
            case "reserved":
              readRanges(enm.reserved || (enm.reserved = []), !0), enm.reserved === void 0 && (enm.reserved = []);
              break;
            default:
              parseEnumValue(enm, token3);
          }
        }), parent.add(enm), parent === ptr && topLevelObjects.push(enm);
      }
      function parseEnumValue(parent, token2) {
        if (!nameRe.test(token2))
          throw illegal(token2, "name");
        skip("=");
        var value = parseId(next(), !0), dummy = {
          options: void 0
        };
        dummy.getOption = function(name) {
          return this.options[name];
        }, dummy.setOption = function(name, value2) {
          ReflectionObject.prototype.setOption.call(dummy, name, value2);
        }, dummy.setParsedOption = function() {
        }, ifBlock(dummy, function(token3) {
          if (token3 === "option")
            parseOption(dummy, token3), skip(";");
          else
            throw illegal(token3);
        }, function() {
          parseInlineOptions(dummy);
        }), parent.add(token2, value, dummy.comment, dummy.parsedOptions || dummy.options);
      }
      function parseOption(parent, token2) {
        var option, propName, isOption = !0;
        for (token2 === "option" && (token2 = next()); token2 !== "="; ) {
          if (token2 === null)
            throw illegal(token2, "end of input");
          if (token2 === "(") {
            var parensValue = next();
            skip(")"), token2 = "(" + parensValue + ")";
          }
          if (isOption) {
            if (isOption = !1, token2.includes(".") && !token2.includes("(")) {
              var tokens = token2.split(".");
              option = tokens[0] + ".", token2 = tokens[1];
              continue;
            }
            option = token2;
          } else
            propName = propName ? propName += token2 : token2;
          token2 = next();
        }
        var name = propName ? option.concat(propName) : option, optionValue = parseOptionValue(parent, name);
        propName = propName && propName[0] === "." ? propName.slice(1) : propName, option = option && option[option.length - 1] === "." ? option.slice(0, -1) : option, setParsedOption(parent, option, optionValue, propName);
      }
      function parseOptionValue(parent, name, depth) {
        if (depth === void 0 && (depth = 0), depth > util.recursionLimit)
          throw Error("max depth exceeded");
        if (skip("{", !0)) {
          for (var objectResult = {}; !skip("}", !0); ) {
            if (!nameRe.test(token = next()))
              throw illegal(token, "name");
            if (token === null)
              throw illegal(token, "end of input");
            var value, propName = token;
            if (skip(":", !0), peek() === "{")
              value = parseOptionValue(parent, name + "." + token, depth + 1);
            else if (peek() === "[") {
              value = [];
              var lastValue;
              if (skip("[", !0)) {
                do
                  lastValue = readValue(!0), value.push(lastValue);
                while (skip(",", !0));
                skip("]"), typeof lastValue < "u" && setOption(parent, name + "." + token, lastValue);
              }
            } else
              value = readValue(!0), setOption(parent, name + "." + token, value);
            var prevValue = objectResult[propName];
            prevValue && (value = [].concat(prevValue).concat(value)), propName !== "__proto__" && (objectResult[propName] = value), skip(",", !0), skip(";", !0);
          }
          return objectResult;
        }
        var simpleValue = readValue(!0);
        return setOption(parent, name, simpleValue), simpleValue;
      }
      function setOption(parent, name, value) {
        if (ptr === parent && /^features\./.test(name)) {
          topLevelOptions[name] = value;
          return;
        }
        parent.setOption && parent.setOption(name, value);
      }
      function setParsedOption(parent, name, value, propName) {
        parent.setParsedOption && parent.setParsedOption(name, value, propName);
      }
      function parseInlineOptions(parent) {
        if (skip("[", !0)) {
          do
            parseOption(parent, "option");
          while (skip(",", !0));
          skip("]");
        }
        return parent;
      }
      function parseService(parent, token2, depth) {
        if (depth === void 0 && (depth = 0), depth > util.recursionLimit)
          throw Error("max depth exceeded");
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "service name");
        var service = new Service(token2);
        ifBlock(service, function(token3) {
          if (!parseCommon(service, token3, depth))
            if (token3 === "rpc")
              parseMethod(service, token3);
            else
              throw illegal(token3);
        }), parent.add(service), parent === ptr && topLevelObjects.push(service);
      }
      function parseMethod(parent, token2) {
        var commentText = cmnt(), type = token2;
        if (!nameRe.test(token2 = next()))
          throw illegal(token2, "name");
        var name = token2, requestType, requestStream, responseType, responseStream;
        if (skip("("), skip("stream", !0) && (requestStream = !0), !typeRefRe.test(token2 = next()) || (requestType = token2, skip(")"), skip("returns"), skip("("), skip("stream", !0) && (responseStream = !0), !typeRefRe.test(token2 = next())))
          throw illegal(token2);
        responseType = token2, skip(")");
        var method = new Method(name, type, requestType, responseType, requestStream, responseStream);
        method.comment = commentText, ifBlock(method, function(token3) {
          if (token3 === "option")
            parseOption(method, token3), skip(";");
          else
            throw illegal(token3);
        }), parent.add(method);
      }
      function parseExtension(parent, token2, depth) {
        if (!typeRefRe.test(token2 = next()))
          throw illegal(token2, "reference");
        var reference = token2;
        ifBlock(null, function(token3) {
          switch (token3) {
            case "required":
            case "repeated":
              parseField(parent, token3, reference, depth + 1);
              break;
            case "optional":
              edition === "proto3" ? parseField(parent, "proto3_optional", reference, depth + 1) : parseField(parent, "optional", reference, depth + 1);
              break;
            default:
              if (edition === "proto2" || !typeRefRe.test(token3))
                throw illegal(token3);
              push(token3), parseField(parent, "optional", reference, depth + 1);
              break;
          }
        });
      }
      for (var token; (token = next()) !== null; )
        switch (token) {
          case "package":
            if (!head)
              throw illegal(token);
            parsePackage();
            break;
          case "import":
            if (!head)
              throw illegal(token);
            parseImport();
            break;
          case "syntax":
            if (!head)
              throw illegal(token);
            parseSyntax();
            break;
          case "edition":
            if (!head)
              throw illegal(token);
            parseEdition();
            break;
          case "option":
            parseOption(ptr, token), skip(";", !0);
            break;
          default:
            if (parseCommon(ptr, token, 0)) {
              head = !1;
              continue;
            }
            throw illegal(token);
        }
      return resolveFileFeatures(), parse.filename = null, {
        package: pkg,
        imports,
        weakImports,
        root
      };
    }
  }
});

// node_modules/protobufjs/src/common.js
var require_common2 = __commonJS({
  "node_modules/protobufjs/src/common.js"(exports, module) {
    "use strict";
    module.exports = common;
    var commonRe = /\/|\./;
    function common(name, json) {
      commonRe.test(name) || (name = "google/protobuf/" + name + ".proto", json = { nested: { google: { nested: { protobuf: { nested: json } } } } }), common[name] = json;
    }
    common("any", {
      /**
       * Properties of a google.protobuf.Any message.
       * @interface IAny
       * @type {Object}
       * @property {string} [typeUrl]
       * @property {Uint8Array} [bytes]
       * @memberof common
       */
      Any: {
        fields: {
          type_url: {
            type: "string",
            id: 1
          },
          value: {
            type: "bytes",
            id: 2
          }
        }
      }
    });
    var timeType;
    common("duration", {
      /**
       * Properties of a google.protobuf.Duration message.
       * @interface IDuration
       * @type {Object}
       * @property {number|Long} [seconds]
       * @property {number} [nanos]
       * @memberof common
       */
      Duration: timeType = {
        fields: {
          seconds: {
            type: "int64",
            id: 1
          },
          nanos: {
            type: "int32",
            id: 2
          }
        }
      }
    });
    common("timestamp", {
      /**
       * Properties of a google.protobuf.Timestamp message.
       * @interface ITimestamp
       * @type {Object}
       * @property {number|Long} [seconds]
       * @property {number} [nanos]
       * @memberof common
       */
      Timestamp: timeType
    });
    common("empty", {
      /**
       * Properties of a google.protobuf.Empty message.
       * @interface IEmpty
       * @memberof common
       */
      Empty: {
        fields: {}
      }
    });
    common("struct", {
      /**
       * Properties of a google.protobuf.Struct message.
       * @interface IStruct
       * @type {Object}
       * @property {Object.<string,IValue>} [fields]
       * @memberof common
       */
      Struct: {
        fields: {
          fields: {
            keyType: "string",
            type: "Value",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.Value message.
       * @interface IValue
       * @type {Object}
       * @property {string} [kind]
       * @property {0} [nullValue]
       * @property {number} [numberValue]
       * @property {string} [stringValue]
       * @property {boolean} [boolValue]
       * @property {IStruct} [structValue]
       * @property {IListValue} [listValue]
       * @memberof common
       */
      Value: {
        oneofs: {
          kind: {
            oneof: [
              "nullValue",
              "numberValue",
              "stringValue",
              "boolValue",
              "structValue",
              "listValue"
            ]
          }
        },
        fields: {
          nullValue: {
            type: "NullValue",
            id: 1
          },
          numberValue: {
            type: "double",
            id: 2
          },
          stringValue: {
            type: "string",
            id: 3
          },
          boolValue: {
            type: "bool",
            id: 4
          },
          structValue: {
            type: "Struct",
            id: 5
          },
          listValue: {
            type: "ListValue",
            id: 6
          }
        }
      },
      NullValue: {
        values: {
          NULL_VALUE: 0
        }
      },
      /**
       * Properties of a google.protobuf.ListValue message.
       * @interface IListValue
       * @type {Object}
       * @property {Array.<IValue>} [values]
       * @memberof common
       */
      ListValue: {
        fields: {
          values: {
            rule: "repeated",
            type: "Value",
            id: 1
          }
        }
      }
    });
    common("wrappers", {
      /**
       * Properties of a google.protobuf.DoubleValue message.
       * @interface IDoubleValue
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      DoubleValue: {
        fields: {
          value: {
            type: "double",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.FloatValue message.
       * @interface IFloatValue
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      FloatValue: {
        fields: {
          value: {
            type: "float",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.Int64Value message.
       * @interface IInt64Value
       * @type {Object}
       * @property {number|Long} [value]
       * @memberof common
       */
      Int64Value: {
        fields: {
          value: {
            type: "int64",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.UInt64Value message.
       * @interface IUInt64Value
       * @type {Object}
       * @property {number|Long} [value]
       * @memberof common
       */
      UInt64Value: {
        fields: {
          value: {
            type: "uint64",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.Int32Value message.
       * @interface IInt32Value
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      Int32Value: {
        fields: {
          value: {
            type: "int32",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.UInt32Value message.
       * @interface IUInt32Value
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      UInt32Value: {
        fields: {
          value: {
            type: "uint32",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.BoolValue message.
       * @interface IBoolValue
       * @type {Object}
       * @property {boolean} [value]
       * @memberof common
       */
      BoolValue: {
        fields: {
          value: {
            type: "bool",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.StringValue message.
       * @interface IStringValue
       * @type {Object}
       * @property {string} [value]
       * @memberof common
       */
      StringValue: {
        fields: {
          value: {
            type: "string",
            id: 1
          }
        }
      },
      /**
       * Properties of a google.protobuf.BytesValue message.
       * @interface IBytesValue
       * @type {Object}
       * @property {Uint8Array} [value]
       * @memberof common
       */
      BytesValue: {
        fields: {
          value: {
            type: "bytes",
            id: 1
          }
        }
      }
    });
    common("field_mask", {
      /**
       * Properties of a google.protobuf.FieldMask message.
       * @interface IDoubleValue
       * @type {Object}
       * @property {number} [value]
       * @memberof common
       */
      FieldMask: {
        fields: {
          paths: {
            rule: "repeated",
            type: "string",
            id: 1
          }
        }
      }
    });
    common.get = function(file) {
      return common[file] || null;
    };
  }
});

// node_modules/protobufjs/src/index.js
var require_src2 = __commonJS({
  "node_modules/protobufjs/src/index.js"(exports, module) {
    "use strict";
    var protobuf = module.exports = require_index_light();
    protobuf.build = "full";
    protobuf.tokenize = require_tokenize();
    protobuf.parse = require_parse();
    protobuf.common = require_common2();
    protobuf.Root._configure(protobuf.Type, protobuf.parse, protobuf.common);
  }
});

// node_modules/protobufjs/index.js
var require_protobufjs = __commonJS({
  "node_modules/protobufjs/index.js"(exports, module) {
    "use strict";
    module.exports = require_src2();
  }
});

// node_modules/dockerode/lib/buildkit.js
var require_buildkit = __commonJS({
  "node_modules/dockerode/lib/buildkit.js"(exports, module) {
    var protobuf = require_protobufjs(), path6 = __require("path"), BUILDKIT_TRACE_ID = "moby.buildkit.trace", BUILDKIT_IMAGE_ID = "moby.image.id", PROTO_TYPE = "moby.buildkit.v1.StatusResponse", ENCODING_UTF8 = "utf8", ENCODING_BASE64 = "base64", StatusResponse;
    function loadProto() {
      if (StatusResponse) return StatusResponse;
      var root = protobuf.loadSync(
        path6.resolve(__dirname, "proto", "buildkit_status.proto")
      );
      return StatusResponse = root.lookupType(PROTO_TYPE), StatusResponse;
    }
    function decodeBuildKitStatus(base64Data) {
      var StatusResponse2 = loadProto();
      if (!base64Data || base64Data.length === 0)
        return {
          vertexes: [],
          statuses: [],
          logs: [],
          warnings: []
        };
      var buffer = Buffer.from(base64Data, ENCODING_BASE64), message = StatusResponse2.decode(buffer);
      return StatusResponse2.toObject(message, {
        longs: String,
        enums: String,
        bytes: String,
        defaults: !0
      });
    }
    function formatBuildKitStatus(status) {
      var lines = [];
      return status.vertexes && status.vertexes.length > 0 && status.vertexes.forEach(function(vertex) {
        vertex.name && vertex.started && !vertex.completed && lines.push("[" + vertex.digest.substring(0, 12) + "] " + vertex.name), vertex.error && lines.push("ERROR: " + vertex.error), vertex.completed && vertex.cached && lines.push("CACHED: " + vertex.name);
      }), status.logs && status.logs.length > 0 && status.logs.forEach(function(log) {
        var msg = Buffer.from(log.msg).toString(ENCODING_UTF8);
        msg.trim() && lines.push(msg.trimEnd());
      }), status.statuses && status.statuses.length > 0 && status.statuses.forEach(function(s) {
        if (s.name && s.total > 0) {
          var percent = Math.floor(s.current / s.total * 100);
          lines.push(s.name + ": " + percent + "% (" + s.current + "/" + s.total + ")");
        }
      }), status.warnings && status.warnings.length > 0 && status.warnings.forEach(function(warning) {
        var msg = Buffer.from(warning.short).toString(ENCODING_UTF8);
        lines.push("WARNING: " + msg);
      }), lines;
    }
    function parseBuildKitLine(line) {
      try {
        var json = JSON.parse(line);
        if (json.id === BUILDKIT_TRACE_ID && json.aux !== void 0) {
          var status = decodeBuildKitStatus(json.aux), logs = formatBuildKitStatus(status);
          return {
            isBuildKit: !0,
            logs,
            raw: status
          };
        }
        return json.id === BUILDKIT_IMAGE_ID && json.aux && json.aux.ID ? {
          isBuildKit: !0,
          logs: ["Built image: " + json.aux.ID],
          raw: json.aux
        } : {
          isBuildKit: !1,
          logs: [],
          raw: json
        };
      } catch (e) {
        return {
          isBuildKit: !1,
          logs: [],
          raw: null,
          error: e.message
        };
      }
    }
    function followProgress(stream, onFinished, onProgress) {
      var buffer = "", output = [], finished2 = !1;
      stream.on("data", onStreamEvent), stream.on("error", onStreamError), stream.on("end", onStreamEnd), stream.on("close", onStreamEnd);
      function onStreamEvent(data) {
        buffer += data.toString();
        var lines = buffer.split(`
`);
        buffer = lines.pop(), lines.forEach(function(line) {
          line.trim() && processLine(line);
        });
      }
      function processLine(line) {
        try {
          var result = parseBuildKitLine(line);
          result.isBuildKit ? result.logs.forEach(function(log) {
            var event = { stream: log + `
` };
            output.push(event), onProgress && onProgress(event);
          }) : result.raw && (output.push(result.raw), onProgress && onProgress(result.raw));
        } catch {
          try {
            var json = JSON.parse(line);
            output.push(json), onProgress && onProgress(json);
          } catch {
          }
        }
      }
      function onStreamError(err) {
        finished2 = !0, stream.removeListener("data", onStreamEvent), stream.removeListener("error", onStreamError), stream.removeListener("end", onStreamEnd), stream.removeListener("close", onStreamEnd), onFinished && onFinished(err, output);
      }
      function onStreamEnd() {
        finished2 || (finished2 = !0, buffer.trim() && processLine(buffer), stream.removeListener("data", onStreamEvent), stream.removeListener("error", onStreamError), stream.removeListener("end", onStreamEnd), stream.removeListener("close", onStreamEnd), onFinished && onFinished(null, output));
      }
    }
    module.exports = {
      followProgress
    };
  }
});

// node_modules/dockerode/lib/docker.js
var require_docker = __commonJS({
  "node_modules/dockerode/lib/docker.js"(exports, module) {
    var EventEmitter = __require("events").EventEmitter, Modem = require_modem(), Container = require_container(), Image = require_image(), Volume = require_volume(), Network = require_network(), Service = require_service(), Plugin = require_plugin(), Secret = require_secret(), Config = require_config(), Task = require_task(), Node = require_node3(), Exec = require_exec(), util = require_util(), withSession = require_session(), extend = util.extend, Docker2 = function(opts) {
      if (!(this instanceof Docker2)) return new Docker2(opts);
      var plibrary = global.Promise;
      opts && opts.Promise && (plibrary = opts.Promise, Object.keys(opts).length === 1 && (opts = void 0)), opts && opts.modem ? this.modem = opts.modem : this.modem = new Modem(opts), this.modem.Promise = plibrary;
    };
    Docker2.prototype.createContainer = function(opts, callback) {
      var self2 = this, optsf = {
        path: "/containers/create?",
        method: "POST",
        options: opts,
        authconfig: opts.authconfig,
        abortSignal: opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          201: !0,
          400: "bad parameter",
          404: "no such container",
          406: "impossible to attach",
          500: "server error"
        }
      };
      if (delete opts.authconfig, callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(self2.getContainer(data.Id));
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return callback(err, data);
        callback(err, self2.getContainer(data.Id));
      });
    };
    Docker2.prototype.createImage = function(auth, opts, callback) {
      var self2 = this;
      !callback && typeof opts == "function" ? (callback = opts, opts = auth, auth = opts.authconfig || void 0) : !callback && !opts && (opts = auth, auth = opts.authconfig);
      var optsf = {
        path: "/images/create?",
        method: "POST",
        options: opts,
        authconfig: auth,
        abortSignal: opts.abortSignal,
        isStream: !0,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    Docker2.prototype.loadImage = function(file, opts, callback) {
      var self2 = this;
      !callback && typeof opts == "function" && (callback = opts, opts = null);
      var optsf = {
        path: "/images/load?",
        method: "POST",
        options: opts,
        file,
        abortSignal: opts && opts.abortSignal,
        isStream: !0,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    Docker2.prototype.importImage = function(file, opts, callback) {
      var self2 = this;
      !callback && typeof opts == "function" && (callback = opts, opts = void 0), opts || (opts = {}), opts.fromSrc = "-";
      var optsf = {
        path: "/images/create?",
        method: "POST",
        options: opts,
        file,
        abortSignal: opts.abortSignal,
        isStream: !0,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    Docker2.prototype.checkAuth = function(opts, callback) {
      var self2 = this, optsf = {
        path: "/auth",
        method: "POST",
        options: opts,
        abortSignal: opts.abortSignal,
        statusCodes: {
          200: !0,
          204: !0,
          500: "server error"
        }
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    Docker2.prototype.buildImage = function(file, opts, callback) {
      var self2 = this;
      !callback && typeof opts == "function" && (callback = opts, opts = null);
      var optsf = {
        path: "/build?",
        method: "POST",
        file: void 0,
        options: opts,
        abortSignal: opts && opts.abortSignal,
        isStream: !0,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      opts && (opts.registryconfig && (optsf.registryconfig = optsf.options.registryconfig, delete optsf.options.registryconfig), opts.authconfig && (optsf.authconfig = optsf.options.authconfig, delete optsf.options.authconfig), opts.cachefrom && Array.isArray(opts.cachefrom) && (optsf.options.cachefrom = JSON.stringify(opts.cachefrom)));
      function dial(callback2) {
        util.prepareBuildContext(file, (ctx) => {
          optsf.file = ctx, self2.modem.dial(optsf, callback2);
        });
      }
      function dialWithSession(callback2) {
        opts?.version === "2" ? withSession(self2, optsf.authconfig, (err, sessionId, done) => {
          if (err)
            return callback2(err);
          optsf.options.session = sessionId, dial((err2, data) => {
            callback2(err2, data), data && data.on("end", done);
          });
        }) : dial(callback2);
      }
      if (callback === void 0)
        return new self2.modem.Promise(function(resolve, reject) {
          dialWithSession(function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      dialWithSession(callback);
    };
    Docker2.prototype.followProgress = function(stream, onFinished, onProgress) {
      var buildkit = require_buildkit();
      return buildkit.followProgress(stream, onFinished, onProgress);
    };
    Docker2.prototype.getContainer = function(id) {
      return new Container(this.modem, id);
    };
    Docker2.prototype.getImage = function(name) {
      return new Image(this.modem, name);
    };
    Docker2.prototype.getVolume = function(name) {
      return new Volume(this.modem, name);
    };
    Docker2.prototype.getPlugin = function(name, remote) {
      return new Plugin(this.modem, name, remote);
    };
    Docker2.prototype.getService = function(id) {
      return new Service(this.modem, id);
    };
    Docker2.prototype.getTask = function(id) {
      return new Task(this.modem, id);
    };
    Docker2.prototype.getNode = function(id) {
      return new Node(this.modem, id);
    };
    Docker2.prototype.getNetwork = function(id) {
      return new Network(this.modem, id);
    };
    Docker2.prototype.getSecret = function(id) {
      return new Secret(this.modem, id);
    };
    Docker2.prototype.getConfig = function(id) {
      return new Config(this.modem, id);
    };
    Docker2.prototype.getExec = function(id) {
      return new Exec(this.modem, id);
    };
    Docker2.prototype.listContainers = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/containers/json?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.listImages = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/images/json?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.getImages = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/images/get?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        isStream: !0,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.listServices = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/services?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.listNodes = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/nodes?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          404: "no such node",
          500: "server error",
          503: "node is not part of a swarm"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.listTasks = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/tasks?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.createSecret = function(opts, callback) {
      var args = util.processArgs(opts, callback), self2 = this, optsf = {
        path: "/secrets/create?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          201: !0,
          406: "server error or node is not part of a swarm",
          409: "name conflicts with an existing object",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(self2.getSecret(data.ID));
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, self2.getSecret(data.ID));
      });
    };
    Docker2.prototype.createConfig = function(opts, callback) {
      var args = util.processArgs(opts, callback), self2 = this, optsf = {
        path: "/configs/create?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          201: !0,
          406: "server error or node is not part of a swarm",
          409: "name conflicts with an existing object",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(self2.getConfig(data.ID));
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, self2.getConfig(data.ID));
      });
    };
    Docker2.prototype.listSecrets = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/secrets?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.listConfigs = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/configs?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.createPlugin = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/plugins/create?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          204: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(self2.getPlugin(args.opts.name));
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, self2.getPlugin(args.opts.name));
      });
    };
    Docker2.prototype.listPlugins = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/plugins?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.pruneImages = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/images/prune?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.pruneBuilder = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/build/prune",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.pruneContainers = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/containers/prune?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.pruneVolumes = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/volumes/prune?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.pruneNetworks = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/networks/prune?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.createVolume = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/volumes/create?",
        method: "POST",
        allowEmpty: !0,
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          201: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(self2.getVolume(data.Name));
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, self2.getVolume(data.Name));
      });
    };
    Docker2.prototype.createService = function(auth, opts, callback) {
      !callback && typeof opts == "function" ? (callback = opts, opts = auth, auth = opts.authconfig || void 0) : !opts && !callback && (opts = auth);
      var self2 = this, optsf = {
        path: "/services/create",
        method: "POST",
        options: opts,
        authconfig: auth,
        abortSignal: opts && opts.abortSignal,
        statusCodes: {
          200: !0,
          201: !0,
          500: "server error"
        }
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(self2.getService(data.ID || data.Id));
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return callback(err, data);
        callback(err, self2.getService(data.ID || data.Id));
      });
    };
    Docker2.prototype.listVolumes = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/volumes?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.createNetwork = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/networks/create?",
        method: "POST",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          // unofficial, but proxies may return it
          201: !0,
          404: "driver not found",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(self2.getNetwork(data.Id));
          });
        });
      this.modem.dial(optsf, function(err, data) {
        if (err) return args.callback(err, data);
        args.callback(err, self2.getNetwork(data.Id));
      });
    };
    Docker2.prototype.listNetworks = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/networks?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.searchImages = function(opts, callback) {
      var self2 = this, optsf = {
        path: "/images/search?",
        method: "GET",
        options: opts,
        authconfig: opts.authconfig,
        abortSignal: opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        callback(err, data);
      });
    };
    Docker2.prototype.info = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), opts = {
        path: "/info",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(opts, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.version = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), opts = {
        path: "/version",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(opts, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(opts, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.ping = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/_ping",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.df = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/system/df",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.getEvents = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/events?",
        method: "GET",
        options: args.opts,
        abortSignal: args.opts.abortSignal,
        isStream: !0,
        statusCodes: {
          200: !0,
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.pull = function(repoTag, opts, callback, auth) {
      var args = util.processArgs(opts, callback), imageSrc = util.parseRepositoryTag(repoTag);
      args.opts.fromImage = imageSrc.repository, args.opts.tag = imageSrc.tag || "latest";
      var argsf = [args.opts, args.callback];
      return auth && (argsf = [auth, args.opts, args.callback]), this.createImage.apply(this, argsf);
    };
    Docker2.prototype.pullAll = function(repoTag, opts, callback, auth) {
      var args = util.processArgs(opts, callback), imageSrc = util.parseRepositoryTag(repoTag);
      args.opts.fromImage = imageSrc.repository;
      var argsf = [args.opts, args.callback];
      return auth && (argsf = [auth, args.opts, args.callback]), this.createImage.apply(this, argsf);
    };
    Docker2.prototype.run = function(image, cmd, streamo, createOptions, startOptions, callback) {
      return typeof arguments[arguments.length - 1] == "function" ? this.runCallback(image, cmd, streamo, createOptions, startOptions, callback) : this.runPromise(image, cmd, streamo, createOptions, startOptions);
    };
    Docker2.prototype.runCallback = function(image, cmd, streamo, createOptions, startOptions, callback) {
      !callback && typeof createOptions == "function" ? (callback = createOptions, createOptions = {}, startOptions = {}) : !callback && typeof startOptions == "function" && (callback = startOptions, startOptions = {});
      var hub = new EventEmitter();
      function handler(err, container) {
        if (err) return callback(err, null, container);
        hub.emit("container", container), container.attach({
          stream: !0,
          stdout: !0,
          stderr: !0
        }, function(err2, stream) {
          if (err2) return callback(err2, null, container);
          hub.emit("stream", stream), streamo && (streamo instanceof Array ? (stream.on("end", function() {
            try {
              streamo[0].end();
            } catch {
            }
            try {
              streamo[1].end();
            } catch {
            }
          }), container.modem.demuxStream(stream, streamo[0], streamo[1])) : (stream.setEncoding("utf8"), stream.pipe(streamo, {
            end: !0
          }))), container.start(startOptions, function(err3, data) {
            if (err3) return callback(err3, data, container);
            hub.emit("start", container), container.wait(function(err4, data2) {
              hub.emit("data", data2), callback(err4, data2, container);
            });
          });
        });
      }
      var optsc = {
        Hostname: "",
        User: "",
        AttachStdin: !1,
        AttachStdout: !0,
        AttachStderr: !0,
        Tty: !0,
        OpenStdin: !1,
        StdinOnce: !1,
        Env: null,
        Cmd: cmd,
        Image: image,
        Volumes: {},
        VolumesFrom: []
      };
      return extend(optsc, createOptions), this.createContainer(optsc, handler), hub;
    };
    Docker2.prototype.runPromise = function(image, cmd, streamo, createOptions, startOptions) {
      var self2 = this;
      createOptions = createOptions || {}, startOptions = startOptions || {};
      var optsc = {
        Hostname: "",
        User: "",
        AttachStdin: !1,
        AttachStdout: !0,
        AttachStderr: !0,
        Tty: !0,
        OpenStdin: !1,
        StdinOnce: !1,
        Env: null,
        Cmd: cmd,
        Image: image,
        Volumes: {},
        VolumesFrom: []
      };
      extend(optsc, createOptions);
      var containero;
      return new this.modem.Promise(function(resolve, reject) {
        self2.createContainer(optsc).then(function(container) {
          return containero = container, container.attach({
            stream: !0,
            stdout: !0,
            stderr: !0
          });
        }).then(function(stream) {
          return streamo && (streamo instanceof Array ? (stream.on("end", function() {
            try {
              streamo[0].end();
            } catch {
            }
            try {
              streamo[1].end();
            } catch {
            }
          }), containero.modem.demuxStream(stream, streamo[0], streamo[1])) : (stream.setEncoding("utf8"), stream.pipe(streamo, {
            end: !0
          }))), containero.start(startOptions);
        }).then(function(data) {
          return containero.wait();
        }).then(function(data) {
          resolve([data, containero]);
        }).catch(function(err) {
          reject(err);
        });
      });
    };
    Docker2.prototype.swarmInit = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/swarm/init",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          406: "node is already part of a Swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.swarmJoin = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/swarm/join",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          406: "node is already part of a Swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.swarmLeave = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/swarm/leave?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          406: "node is not part of a Swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.swarmUpdate = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/swarm/update?",
        method: "POST",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          400: "bad parameter",
          406: "node is already part of a Swarm"
        },
        options: args.opts
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.prototype.swarmInspect = function(opts, callback) {
      var self2 = this, args = util.processArgs(opts, callback), optsf = {
        path: "/swarm",
        method: "GET",
        abortSignal: args.opts.abortSignal,
        statusCodes: {
          200: !0,
          406: "This node is not a swarm manager",
          500: "server error"
        }
      };
      if (args.callback === void 0)
        return new this.modem.Promise(function(resolve, reject) {
          self2.modem.dial(optsf, function(err, data) {
            if (err)
              return reject(err);
            resolve(data);
          });
        });
      this.modem.dial(optsf, function(err, data) {
        args.callback(err, data);
      });
    };
    Docker2.Container = Container;
    Docker2.Image = Image;
    Docker2.Volume = Volume;
    Docker2.Network = Network;
    Docker2.Service = Service;
    Docker2.Plugin = Plugin;
    Docker2.Secret = Secret;
    Docker2.Task = Task;
    Docker2.Node = Node;
    Docker2.Exec = Exec;
    module.exports = Docker2;
  }
});

// src/exec/docker/client.ts
var import_dockerode = __toESM(require_docker(), 1);
import fsp3 from "node:fs/promises";
import path5 from "node:path";

// src/exec/docker/errors.ts
function dockerMessage(error) {
  if (error && typeof error == "object") {
    let json = error.json;
    if (json && typeof json == "object" && typeof json.message == "string")
      return json.message.trim();
    if (error instanceof Error) return error.message.trim();
  }
  return String(error);
}
function statusCode(error) {
  let code = error?.statusCode;
  return typeof code == "number" ? code : void 0;
}

// src/exec/docker/executor.ts
import { randomBytes } from "node:crypto";
import os2 from "node:os";
import path4 from "node:path";
import { pipeline } from "node:stream/promises";

// src/exec/stall.ts
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
function parsePressure(text) {
  let total = (kind) => {
    let m = new RegExp(`^${kind}\\b.*\\btotal=(\\d+)`, "m").exec(text);
    return m ? Number(m[1]) : null;
  }, someUs = total("some");
  return someUs === null ? void 0 : { someUs, fullUs: total("full") };
}
function parseSchedstat(text) {
  let parts = text.trim().split(/\s+/).map(Number);
  if (!(parts.length < 3 || !parts.slice(0, 3).every(Number.isFinite)))
    return { runNs: parts[0], waitNs: parts[1], slices: parts[2] };
}
function parseKeyedFile(text) {
  let values = {};
  for (let line of text.split(`
`)) {
    let [key, value] = line.trim().split(/\s+/);
    key && value !== void 0 && Number.isFinite(Number(value)) && (values[key] = Number(value));
  }
  return values;
}
function throttledNsFromCpuStat(stat) {
  return stat.throttled_time !== void 0 ? stat.throttled_time : stat.throttled_usec !== void 0 ? stat.throttled_usec * 1e3 : null;
}
function cpuUsageNs(text) {
  let trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  let usec = parseKeyedFile(text).usage_usec;
  return usec === void 0 ? null : usec * 1e3;
}
function summarizeStall(source, readings, startedAt, finishedAt) {
  let inRun = readings.filter((r) => r.at >= startedAt).sort((a, b) => a.at - b.at);
  if (inRun.length === 0) return null;
  let duration = Math.max(0, finishedAt - startedAt), last = inRun[inRun.length - 1], before = inRun.length > 1 ? inRun[inRun.length - 2] : { at: startedAt, cpuWaitNs: 0, throttledNs: 0, memoryNs: 0, ioNs: 0, cpuNs: 0 }, lastAt = Math.min(last.at, finishedAt), tailMs = Math.max(0, finishedAt - lastAt), span = last.at - before.at, extend = (now, then) => {
    if (now === null) return null;
    let rate = span > 0 && then !== null ? Math.max(0, now - then) / span : 0;
    return Math.min(duration, (now + rate * tailMs) / 1e6);
  }, waitMs = extend(last.cpuWaitNs, before.cpuWaitNs) ?? 0, throttledMs = extend(last.throttledNs, before.throttledNs);
  return {
    source,
    cpuWaitMs: Math.max(0, waitMs - (throttledMs ?? 0)),
    throttledMs,
    memoryMs: extend(last.memoryNs, before.memoryNs),
    ioMs: extend(last.ioNs, before.ioNs),
    coverage: duration > 0 ? Math.min(1, Math.max(0, lastAt - startedAt) / duration) : 1
  };
}
var StallMeter = class {
  #reader;
  #clock;
  #onReading;
  #readings = [];
  #timer;
  #pending;
  #gone = !1;
  /** `onReading` gets every reading as it is taken (the engine's contention ledger); it must not throw. */
  constructor(reader, clock = Date.now, onReading) {
    this.#reader = reader, this.#clock = clock, this.#onReading = onReading;
  }
  get source() {
    return this.#reader.source;
  }
  get readings() {
    return this.#readings;
  }
  /** Samples now and then every `intervalMs` until {@link stop}. */
  start(intervalMs) {
    this.sample(), this.#timer = setInterval(() => {
      this.sample();
    }, intervalMs), this.#timer.unref();
  }
  async sample() {
    return this.#gone || this.#pending ? this.#pending : (this.#pending = (async () => {
      try {
        let counters = await this.#reader.read();
        if (counters) {
          let reading = { at: this.#clock(), ...counters };
          this.#readings.push(reading), this.#onReading?.(reading);
        } else this.#readings.length > 0 && (this.#gone = !0);
      } catch {
      } finally {
        this.#pending = void 0;
      }
    })(), this.#pending);
  }
  async stop() {
    clearInterval(this.#timer), this.#timer = void 0, await this.#pending;
  }
  summary(startedAt, finishedAt) {
    return summarizeStall(this.#reader.source, this.#readings, startedAt, finishedAt);
  }
};
function thinOldest(list, max = 4e3) {
  if (list.length <= max) return;
  let keepFrom = Math.floor(list.length * 3 / 4), older = list.slice(0, keepFrom).filter((_, i) => i % 2 === 0);
  list.splice(0, keepFrom, ...older);
}
async function readText(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return;
  }
}
async function exists(file) {
  return await readText(file) !== void 0;
}
var ThreadCounterSum = class {
  #current = /* @__PURE__ */ new Map();
  #gone = { waitNs: 0, runNs: 0 };
  #pathWaitNs = 0;
  /** Adds the readings of the threads alive now; returns the totals over every thread seen. */
  update(threads) {
    let longest = 0;
    for (let [tid, now] of threads) {
      let previous = this.#current.get(tid), fresh = previous === void 0 || now.waitNs < previous.waitNs || now.runNs < previous.runNs;
      longest = Math.max(longest, fresh ? now.waitNs : now.waitNs - previous.waitNs);
    }
    this.#pathWaitNs += longest;
    for (let [tid, previous] of this.#current) {
      let now = threads.get(tid);
      (now === void 0 || now.waitNs < previous.waitNs || now.runNs < previous.runNs) && (this.#gone = { waitNs: this.#gone.waitNs + previous.waitNs, runNs: this.#gone.runNs + previous.runNs });
    }
    return this.#current = new Map(threads), { ...this.total, pathWaitNs: this.#pathWaitNs };
  }
  get total() {
    let sum = { ...this.#gone };
    for (let c of this.#current.values())
      sum.waitNs += c.waitNs, sum.runNs += c.runNs;
    return sum;
  }
};
async function readThreads(files) {
  let entries = await Promise.all(
    [...files].map(async ([key, file]) => {
      let text = await readText(file), stat = text === void 0 ? void 0 : parseSchedstat(text);
      return stat ? [key, { waitNs: stat.waitNs, runNs: stat.runNs }] : void 0;
    })
  );
  return new Map(entries.filter((e) => e !== void 0));
}
function containerCgroupNames(id) {
  return [`docker/${id}`, `system.slice/docker-${id}.scope`];
}
async function locateContainerCgroup(id, root = "/sys/fs/cgroup") {
  let names = containerCgroupNames(id), first = async (dirs, file) => {
    for (let dir of dirs) if (await exists(path.join(dir, file))) return dir;
    return null;
  }, v2 = [root, path.join(root, "unified")].flatMap((base) => names.map((n) => path.join(base, n))), v1 = ["cpu", "cpu,cpuacct", "cpuacct,cpu"].flatMap((c) => names.map((n) => path.join(root, c, n))), v1acct = ["cpuacct", "cpu,cpuacct", "cpuacct,cpu"].flatMap((c) => names.map((n) => path.join(root, c, n))), pressureDir = await first(v2, "cpu.pressure"), tasksDir = await first(v1, "tasks"), threadsDir = tasksDir ? null : await first(v2, "cgroup.threads"), threadsFile = tasksDir ? path.join(tasksDir, "tasks") : threadsDir ? path.join(threadsDir, "cgroup.threads") : null, cpuStatDir = await first(v1, "cpu.stat") ?? (pressureDir && await exists(path.join(pressureDir, "cpu.max")) ? pressureDir : null), acctDir = await first(v1acct, "cpuacct.usage"), cpuUsageFile = acctDir ? path.join(acctDir, "cpuacct.usage") : pressureDir && await exists(path.join(pressureDir, "cpu.stat")) ? path.join(pressureDir, "cpu.stat") : null;
  return !pressureDir && !threadsFile ? null : { pressureDir, cpuStatDir, threadsFile, cpuUsageFile };
}
var ContainerStallReader = class {
  source;
  #cgroup;
  #procDir;
  #threads = new ThreadCounterSum();
  constructor(cgroup, procDir = "/proc") {
    this.#cgroup = cgroup, this.#procDir = procDir, this.source = cgroup.threadsFile ? "schedstat" : "pressure";
  }
  async read() {
    let { pressureDir, cpuStatDir, threadsFile, cpuUsageFile } = this.#cgroup, [cpuStat, usage, list, cpuText, memoryText, ioText] = await Promise.all([
      cpuStatDir ? readText(path.join(cpuStatDir, "cpu.stat")) : void 0,
      cpuUsageFile ? readText(cpuUsageFile) : void 0,
      threadsFile ? readText(threadsFile) : void 0,
      ...["cpu", "memory", "io"].map((r) => pressureDir ? readText(path.join(pressureDir, `${r}.pressure`)) : void 0)
    ]), throttledNs = cpuStat === void 0 ? null : throttledNsFromCpuStat(parseKeyedFile(cpuStat)), cpuNs = usage === void 0 ? null : cpuUsageNs(usage), some = (text) => {
      let p = text === void 0 ? void 0 : parsePressure(text);
      return p ? p.someUs * 1e3 : null;
    }, memoryNs = some(memoryText), ioNs = some(ioText);
    if (threadsFile) {
      if (list === void 0) return;
      let tids = list.split(`
`).filter((t) => /^\d+$/.test(t.trim())), threads = await readThreads(new Map(tids.map((t) => [t, path.join(this.#procDir, t, "schedstat")])));
      if (threads.size === 0) return;
      let total = this.#threads.update(threads);
      return { cpuWaitNs: total.pathWaitNs, throttledNs, memoryNs, ioNs, cpuNs: cpuNs ?? total.runNs };
    }
    let cpuWaitNs = some(cpuText);
    if (cpuWaitNs !== null)
      return { cpuWaitNs, throttledNs, memoryNs, ioNs, cpuNs };
  }
}, ProcessTreeStallReader = class {
  source = "schedstat";
  #members;
  #procDir;
  #threads = new ThreadCounterSum();
  constructor(members, procDir = "/proc") {
    this.#members = members, this.#procDir = procDir;
  }
  async read() {
    let files = /* @__PURE__ */ new Map();
    await Promise.all(
      this.#members().map(async (pid) => {
        let tids;
        try {
          tids = readdirSync(path.join(this.#procDir, String(pid), "task"));
        } catch {
          return;
        }
        for (let tid of tids) files.set(`${pid}/${tid}`, path.join(this.#procDir, String(pid), "task", tid, "schedstat"));
      })
    );
    let threads = await readThreads(files);
    if (threads.size === 0) return;
    let total = this.#threads.update(threads);
    return { cpuWaitNs: total.pathWaitNs, throttledNs: null, memoryNs: null, ioNs: null, cpuNs: total.runNs };
  }
};
function parseHostStat(text) {
  let cpu = /^cpu\s+(.*)$/m.exec(text), running = /^procs_running\s+(\d+)/m.exec(text);
  if (!cpu || !running) return;
  let [user, nice, system, , , irq, softirq, steal] = cpu[1].trim().split(/\s+/).map(Number), busy = [user, nice, system, irq ?? 0, softirq ?? 0, steal ?? 0];
  if (busy.every(Number.isFinite))
    return { busyTicks: busy.reduce((a, b) => a + b, 0), runnable: Number(running[1]) };
}
async function readHostStat(file = "/proc/stat", ticksPerSecond = 100) {
  let text = await readText(file), parsed = text === void 0 ? void 0 : parseHostStat(text);
  return parsed && { busyNs: parsed.busyTicks * 1e9 / ticksPerSecond, runnable: parsed.runnable };
}

// src/exec/stats.ts
var ZERO_TIME = Date.parse("0001-01-01T00:00:00Z");
function parseDockerStats(stats, now) {
  let readAt = stats.read ? Date.parse(stats.read) : NaN;
  if (readAt === ZERO_TIME) return;
  let cpuTotalNs = stats.cpu_stats?.cpu_usage?.total_usage, memory = stats.memory_stats;
  if (!(!cpuTotalNs && memory?.usage === void 0))
    return {
      at: Number.isFinite(readAt) ? readAt : now,
      cpuTotalNs: cpuTotalNs ?? 0,
      cpuPercent: cpuPercent(stats.precpu_stats, stats.cpu_stats),
      memoryBytes: workingSetBytes(memory?.usage ?? 0, memory?.stats ?? {}),
      maxUsageBytes: memory?.max_usage ?? null,
      limitBytes: memory?.limit ?? null,
      pids: stats.pids_stats?.current ?? 0
    };
}
function cpuPercent(previous, current) {
  let prevTotal = previous?.cpu_usage?.total_usage, prevSystem = previous?.system_cpu_usage, total = current?.cpu_usage?.total_usage, system = current?.system_cpu_usage;
  if (!prevSystem || !system || prevTotal === void 0 || total === void 0) return null;
  let systemDelta = system - prevSystem, cpuDelta = total - prevTotal;
  if (systemDelta <= 0 || cpuDelta < 0) return null;
  let cpus = current?.online_cpus || current?.cpu_usage?.percpu_usage?.length || 1;
  return cpuDelta / systemDelta * cpus * 100;
}
function workingSetBytes(usage, stats) {
  let inactive = stats.total_inactive_file ?? stats.inactive_file;
  return inactive !== void 0 && inactive < usage ? usage - inactive : usage;
}
function peakAtLeastAverage(sampledPeak, avgPercent) {
  return sampledPeak === null ? null : Math.max(sampledPeak, avgPercent);
}
var StatsAccumulator = class {
  #baselineNs;
  #lastNs = null;
  #previous = null;
  #peakPercent = null;
  #peakMemory = 0;
  #peakPids = 0;
  #count = 0;
  constructor(options = {}) {
    this.#baselineNs = options.countFromZero ? 0 : null;
  }
  /**
   * Adds one Docker stats object; returns the resource sample it yields, or undefined when the object
   * carries no reading.
   */
  addDockerStats(stats, now) {
    let parsed = parseDockerStats(stats, now);
    return parsed ? this.add(parsed) : void 0;
  }
  /** Adds one parsed reading; returns the resource sample it yields, or undefined when it is stale. */
  add(reading) {
    if (this.#lastNs !== null && reading.cpuTotalNs < this.#lastNs) return;
    let measured = reading.cpuPercent ?? this.#percentSincePrevious(reading);
    this.#baselineNs ??= reading.cpuTotalNs, this.#lastNs = reading.cpuTotalNs, this.#previous = reading, this.#count++, measured !== null && (this.#peakPercent = Math.max(this.#peakPercent ?? 0, measured));
    let percent = measured ?? 0;
    return this.#peakMemory = Math.max(this.#peakMemory, reading.memoryBytes), this.#peakPids = Math.max(this.#peakPids, reading.pids), { at: reading.at, cpuPercent: percent, memoryBytes: reading.memoryBytes, pids: reading.pids };
  }
  /** Totals so far; `wallMs` is the time the measured process ran (for the average CPU percent). */
  summary(wallMs) {
    if (this.#count === 0 || this.#lastNs === null || this.#baselineNs === null)
      return { cpu: null, memory: { peakBytes: null }, peakPids: null, samples: 0 };
    let seconds = (this.#lastNs - this.#baselineNs) / 1e9, avgPercent = wallMs > 0 ? seconds / (wallMs / 1e3) * 100 : 0;
    return {
      cpu: { seconds, avgPercent, peakPercent: peakAtLeastAverage(this.#peakPercent, avgPercent) },
      memory: { peakBytes: this.#peakMemory },
      peakPids: this.#peakPids,
      samples: this.#count
    };
  }
  /** Fallback when a reading has no precpu part: CPU time over wall time since our last reading. */
  #percentSincePrevious(reading) {
    let previous = this.#previous;
    return !previous || reading.at <= previous.at ? null : (reading.cpuTotalNs - previous.cpuTotalNs) / 1e6 / (reading.at - previous.at) * 100;
  }
};

// src/exec/docker/demux.ts
import { once } from "node:events";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path2 from "node:path";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { StringDecoder } from "node:string_decoder";
var TaskOutput = class _TaskOutput {
  sink;
  #log;
  #stdout;
  /**
   * Settles with the first write error of either file (a full disk): the task can no longer be
   * logged, and the executor stops it. Never rejects; stays pending while writes succeed.
   */
  failed;
  /** The first write error, once there is one (what `failed` settles with). */
  firstFailure;
  constructor(log, stdout, spec, logger) {
    this.#log = log, this.#stdout = stdout, this.sink = new DemuxSink(
      log,
      stdout,
      spec.onOutput,
      (error) => logger.warning(`task '${spec.taskId}': output callback failed: ${dockerMessage(error)}`)
    ), this.failed = new Promise((resolve) => {
      for (let [stream, file] of [[log, spec.logFile], [stdout, spec.stdoutFile]])
        stream.once("error", (error) => {
          this.firstFailure ??= { file, error }, resolve({ file, error });
        });
    });
  }
  static async open(spec, logger) {
    let openStream = async (file, flags) => {
      await fsp.mkdir(path2.dirname(file), { recursive: !0 });
      let stream = fs.createWriteStream(file, { flags });
      return await once(stream, "open"), stream;
    }, log = await openStream(spec.logFile, "a");
    try {
      return new _TaskOutput(log, await openStream(spec.stdoutFile, "w"), spec, logger);
    } catch (error) {
      throw log.destroy(), error;
    }
  }
  /** Ends both files once everything written so far is on disk; rejects on a write error. */
  async close() {
    this.sink.writableFinished || this.sink.destroy(), this.#log.end(), this.#stdout.end(), await Promise.all([finished(this.#log), finished(this.#stdout)]);
  }
}, DemuxSink = class extends Writable {
  #log;
  #stdout;
  #onOutput;
  #onCallbackError;
  #decoders = { stdout: new StringDecoder("utf8"), stderr: new StringDecoder("utf8") };
  #header = Buffer.alloc(8);
  #headerBytes = 0;
  #stream = "stdout";
  #remaining = 0;
  constructor(log, stdout, onOutput, onCallbackError) {
    super(), this.#log = log, this.#stdout = stdout, this.#onOutput = onOutput, this.#onCallbackError = onCallbackError;
  }
  _write(chunk, _encoding, callback) {
    let failed = this.#log.errored ?? this.#stdout.errored;
    if (failed) {
      callback(failed);
      return;
    }
    let full = /* @__PURE__ */ new Set(), offset = 0;
    for (; offset < chunk.length; ) {
      if (this.#remaining === 0) {
        let take2 = Math.min(8 - this.#headerBytes, chunk.length - offset);
        chunk.copy(this.#header, this.#headerBytes, offset, offset + take2), this.#headerBytes += take2, offset += take2, this.#headerBytes === 8 && (this.#headerBytes = 0, this.#stream = this.#header[0] === 2 ? "stderr" : "stdout", this.#remaining = this.#header.readUInt32BE(4));
        continue;
      }
      let take = Math.min(this.#remaining, chunk.length - offset), payload = chunk.subarray(offset, offset + take);
      offset += take, this.#remaining -= take, this.#log.write(payload) || full.add(this.#log), this.#stream === "stdout" && !this.#stdout.write(payload) && full.add(this.#stdout), this.#emit(this.#stream, this.#decoders[this.#stream].write(payload));
    }
    if (full.size === 0) {
      callback();
      return;
    }
    Promise.all([...full].map((s) => once(s, "drain"))).then(
      () => callback(),
      (error) => callback(error)
    );
  }
  _final(callback) {
    this.#emit("stdout", this.#decoders.stdout.end()), this.#emit("stderr", this.#decoders.stderr.end()), callback();
  }
  #emit(stream, text) {
    if (!(!text || !this.#onOutput))
      try {
        this.#onOutput(stream, text);
      } catch (error) {
        this.#onCallbackError(error);
      }
  }
};

// src/exec/docker/oom.ts
import fs2 from "node:fs";
import fsp2 from "node:fs/promises";
function parseOomKills(vmstat) {
  return parseKeyedFile(vmstat).oom_kill ?? null;
}
async function readOomKills(vmstatFile) {
  try {
    return parseOomKills(await fsp2.readFile(vmstatFile, "utf8"));
  } catch {
    return null;
  }
}
function kernelLogNamesOomKill(text, containerId) {
  if (!/^[0-9a-f]{64}$/.test(containerId)) return !1;
  let victim = new RegExp(`task_memcg=[^,]*${containerId}`);
  return text.split(`
`).some((line) => line.includes("oom-kill:") && victim.test(line));
}
var KERNEL_LOG_MAX_BYTES = 16 * 1024 * 1024;
async function kernelLogSaysOomKilled(kmsgFile, containerId) {
  let handle;
  try {
    handle = await fsp2.open(kmsgFile, fs2.constants.O_RDONLY | fs2.constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    let buffer = Buffer.alloc(65536), chunks = [], total = 0, lost = 0;
    for (; total < KERNEL_LOG_MAX_BYTES; ) {
      let bytesRead;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (error) {
        let code = error.code;
        if (code === "EPIPE" && ++lost < 100) continue;
        if (code === "EAGAIN") break;
        return null;
      }
      if (bytesRead === 0) break;
      chunks.push(buffer.toString("utf8", 0, bytesRead)), total += bytesRead;
    }
    return kernelLogNamesOomKill(chunks.join(""), containerId);
  } finally {
    await handle.close();
  }
}

// src/exec/docker/root-shim.ts
import fs3 from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";
async function rootShim(mountPaths, user) {
  if (/^0(:|$)/.test(user)) return null;
  let under = mountPaths.filter((p) => p.startsWith("/root/")).map((p) => path3.relative("/root", p));
  if (under.length === 0) return null;
  let source = await fs3.mkdtemp(path3.join(os.tmpdir(), "agent-fanout-root-"));
  await fs3.chmod(source, 493);
  for (let rel of under) {
    let dir = source;
    for (let part of rel.split("/"))
      dir = path3.join(dir, part), await fs3.mkdir(dir, { mode: 493 }).catch((error) => {
        if (error.code !== "EEXIST") throw error;
      });
  }
  return { source, remove: () => fs3.rm(source, { recursive: !0, force: !0 }) };
}

// src/exec/docker/stats.ts
var StatsFollower = class {
  #controller = new AbortController();
  #opened;
  #stream;
  constructor(container, accumulator, spec, logger, now) {
    let options = { stream: !0, abortSignal: this.#controller.signal };
    this.#opened = container.stats(options).then(
      (raw) => {
        let stream = raw;
        if (this.#controller.signal.aborted) {
          stream.destroy();
          return;
        }
        this.#stream = stream;
        let pending = "";
        stream.on("data", (chunk) => {
          pending += chunk.toString("utf8");
          let newline;
          for (; (newline = pending.indexOf(`
`)) >= 0; ) {
            let line = pending.slice(0, newline).trim();
            if (pending = pending.slice(newline + 1), !line) continue;
            let sample;
            try {
              sample = accumulator.addDockerStats(JSON.parse(line), now());
            } catch (error) {
              logger.debug(`task '${spec.taskId}': unreadable stats line: ${dockerMessage(error)}`);
              continue;
            }
            if (sample)
              try {
                spec.onSample?.(sample);
              } catch (error) {
                logger.warning(`task '${spec.taskId}': sample callback failed: ${dockerMessage(error)}`);
              }
          }
        }), stream.on("error", (error) => {
          this.#controller.signal.aborted || logger.debug(`task '${spec.taskId}': stats stream failed: ${dockerMessage(error)}`);
        });
      },
      (error) => {
        this.#controller.signal.aborted || logger.debug(`task '${spec.taskId}': stats unavailable: ${dockerMessage(error)}`);
      }
    );
  }
  async stop() {
    this.#controller.abort(), this.#stream?.destroy(), await this.#opened;
  }
};

// src/exec/docker/executor.ts
var OOM_COUNT_SHARED_MS = 1e3, CONTAINER_HOME = "/home/agent", OOM_EVENT_WAIT_MS = 3e3, TaskStepError = class extends Error {
}, DockerExecutor = class {
  mode = "docker";
  #docker;
  #logger;
  #clock;
  #homeSize;
  #tmpSize;
  #flushTimeoutMs;
  #stallIntervalMs;
  #cgroupRoot;
  #vmstatFile;
  #kmsgFile;
  /** Whether a container's cgroup was ever found here: its daemon runs on this kernel. */
  #sameKernel = !1;
  /** The host's count of OOM kills as last read for a start, and when (`performance.now()`). */
  #oomKillsRead;
  constructor(docker, options) {
    this.#docker = docker, this.#logger = options.logger ?? silentLogger, this.#clock = options.clock ?? Date.now, this.#homeSize = options.homeSize ?? "512m", this.#tmpSize = options.tmpSize ?? "512m", this.#flushTimeoutMs = timerDelay("docker executor", "flushTimeoutMs", options.flushTimeoutMs ?? 1e4), this.#stallIntervalMs = options.stallIntervalMs ?? 500, this.#cgroupRoot = options.cgroupRoot ?? "/sys/fs/cgroup", this.#vmstatFile = options.vmstatFile ?? "/proc/vmstat", this.#kmsgFile = options.kmsgFile ?? "/dev/kmsg";
  }
  async run(spec) {
    let now = this.#clock, log = this.#logger, phases = {}, timed = async (phase, fn) => {
      let t0 = now();
      try {
        return await fn();
      } finally {
        phases[phase] = (phases[phase] ?? 0) + (now() - t0);
      }
    }, step = async (phase, what, fn) => timed(phase, async () => {
      try {
        return await fn();
      } catch (error) {
        if (error instanceof TaskStepError) throw error;
        let message = `task '${spec.taskId}': ${what} failed: ${dockerMessage(error)}`;
        throw log.error(message), new TaskStepError(message, { cause: error });
      }
    }), accumulator = new StatsAccumulator({ countFromZero: !0 }), outcome = "exited", exitCode = null, errorText, startedAt, finishedAt, container, output, stats, shim = null, stall;
    try {
      if (validateSpec(spec), output = await step("output", "log file open", () => TaskOutput.open(spec, log)), spec.signal?.aborted)
        outcome = "cancelled";
      else {
        shim = await step("create", "mount paths under /root", () => rootShim(spec.container.mounts.map((m) => m.path), spec.container.user));
        let created = await step("create", "container create", () => this.#docker.createContainer(this.#createOptions(spec, shim)));
        container = created, log.debug(`task '${spec.taskId}': container ${created.id.slice(0, 12)} created`);
        let oomKillsRead = this.#oomKillsBefore(), stream = await step(
          "attach",
          "container attach",
          () => created.attach({ stream: !0, stdout: !0, stderr: !0 })
        ), attached = pipeline(stream, output.sink);
        if (attached.catch(() => {
        }), spec.signal?.aborted)
          stream.destroy(), outcome = "cancelled";
        else {
          let oomKillsBefore = await oomKillsRead, startCall = now();
          await step("start", "container start", () => created.start()), startedAt = now(), notify(spec, log, "start", spec.onStarted), spec.sampleResources !== !1 && (stats = new StatsFollower(created, accumulator, spec, log, now), stall = this.#followStall(spec, created.id));
          let waited = await this.#waitWithLimits(created, spec, step, output.failed);
          finishedAt = now(), notify(spec, log, "exit", spec.onExited);
          let meter2 = await stall;
          await meter2?.sample(), await meter2?.stop(), exitCode = waited.exitCode;
          let follower = stats;
          stats = void 0, follower && await timed("stats", () => follower.stop());
          let { State: state } = await step("inspect", "container inspect", () => created.inspect()), lifetime = daemonLifetime(state, startCall, finishedAt);
          lifetime && ({ startedAt, finishedAt } = lifetime);
          let oom = state.OOMKilled, code = exitCode ?? state.ExitCode;
          if (!oom && !waited.killedFor && code !== 0) {
            let kernel = await timed("inspect", () => this.#kernelSaysOom(created.id, oomKillsBefore));
            if (kernel !== null)
              oom = kernel, oom && log.debug(`task '${spec.taskId}': OOM-killed by the kernel's log; the daemon did not record it`);
            else {
              let until = Date.now() + (code === 137 ? OOM_EVENT_WAIT_MS : 0);
              for (; oom = await timed(
                "inspect",
                async () => await this.#sawOomEvent(created.id, startedAt - 1e3) || await created.inspect().then((i) => i.State.OOMKilled === !0, () => !1)
              ), !(oom || Date.now() >= until); )
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
          if (waited.killedFor === "output") {
            let { file, error } = await output.failed;
            outcome = "error", errorText = `task '${spec.taskId}': its output can no longer be logged (writing ${file} failed: ${dockerMessage(error)}); the task was stopped`, log.error(errorText);
          } else
            outcome = waited.killedFor ?? (oom ? "oom" : "exited");
          exitCode ??= state.ExitCode, waited.killedFor !== "output" ? await timed("flush", () => this.#flush(spec, attached, stream)) : stream.destroy();
        }
      }
    } catch (error) {
      outcome = "error", error instanceof TaskStepError ? errorText = error.message : (errorText = `task '${spec.taskId}': ${dockerMessage(error)}`, log.error(errorText)), startedAt !== void 0 && (finishedAt ??= now());
    } finally {
      let follower = stats;
      follower && await timed("stats", () => follower.stop()), await (await stall)?.stop();
      let created = container;
      created && await timed("remove", () => this.#remove(spec, created)), await shim?.remove().catch(() => {
      });
      let files = output;
      if (files)
        try {
          await timed("output", () => files.close());
        } catch (error) {
          if (outcome !== "error") {
            outcome = "error";
            let file = files.firstFailure?.file ?? spec.logFile;
            errorText = `task '${spec.taskId}': its output can no longer be logged (writing ${file} failed: ${dockerMessage(files.firstFailure?.error ?? error)})`, log.error(errorText);
          }
        }
    }
    startedAt ??= now(), finishedAt ??= startedAt;
    let summary = accumulator.summary(finishedAt - startedAt), meter = await stall;
    return {
      outcome,
      exitCode,
      ...errorText === void 0 ? {} : { error: errorText },
      startedAt,
      finishedAt,
      cpu: summary.cpu,
      memory: { peakBytes: summary.memory.peakBytes, limitBytes: spec.container.memoryBytes },
      peakPids: summary.peakPids,
      stall: meter?.summary(startedAt, finishedAt) ?? null,
      phases
    };
  }
  #createOptions(spec, shim) {
    let hosts = spec.container.network === "none" ? spec.container.hostsFile : void 0, tmpfsOptions = (size) => `rw,exec,nosuid,nodev,size=${size},mode=1777`, env = { HOME: CONTAINER_HOME, ...spec.env };
    return {
      name: containerName(spec.runId, spec.taskId),
      Image: spec.container.image,
      // The argv is the whole command: an image ENTRYPOINT must not prefix it.
      Entrypoint: [],
      Cmd: spec.argv,
      WorkingDir: spec.workdir,
      User: spec.container.user,
      Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
      // The creating process is the orchestrator: `gc` leaves containers of live orchestrators alone.
      Labels: containerLabels(spec.runId, spec.taskId, { ...orchestratorLabels(process.pid, os2.hostname()), ...spec.container.labels }),
      Tty: !1,
      OpenStdin: !1,
      AttachStdin: !1,
      AttachStdout: !0,
      AttachStderr: !0,
      // `network: none` without Docker's network sandbox, where the run gave the hosts file for it
      // (see loopback-hosts.ts).
      ...hosts ? { NetworkDisabled: !0 } : {},
      HostConfig: {
        // Mounts rather than Binds: a path containing ':' or ',' cannot break the spec string.
        Mounts: [
          ...shim ? [{ Type: "bind", Source: shim.source, Target: "/root", ReadOnly: !0 }] : [],
          ...spec.container.mounts.map((m) => ({ Type: "bind", Source: m.path, Target: m.path, ReadOnly: m.readOnly === !0 })),
          ...hosts ? [{ Type: "bind", Source: hosts, Target: "/etc/hosts", ReadOnly: !0 }] : []
        ],
        Tmpfs: { [CONTAINER_HOME]: tmpfsOptions(this.#homeSize), "/tmp": tmpfsOptions(this.#tmpSize) },
        NanoCpus: Math.round(spec.container.cpus * 1e9),
        Memory: spec.container.memoryBytes,
        // Equal to Memory: no swap, so a task over its limit is OOM-killed rather than thrashing.
        MemorySwap: spec.container.memoryBytes,
        PidsLimit: spec.container.pidsLimit,
        // Output is streamed from the attach stream; a second copy in Docker's JSON log would cost
        // dockerd CPU and unbounded disk for chatty agents.
        LogConfig: { Type: "none", Config: {} },
        CapDrop: ["ALL"],
        SecurityOpt: ["no-new-privileges"],
        NetworkMode: spec.container.network,
        // An init as PID 1 forwards signals and reaps the zombies agents' tools leave behind.
        Init: !0
      }
    };
  }
  /**
   * Reads the container's stall counters from its cgroup while it runs (not awaited by the task: the
   * cgroup files are found after the start). Undefined when measurement is off or the cgroup cannot be
   * found from here.
   */
  async #followStall(spec, id) {
    if (this.#stallIntervalMs <= 0) return;
    let cgroup = await locateContainerCgroup(id, this.#cgroupRoot);
    if (cgroup && (this.#sameKernel = !0), !cgroup) {
      this.#logger.debug(`task '${spec.taskId}': no cgroup of container ${id.slice(0, 12)} under ${this.#cgroupRoot}; stall not measured`);
      return;
    }
    let meter = new StallMeter(new ContainerStallReader(cgroup), this.#clock, guarded(spec, this.#logger, spec.onStallReading));
    return meter.start(this.#stallIntervalMs), meter;
  }
  /**
   * The host's count of OOM kills before a start. Starts within a second of each other share one
   * reading (a run starts its first tasks together): a count read earlier can only be lower, which
   * sends the check after the exit to the kernel log rather than deciding "no OOM kill" wrongly.
   */
  #oomKillsBefore() {
    let at = performance.now();
    return (!this.#oomKillsRead || at - this.#oomKillsRead.at > OOM_COUNT_SHARED_MS) && (this.#oomKillsRead = { at, count: readOomKills(this.#vmstatFile) }), this.#oomKillsRead.count;
  }
  /**
   * What the kernel says of an OOM kill in a container that has exited: true when its log puts one in
   * the container's cgroup, false when the host had no OOM kill at all since `oomKillsBefore`, null
   * when it cannot tell (its cgroup never found here, the log unreadable, or silent on it: overwritten,
   * or the kill was another's).
   */
  async #kernelSaysOom(id, oomKillsBefore) {
    if (!this.#sameKernel) return null;
    let after = await readOomKills(this.#vmstatFile);
    return oomKillsBefore !== null && after !== null && after <= oomKillsBefore ? !1 : await kernelLogSaysOomKilled(this.#kmsgFile, id) || null;
  }
  /** Whether the daemon logged an `oom` event for the container since `sinceMs` (epoch ms). */
  async #sawOomEvent(id, sinceMs) {
    try {
      let stream = await this.#docker.getEvents({
        since: Math.floor(sinceMs / 1e3),
        until: (Date.now() / 1e3).toFixed(3),
        filters: { container: [id], event: ["oom"] }
      }), text = "";
      for await (let chunk of stream) text += String(chunk);
      return text.includes('"oom"');
    } catch {
      return !1;
    }
  }
  /** Waits for the exit, killing the container on timeout or abort; says which killed it. */
  async #waitWithLimits(container, spec, step, outputFailed) {
    let killedFor, killing, kill = (reason) => {
      if (killing) return;
      killedFor = reason;
      let why = { timed_out: `timed out after ${spec.timeoutMs} ms`, cancelled: "cancelled", output: "its output can no longer be written" }[reason];
      this.#logger.info(`task '${spec.taskId}': ${why}; killing its container`), killing = container.kill({ signal: "SIGKILL" }).then(
        () => {
        },
        (error) => {
          statusCode(error) === 409 ? killedFor = void 0 : this.#logger.warning(`task '${spec.taskId}': container kill failed: ${dockerMessage(error)}`);
        }
      );
    }, timer = setLongTimeout(() => kill("timed_out"), spec.timeoutMs), onAbort = () => kill("cancelled");
    spec.signal?.addEventListener("abort", onAbort, { once: !0 }), spec.signal?.aborted && onAbort();
    let waiting = !0;
    outputFailed.then(() => {
      waiting && kill("output");
    });
    try {
      let result = await step("wait", "container wait", () => container.wait());
      return await killing, { exitCode: typeof result?.StatusCode == "number" ? result.StatusCode : null, killedFor };
    } finally {
      waiting = !1, timer.clear(), spec.signal?.removeEventListener("abort", onAbort);
    }
  }
  /** Waits (bounded) until the attach stream has delivered everything the container wrote. */
  async #flush(spec, attached, stream) {
    let timer, cut = new Promise((resolve) => {
      timer = setTimeout(() => resolve("cut"), this.#flushTimeoutMs);
    });
    try {
      await Promise.race([attached.then(() => "done"), cut]) === "cut" && (this.#logger.warning(`task '${spec.taskId}': output stream still open ${this.#flushTimeoutMs} ms after exit; closing it`), stream.destroy());
    } catch (error) {
      this.#logger.warning(`task '${spec.taskId}': output stream failed: ${dockerMessage(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
  async #remove(spec, container) {
    try {
      await container.remove({ force: !0, v: !0 }), this.#logger.debug(`task '${spec.taskId}': container ${container.id.slice(0, 12)} removed`);
    } catch (error) {
      let code = statusCode(error);
      if (code === 404 || code === 409 && /already in progress/i.test(dockerMessage(error))) return;
      this.#logger.warning(`task '${spec.taskId}': container remove failed: ${dockerMessage(error)}`);
    }
  }
};
function guarded(spec, logger, fn) {
  if (fn)
    return (value) => {
      try {
        fn(value);
      } catch (error) {
        logger.debug(`task '${spec.taskId}': stall callback failed: ${dockerMessage(error)}`);
      }
    };
}
function validateSpec(spec) {
  let invalid = (what) => new TypeError(`invalid exec spec: ${what}`);
  if (spec.argv.length === 0) throw invalid("argv is empty");
  if (!path4.isAbsolute(spec.workdir)) throw invalid(`workdir must be absolute, got '${spec.workdir}'`);
  for (let mount of spec.container.mounts)
    if (!path4.isAbsolute(mount.path)) throw invalid(`mount path must be absolute, got '${mount.path}'`);
  if (!/^[\w.-]+(:[\w.-]+)?$/.test(spec.container.user)) throw invalid(`user must be 'uid:gid', got '${spec.container.user}'`);
  if (!(spec.timeoutMs > 0)) throw invalid(`timeoutMs must be positive, got ${spec.timeoutMs}`);
}
function containerName(runId, taskId) {
  let clean = (s) => s.replace(/[^a-zA-Z0-9_.-]+/g, "-").replace(/^[-_.]+/, "");
  return `agent-fanout-${clean(runId).slice(0, 40)}-${clean(taskId).slice(0, 60)}-${randomBytes(3).toString("hex")}`;
}
function daemonLifetime(state, startCall, waited) {
  let started = Date.parse(state.StartedAt ?? ""), finished2 = Date.parse(state.FinishedAt ?? "");
  return !Number.isFinite(started) || !Number.isFinite(finished2) || started < startCall - 1 || finished2 < started || finished2 > waited + 1 ? null : { startedAt: Math.max(started, startCall), finishedAt: Math.min(finished2, waited) };
}
function notify(spec, logger, what, callback) {
  try {
    callback?.();
  } catch (error) {
    logger.warning(`task '${spec.taskId}': ${what} callback failed: ${dockerMessage(error)}`);
  }
}

// src/exec/docker/client.ts
var DockerClient = class _DockerClient {
  #docker;
  #where;
  constructor(docker, where) {
    this.#docker = docker, this.#where = where;
  }
  /** Creates a client; no request is made until the first call (use `ping()` to check the daemon). */
  static connect(options = {}) {
    return options.socketPath ? new _DockerClient(new import_dockerode.default({ socketPath: options.socketPath }), options.socketPath) : new _DockerClient(new import_dockerode.default(), process.env.DOCKER_HOST ?? "/var/run/docker.sock");
  }
  /** Resolves when the daemon answers within `timeoutMs` (default 5000); rejects saying why not. */
  async ping(timeoutMs = 5e3) {
    let controller = new AbortController(), timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      await this.#docker.ping.call(this.#docker, { abortSignal: controller.signal });
    } catch (error) {
      let why = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : dockerMessage(error);
      throw new Error(`docker daemon at ${this.#where} is not reachable: ${why}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
  async version() {
    let v = await this.#call("version", () => this.#docker.version());
    return { version: v.Version, apiVersion: v.ApiVersion, os: v.Os, arch: v.Arch, kernelVersion: v.KernelVersion };
  }
  async info() {
    let raw = await this.#call("info", () => this.#docker.info()), cgroup = raw.CgroupVersion;
    return {
      serverVersion: String(raw.ServerVersion ?? ""),
      cgroupVersion: cgroup === "1" || cgroup === "2" ? cgroup : "unknown",
      cgroupDriver: String(raw.CgroupDriver ?? ""),
      storageDriver: String(raw.Driver ?? ""),
      cpus: Number(raw.NCPU ?? 0),
      memoryBytes: Number(raw.MemTotal ?? 0),
      warnings: Array.isArray(raw.Warnings) ? raw.Warnings.map(String) : [],
      securityOptions: Array.isArray(raw.SecurityOptions) ? raw.SecurityOptions.map(String) : []
    };
  }
  async imageExists(name) {
    try {
      return await this.#docker.getImage(name).inspect(), !0;
    } catch (error) {
      if (statusCode(error) === 404) return !1;
      throw new Error(`docker image inspect ${name} failed: ${dockerMessage(error)}`, { cause: error });
    }
  }
  /**
   * Builds `tag` from `contextDir`, following the build output. Rejects when the build fails, with
   * the failing step and the daemon's error (e.g. `… returned a non-zero code: 100`).
   */
  async buildImage(options) {
    let files = await listFiles(options.contextDir), stream = await this.#call(
      `image build ${options.tag}`,
      () => this.#docker.buildImage(
        { context: options.contextDir, src: files },
        {
          t: options.tag,
          dockerfile: options.dockerfile ?? "Dockerfile",
          buildargs: options.buildArgs ?? {},
          rm: !0,
          forcerm: !0
        }
      )
    ), step = "", tail = [], failure;
    if (await new Promise((resolve, reject) => {
      this.#docker.modem.followProgress(
        stream,
        (error) => error ? reject(new Error(`image build ${options.tag} failed: ${dockerMessage(error)}`, { cause: error })) : resolve(),
        (event) => {
          (event.error || event.errorDetail) && (failure ??= (event.errorDetail?.message ?? event.error ?? "").trim());
          for (let line of (event.stream ?? "").split(`
`)) {
            let text = line.trimEnd();
            text && (/^Step \d+\/\d+ :/.test(text) && (step = text), tail.push(text), tail.length > 15 && tail.shift(), options.onProgress?.(text));
          }
        }
      );
    }), failure !== void 0) {
      let at = step ? ` at ${step}` : "";
      throw new Error(`image build ${options.tag} failed${at}: ${failure}
${tail.join(`
`)}`);
    }
  }
  /**
   * Pulls `ref` from its registry, calling `onProgress` with each status message of the daemon
   * (`{id, status, progressDetail}`). Rejects with the registry's error (unknown image, denied).
   */
  async pullImage(ref, options = {}) {
    let stream = await this.#call(
      `image pull ${ref}`,
      () => this.#docker.pull(ref, options.auth ? { authconfig: options.auth } : {})
    ), failure;
    if (await new Promise((resolve, reject) => {
      this.#docker.modem.followProgress(
        stream,
        (error) => error ? reject(new Error(`image pull ${ref} failed: ${dockerMessage(error)}`, { cause: error })) : resolve(),
        (event) => {
          (event.error || event.errorDetail) && (failure ??= (event.errorDetail?.message ?? event.error ?? "").trim()), options.onProgress?.(event);
        }
      );
    }), failure !== void 0) throw new Error(`image pull ${ref} failed: ${failure}`);
  }
  /** All containers (running or not) matching every `key=value` label filter. */
  async listContainers(labelFilter) {
    return (await this.#call("container list", () => this.#docker.listContainers({ all: !0, filters: { label: labelFilter } }))).map((c) => ({
      id: c.Id,
      name: (c.Names[0] ?? "").replace(/^\//, ""),
      image: c.Image,
      state: c.State,
      status: c.Status,
      labels: c.Labels ?? {},
      createdAt: c.Created * 1e3
    }));
  }
  /** Force-removes a container and its anonymous volumes; false when it was already gone. */
  async removeContainer(id) {
    try {
      return await this.#docker.getContainer(id).remove({ force: !0, v: !0 }), !0;
    } catch (error) {
      if (statusCode(error) === 404) return !1;
      if (statusCode(error) === 409 && /already in progress/i.test(dockerMessage(error))) return !0;
      throw new Error(`container remove ${id.slice(0, 12)} failed: ${dockerMessage(error)}`, { cause: error });
    }
  }
  createExecutor(options = {}) {
    return new DockerExecutor(this.#docker, options);
  }
  async #call(what, fn) {
    try {
      return await fn();
    } catch (error) {
      throw new Error(`docker ${what} failed: ${dockerMessage(error)}`, { cause: error });
    }
  }
};
async function listFiles(root, dir = "") {
  let files = [];
  for (let entry of await fsp3.readdir(path5.join(root, dir), { withFileTypes: !0 })) {
    let rel = dir ? `${dir}/${entry.name}` : entry.name;
    entry.isDirectory() ? files.push(...await listFiles(root, rel)) : files.push(rel);
  }
  return files;
}

export {
  require_docker,
  dockerMessage,
  StallMeter,
  thinOldest,
  ProcessTreeStallReader,
  readHostStat,
  peakAtLeastAverage,
  CONTAINER_HOME,
  DockerClient
};
//# sourceMappingURL=chunk-PWII425W.js.map
