// One contender's per-call rounds beside the floor, in a Node process of
// their own (lib/per-call-processes.mjs starts one per contender): the same
// interleaved, paired rounds as lib/per-call.mjs, with only these two
// contenders loaded. The input (sandbox URL, credentials, the seeded lists,
// the round sizes, the contender's id) arrives as JSON on stdin; the rows
// leave as JSON on stdout.
import process from "node:process";
import { contenderById, floorContender } from "../contenders/index.mjs";
import { allowLoopbackOnly } from "./loopback-guard.mjs";
import { measurePerCall } from "./per-call.mjs";
import { preseededTarget } from "./preseeded-target.mjs";

let raw = "";
for await (const chunk of process.stdin) raw += chunk;
const input = JSON.parse(raw);
allowLoopbackOnly();

const target = preseededTarget(input);
const rows = await measurePerCall({ contenders: [floorContender, contenderById(input.contender)], target, ...input.config });
process.stdout.write(JSON.stringify({ calls: target.used(), rows }));
// Keep-alive sockets and SDK timers must not hold the process open.
process.exit(0);
