import { TOKEN_HEADER } from "./guard";

// google.script.run and google.script.host for the preview: each call is a POST to the preview
// server, which runs dist/Code.js in the emulator. Asynchronous like the real thing. Each call
// carries the preview's token (guard.ts): a page of another site, which cannot read it, is refused.
export const shimScript = (token: string) => `<script>
(function () {
  // Apps Script refuses a Date or a function anywhere in the arguments: the call fails.
  function illegal(value) {
    var kind = Object.prototype.toString.call(value);
    if (kind === "[object Date]" || typeof value === "function") return true;
    if (value && typeof value === "object") {
      for (var k in value) if (Object.prototype.hasOwnProperty.call(value, k) && illegal(value[k])) return true;
    }
    return false;
  }
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject); },
      withUserObject: function (obj) { return runner(success, failure, obj); }
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (name in t) return t[name];
        if (typeof name !== "string") return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          if (illegal(args)) {
            setTimeout(function () {
              if (failure) failure(new Error("google.script.run : paramètre refusé (Date ou fonction) pour " + name + "."), userObject);
            }, 0);
            return;
          }
          fetch("/run/" + encodeURIComponent(name), {
            method: "POST",
            headers: { "Content-Type": "application/json", "${TOKEN_HEADER}": "${token}" },
            body: JSON.stringify({ args: args })
          })
            .then(function (r) { return r.json(); })
            .then(function (reply) {
              try { window.parent.postMessage({ valorise: "changed", fn: name }, "*"); } catch (e) {}
              if (reply.ok) { if (success) success(reply.value, userObject); }
              else if (failure) failure(new Error(reply.error), userObject);
            })
            .catch(function (e) { if (failure) failure(new Error(String(e && e.message || e)), userObject); });
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: {
      close: function () { try { window.parent.postMessage({ valorise: "close" }, "*"); } catch (e) {} },
      setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} }
    }
  } };
})();
</script>`;

/** The sidebar HTML with the shim defined before the page's own script. */
export function withShim(html: string, token: string): string {
  const shim = shimScript(token);
  const at = html.indexOf("<head>");
  return at < 0 ? shim + html : html.slice(0, at + 6) + shim + html.slice(at + 6);
}
