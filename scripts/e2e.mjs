// Builds the add-in once, then runs the browser and LibreOffice tests one after another.
import { spawnSync } from "node:child_process";

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run("npx", ["webpack", "--mode", "production"]);
run("npx", ["jest", "--config", "jest.e2e.config.js", ...process.argv.slice(2)]);
