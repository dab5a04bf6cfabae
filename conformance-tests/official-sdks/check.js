// Tencent's official Node.js SDK calls every action the contract stub plays, with the stub's own request
// examples (Tencent's, for specs imported from its models), through the stub as its HTTPS proxy: the SDK
// keeps its real endpoint (<service>.tencentcloudapi.com), sends CONNECT, and trusts the stub's certificate
// through NODE_EXTRA_CA_CERTS. Usage: node check.js <stub url> <secretId> <secretKey>
"use strict";
const http = require("http");
const tencentcloud = require("tencentcloud-sdk-nodejs");

// Errors that say the stub refused the call itself (signature, protocol, input): each is a failure of the check.
// Any other code is an answer the spec documents for the action, from the stub's state (for example
// ResourceNotFound.ExportNotExist for the example's export task), and counts as answered.
const REFUSALS = /^(AuthFailure|InvalidAction|InvalidParameter|MissingParameter|UnsupportedOperation|InternalError|RequestLimitExceeded)/;
// Actions whose body is not JSON: the SDK's generic request() cannot call them (CLS UploadLog takes protobuf).
const NOT_JSON = { cls: ["UploadLog"] };

const [stubUrl, secretId, secretKey] = process.argv.slice(2);
if (!stubUrl || !secretId || !secretKey) {
  console.error("usage: node check.js <stub url> <secretId> <secretKey>");
  process.exit(2);
}

function getJson(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => {
        try {
          resolve(JSON.parse(body));
        } catch (e) {
          reject(new Error(url + " did not answer JSON: " + body.slice(0, 200)));
        }
      });
    }).on("error", reject);
  });
}

async function main() {
  const examples = await getJson(new URL("__stub/examples", stubUrl).toString());
  let failed = 0;
  for (const service of examples.services) {
    const versionKey = "v" + service.apiVersion.replace(/-/g, "");
    const namespace = tencentcloud[service.service] && tencentcloud[service.service][versionKey];
    if (!namespace) {
      console.log(`${service.service} ${service.apiVersion}: the Node.js SDK has no client for it`);
      failed++;
      continue;
    }
    const client = new namespace.Client({
      credential: { secretId, secretKey },
      region: "ap-guangzhou",
      profile: { httpProfile: { proxy: stubUrl, reqTimeout: 30 } },
    });
    const skipped = NOT_JSON[service.service] || [];
    const actions = Object.keys(service.actions).filter((a) => !skipped.includes(a));
    let ok = 0;
    let withExample = 0;
    const documented = [];
    const failures = [];
    for (const action of actions) {
      const example = service.actions[action];
      if (example) {
        withExample++;
      }
      try {
        const answer = await client.request(action, example || {});
        if (answer && typeof answer === "object") {
          ok++;
        } else {
          failures.push(`${action}: answered ${JSON.stringify(answer)}`);
        }
      } catch (e) {
        const line = `${action}: ${e.code || ""} ${e.message}`.trim();
        if (e.code && !REFUSALS.test(e.code)) {
          documented.push(line);
        } else {
          failures.push(line);
        }
      }
    }
    console.log(`${service.service} ${service.apiVersion}: ${actions.length} actions called (${withExample} with Tencent's`
        + ` example, the rest with {}): ${ok} succeeded, ${documented.length} answered a documented error,`
        + ` ${failures.length} refused` + (skipped.length ? `; not called: ${skipped.join(", ")} (not a JSON action)` : ""));
    for (const line of documented) {
      console.log("  documented error " + line);
    }
    for (const failure of failures) {
      console.log("  FAILED " + failure);
    }
    failed += failures.length;
  }
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error("node-sdk-check: " + e.message);
  process.exit(1);
});
