// Independent signature checks for the SMS/voice simulators: the providers' own SDKs compute what a request's
// signature must be. Input: a JSON file path, or --serve for JSON lines on stdin. Output: {"signature": "..."}.
//   tc3: Tencent Cloud's signer (tencentcloud-sdk-nodejs-common) over the same method, host, body and timestamp.
//   rpc: Aliyun's RPC client (@alicloud/pop-core) signs the same parameters; we capture what it would send.
const fs = require('fs');
const http = require('http');

async function tc3(input) {
  const Sign = require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign').default;
  const authorization = Sign.sign3({
    method: 'POST',
    url: `https://${input.host}/`,
    payload: Buffer.from(input.body, 'base64'),
    timestamp: input.timestamp,
    service: input.service,
    secretId: input.secretId,
    secretKey: input.secretKey,
    headers: { 'Content-Type': input.contentType },
  });
  return authorization;
}

async function rpc(input) {
  const RPCClient = require('@alicloud/pop-core').RPCClient;
  let captured = null;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      captured = body;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ Code: 'OK', RequestId: 'capture' }));
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const params = Object.assign({}, input.params);
  const action = params.Action;
  delete params.Action;
  delete params.Signature;
  const client = new RPCClient({
    endpoint: `http://127.0.0.1:${port}`,
    apiVersion: params.Version,
    accessKeyId: input.accessKeyId,
    accessKeySecret: input.accessKeySecret,
  });
  // Our values override the SDK's defaults (nonce, timestamp), so both sign exactly the same parameters.
  await client.request(action, params, { method: 'POST', formatParams: false, formatAction: false, timeout: 10000 });
  server.close();
  const signature = new URLSearchParams(captured).get('Signature');
  return signature;
}

function sign(input) {
  return input.mode === 'tc3' ? tc3(input) : rpc(input);
}

if (process.argv[2] === '--serve') {
  // One request per line on stdin, one answer per line on stdout: the simulators keep one process for all requests.
  const readline = require('readline');
  const rl = readline.createInterface({ input: process.stdin });
  let chain = Promise.resolve();
  rl.on('line', (line) => {
    if (!line.trim()) return;
    chain = chain.then(async () => {
      try {
        const signature = await sign(JSON.parse(line));
        process.stdout.write(JSON.stringify({ signature }) + '\n');
      } catch (e) {
        process.stdout.write(JSON.stringify({ error: String(e && e.message || e) }) + '\n');
      }
    });
  });
} else {
  (async () => {
    const signature = await sign(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')));
    process.stdout.write(JSON.stringify({ signature }) + '\n');
  })().catch((e) => { console.error(e && e.stack || e); process.exit(1); });
}
