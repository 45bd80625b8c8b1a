// `npm stop`: ends the server `npm start` recorded, and removes the desktop sideload on Windows/macOS.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FILE_PID } from "./dev-server.mjs";

function masihHidup(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const pid = fs.existsSync(FILE_PID) ? Number(fs.readFileSync(FILE_PID, "utf8")) : NaN;
if (!Number.isInteger(pid) || pid <= 0 || !masihHidup(pid)) {
  console.log("Tidak ada server pengembangan yang berjalan.");
  fs.rmSync(FILE_PID, { force: true });
} else {
  process.kill(pid, "SIGTERM");
  const batas = Date.now() + 10000;
  while (masihHidup(pid) && Date.now() < batas) await new Promise((r) => setTimeout(r, 100));
  if (masihHidup(pid)) process.kill(pid, "SIGKILL");
  fs.rmSync(FILE_PID, { force: true });
  console.log(`Server pengembangan (pid ${pid}) dihentikan.`);
}

if (process.platform === "win32" || process.platform === "darwin") {
  const manifest = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "manifest.xml");
  spawnSync("npx", ["--yes", "office-addin-debugging", "stop", manifest], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}
